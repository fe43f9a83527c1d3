// The slow_ttfb fault: a slow Liquid render. It delays only HTML pages, so JSON and asset timings
// stay a clean baseline and a monitor can tell a slow theme from a slow network.

import type { RequestContext } from '../request-context.js';
import type { FaultModule } from './demo-fault.js';

const SLOW_TTFB_MS = 2500;

export const slowTtfbFault = {
  name: 'slow_ttfb',
  description: 'Every HTML page waits 2.5 s before the first byte (JSON and assets are not delayed).',
  expectedFinding: 'Slow server response: TTFB about 2500 ms on HTML pages.',
  verdict: { status: 'WARN', code: 'store.slow_ttfb', perTheme: false },
  livesIn: ['faults/slow-ttfb.ts (called by routes/respond.ts sendHtml)'],
  endToEnd: { defaultTheme: true, themes: [] },

  /** Resolves after the delay while the fault is on; the store's close() cancels pending delays. */
  delayFirstByte(context: RequestContext): Promise<void> {
    if (!context.faults.has('slow_ttfb')) return Promise.resolve();
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          context.state.pendingDelays.delete(entry);
          resolve();
        }, SLOW_TTFB_MS),
        finish: () => resolve(),
      };
      context.state.pendingDelays.add(entry);
    });
  },
} satisfies FaultModule<'slow_ttfb'>;
