// The atc_js_error fault: a bad theme push ships a product form script that throws, so the Add to
// cart button is dead. It lives in the themes, because each theme's script breaks its own way: each
// theme's asset list swaps product-form.js for product-form-broken.js while the fault is on.

import type { FaultModule } from './demo-fault.js';
import { THEME_NAMES } from '../themes/demo-theme.js';

export const atcJsErrorFault = {
  name: 'atc_js_error',
  description: 'product-form.js throws an uncaught TypeError on init; the Add to cart button is dead (no request).',
  expectedFinding: 'Page error (TypeError) on the product page and no /cart/add request after clicking Add to cart.',
  verdict: { status: 'FAIL', code: 'cart.add_no_request', perTheme: true },
  livesIn: [
    'themes/dawn/dawn-assets.ts (assets/product-form-broken.js)',
    'themes/horizon/horizon-assets.ts (assets/product-form-broken.js)',
    'themes/classic/classic-assets.ts (assets/product-form-broken.js)',
  ],
  endToEnd: { defaultTheme: true, themes: THEME_NAMES },
} satisfies FaultModule<'atc_js_error'>;
