// The slow_ttfb fault: a slow Liquid render. It delays only HTML pages, so JSON and asset timings
// stay a clean baseline and a monitor can tell a slow theme from a slow network.

import type { RequestContext } from '../request-context.js';
import type { FaultModule } from './demo-fault.js';
import { holdResponse } from '../pending-delay.js';

export const slowTtfbFault = {
  name: 'slow_ttfb',
  description: 'Every HTML page waits DEMO_SLOW_TTFB_MS (2500 by default) before the first byte (JSON and assets are not delayed).',
  expectedFinding: 'TTFB in the poor band (over 1.8 s) on every page at 2500 ms (vitals.poor); at 900 ms after five healthy runs, worse than the baseline (vitals.regression).',
  verdict: { status: 'WARN', code: 'vitals.poor', perTheme: false },
  livesIn: ['faults/slow-ttfb.ts (called by routes/respond.ts sendHtml)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/storefront-vitals.test.ts' },

  /** Resolves after DEMO_SLOW_TTFB_MS while the fault is on; the store's close() cancels pending delays. */
  delayFirstByte(context: RequestContext): Promise<void> {
    return context.faults.has('slow_ttfb') ? holdResponse(context, context.state.slowTtfbMs) : Promise.resolve();
  },
} satisfies FaultModule<'slow_ttfb'>;
