// The atc_500 fault: the origin fails every add to cart with its own HTML error page, the way an
// overloaded app proxy or a broken cart transform does. Theme scripts expecting JSON fail to parse it.

import type { RequestContext } from '../request-context.js';
import { originErrorPage } from '../rendering/render-system-pages.js';
import { parseBody } from '../routes/request-body.js';
import { sendHtml } from '../routes/respond.js';
import type { FaultModule } from './demo-fault.js';
import { THEME_NAMES } from '../themes/demo-theme.js';

export const atc500Fault = {
  name: 'atc_500',
  description: '/cart/add and /cart/add.js answer 500 with an origin error page; nothing is added.',
  expectedFinding: 'Add to cart failed: /cart/add answered 500; cart stayed empty.',
  verdict: { status: 'FAIL', code: 'cart.add_failed', perTheme: true },
  livesIn: ['faults/atc-500.ts (called by routes/cart-routes.ts)'],
  endToEnd: { defaultTheme: true, themes: THEME_NAMES },

  /** Called first by /cart/add: answers 500 while the fault is on; true when it answered. */
  async respondIfFaulted(context: RequestContext): Promise<boolean> {
    if (!context.faults.has('atc_500')) return false;
    // Drain the body so the client sees a clean 500 rather than a reset connection.
    await parseBody(context.request);
    await sendHtml(context, 500, originErrorPage());
    return true;
  },
} satisfies FaultModule<'atc_500'>;
