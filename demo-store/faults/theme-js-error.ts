// The theme_js_error fault: a theme customisation added a "recently viewed" script that reads an element
// the template does not have, and it throws on every page. The theme owns it, not an app.
import type { FaultModule } from './demo-fault.js';

export const themeJsErrorFault = {
  name: 'theme_js_error',
  description: "Dawn's layout loads the theme asset recently-viewed.js, which throws a TypeError on every page.",
  expectedFinding: "WARN doctor.js_error naming the theme's recently-viewed.js.",
  verdict: { status: 'WARN', code: 'doctor.js_error', perTheme: false },
  livesIn: ['themes/dawn/render-layout.ts', 'themes/dawn/assets/recently-viewed.js'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/shopify-doctor.test.ts' },
} satisfies FaultModule<'theme_js_error'>;
