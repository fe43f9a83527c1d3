// The cart_json_empty fault: /cart.js (and /cart.json) answer 200 with an empty body, as an origin
// that drops the response after its headers can.

import type { RequestContext } from '../request-context.js';
import { sendBytes } from '../routes/respond.js';
import type { FaultModule } from './demo-fault.js';

export const cartJsonEmptyFault = {
  name: 'cart_json_empty',
  description: '`/cart.js` and `/cart.json` answer 200 `application/json` with an empty body; adding to cart still works.',
  expectedFinding: 'cart.bad_response naming /cart.js: it answered 200 with an empty body; never a raw SyntaxError.',
  verdict: { status: 'FAIL', code: 'cart.bad_response', perTheme: false },
  livesIn: ['faults/cart-json-empty.ts (called by routes/cart-routes.ts)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/resilience/misbehaving-store.test.ts' },

  /** Called for GET /cart.js and /cart.json; true when it answered. */
  respondIfFaulted(context: RequestContext): boolean {
    if (!context.faults.has('cart_json_empty')) return false;
    sendBytes(context, 200, 'application/json; charset=utf-8', '');
    return true;
  },
} satisfies FaultModule<'cart_json_empty'>;
