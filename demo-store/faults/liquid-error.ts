// The liquid_error fault: a theme section fails to render and Liquid prints its error into the page
// with status 200. It is theme markup, so each theme's product template prints it (view.faults).

import { type FaultModule } from './demo-fault.js';

export const liquidErrorFault = {
  name: 'liquid_error',
  description: 'The product page shows "Liquid error (sections/main-product line 42): comparison of String with 0 failed" with status 200.',
  expectedFinding: 'Liquid error text visible on the product page (doctor.liquid_error), naming the template and line.',
  verdict: { status: 'FAIL', code: 'doctor.liquid_error', perTheme: true },
  livesIn: [
    'themes/template-data.ts (LIQUID_ERROR_TEXT)',
    'themes/dawn/render-product.ts',
    'themes/horizon/render-product.ts',
    'themes/classic/render-product.ts',
  ],
  endToEnd: { defaultTheme: true, themes: ['dawn', 'horizon', 'classic'], provenIn: 'tests/skills/shopify-doctor.test.ts' },
} satisfies FaultModule<'liquid_error'>;
