// The banner_changed fault: a harmless content change. The merchant changed the announcement bar's
// text (Dawn's announcement-bar section); nothing is broken. A visual monitor must not call it a
// failure: PASS or WARN by pixels, and a vision model calls it an intended change.

import type { FaultModule } from './demo-fault.js';

export const bannerChangedFault = {
  name: 'banner_changed',
  description: 'The announcement bar reads "Winter sale: 20% off everything until Sunday" on a red background instead of "Free shipping on orders over $50" (Dawn); nothing else changes.',
  expectedFinding: 'WARN visual.changed at most (never FAIL), the region at the top of the page; with a vision model configured, visual.change_intended and the verdict lowered.',
  verdict: { status: 'WARN', code: 'visual.changed', perTheme: false },
  livesIn: ['faults/banner-changed.ts (called by themes/dawn/render-header.ts)'],
  endToEnd: { defaultTheme: true, provenIn: 'tests/skills/visual-auditor.test.ts', themes: [] },

  /** The announcement bar's text and inline style while the fault is on; `usual` and no style when it is off. */
  announcement(faults: ReadonlySet<string>, usual: string): { text: string; style: string } {
    return faults.has('banner_changed') ? { text: 'Winter sale: 20% off everything until Sunday', style: ' style="background:#b3261e;color:#fff"' } : { text: usual, style: '' };
  },
} satisfies FaultModule<'banner_changed'>;
