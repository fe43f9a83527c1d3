// The missing_json_ld fault: the product template no longer prints its Product structured data (a theme
// customisation dropped `{{ product | structured_data }}`), so rich results and Shopping listings break.
import type { FaultModule } from './demo-fault.js';

export const missingJsonLdFault = {
  name: 'missing_json_ld',
  description: 'The product page prints no Product / ProductGroup JSON-LD (Dawn).',
  expectedFinding: 'WARN doctor.structured_data: the product page has no Product JSON-LD.',
  verdict: { status: 'WARN', code: 'doctor.structured_data', perTheme: false },
  livesIn: ['themes/dawn/render-product.ts'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/shopify-doctor.test.ts' },
} satisfies FaultModule<'missing_json_ld'>;
