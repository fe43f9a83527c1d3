// The store_down fault: the whole storefront answers 503, as a paused or frozen store or a platform
// outage does. Only the control plane (/__demo/*) still answers, so tests can switch it off.

import type { RequestContext } from '../request-context.js';
import { storeUnavailablePage } from '../rendering/render-system-pages.js';
import { sendHtml } from '../routes/respond.js';
import type { FaultModule } from './demo-fault.js';

export const storeDownFault = {
  name: 'store_down',
  description: 'Every storefront URL answers 503 with a "This store is unavailable" page.',
  expectedFinding: 'Store down: 503 on every page.',
  verdict: { status: 'FAIL', code: 'store.unavailable', perTheme: false },
  livesIn: ['faults/store-down.ts (called by server.ts before every other route)'],
  endToEnd: { defaultTheme: true, themes: [] },

  /** Called by the server after the control plane; true when it answered. */
  async respondIfFaulted(context: RequestContext): Promise<boolean> {
    if (!context.faults.has('store_down')) return false;
    context.request.resume();
    await sendHtml(context, 503, storeUnavailablePage(), { headers: { 'retry-after': '60' } });
    return true;
  },
} satisfies FaultModule<'store_down'>;
