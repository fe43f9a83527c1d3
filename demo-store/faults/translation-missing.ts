// The translation_missing fault: a theme update references a locale key the store's language file lacks, and
// Shopify prints `Translation missing: en.<key>` where the text should be, with status 200. Here Dawn's footer
// newsletter heading (`newsletter.label`), so every page shows it.
import type { FaultModule } from './demo-fault.js';

export const TRANSLATION_MISSING_TEXT = 'Translation missing: en.newsletter.label';

export const translationMissingFault = {
  name: 'translation_missing',
  description: `Dawn's footer newsletter heading reads "${TRANSLATION_MISSING_TEXT}" on every page.`,
  expectedFinding: 'WARN doctor.translation_missing: untranslated theme text, with the key and the pages.',
  verdict: { status: 'WARN', code: 'doctor.translation_missing', perTheme: false },
  livesIn: ['themes/dawn/render-layout.ts'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/shopify-doctor.test.ts' },
} satisfies FaultModule<'translation_missing'>;
