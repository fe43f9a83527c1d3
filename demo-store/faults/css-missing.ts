// The css_missing fault: a theme push renamed the main stylesheet but the layout still links the old
// name, so the CDN answers 404 for it and every page renders without the theme's styles.

import type { FaultModule } from './demo-fault.js';

/** Each theme's main stylesheet, the one its layout links in <head>. */
const MAIN_STYLESHEETS = new Set(['base.css', 'theme.css']);

export const cssMissingFault = {
  name: 'css_missing',
  description: "The theme's main stylesheet (Dawn and Horizon base.css, classic theme.css) answers 404 from /cdn/shop/t/{id}/assets/: every page renders unstyled.",
  expectedFinding: 'FAIL visual.unstyled: the stylesheet named with its 404, on every page; no baseline is created from an unstyled page.',
  verdict: { status: 'FAIL', code: 'visual.unstyled', perTheme: false },
  livesIn: ['faults/css-missing.ts (called by routes/cdn-routes.ts)'],
  endToEnd: { defaultTheme: true, provenIn: 'tests/skills/visual-auditor.test.ts', themes: [] },

  /** True while `file` (a theme asset's name) must answer 404. */
  hidesStylesheet(faults: ReadonlySet<string>, file: string): boolean {
    return faults.has('css_missing') && MAIN_STYLESHEETS.has(file);
  },
} satisfies FaultModule<'css_missing'>;
