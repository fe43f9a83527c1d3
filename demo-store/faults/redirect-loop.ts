// The redirect_loop fault: product pages redirect to themselves with a new query parameter, forever,
// as a broken URL redirect or a geolocation app can make them. Browsers give up after 20 hops.

import type { RequestContext } from '../request-context.js';
import { redirect } from '../routes/respond.js';
import type { FaultModule } from './demo-fault.js';

export const redirectLoopFault = {
  name: 'redirect_loop',
  description: 'Every /products/{handle} page answers 302 to itself with ?r=N+1, forever (JSON endpoints are not affected).',
  expectedFinding: 'Redirect loop: the product page redirects to itself until the browser gives up (ERR_TOO_MANY_REDIRECTS).',
  verdict: { status: 'FAIL', code: 'store.redirect_loop', perTheme: false },
  livesIn: ['faults/redirect-loop.ts (called by server.ts before the page routes)'],
  endToEnd: { defaultTheme: true, themes: [] },

  /** Called by the server before the routes; true when it answered. */
  respondIfFaulted(context: RequestContext): boolean {
    if (!context.faults.has('redirect_loop') || !/^\/products\/[^/.]+$/.test(context.url.pathname)) return false;
    context.request.resume();
    const hop = Number(context.url.searchParams.get('r') ?? '0') + 1;
    redirect(context, `${context.url.pathname}?r=${hop}`);
    return true;
  },
} satisfies FaultModule<'redirect_loop'>;
