// The cart_json_malformed fault: /cart.js (and /cart.json) answer 200 with the cart's JSON cut off
// part-way, as a response truncated by a failing proxy or an app that rewrites the cart does.

import type { RequestContext } from '../request-context.js';
import { sendBytes } from '../routes/respond.js';
import type { FaultModule } from './demo-fault.js';

export const cartJsonMalformedFault = {
  name: 'cart_json_malformed',
  description: '`/cart.js` and `/cart.json` answer 200 `application/json` with the cart JSON cut off part-way (truncated, unparseable); adding to cart still works.',
  expectedFinding: 'cart.bad_response naming /cart.js: it answered 200 with truncated JSON; never a raw SyntaxError.',
  verdict: { status: 'FAIL', code: 'cart.bad_response', perTheme: false },
  livesIn: ['faults/cart-json-malformed.ts (called by routes/cart-routes.ts)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/resilience/misbehaving-store.test.ts' },

  /** Called for GET /cart.js and /cart.json with the cart the store would send; true when it answered. */
  respondIfFaulted(context: RequestContext, cart: unknown): boolean {
    if (!context.faults.has('cart_json_malformed')) return false;
    const json = JSON.stringify(cart);
    sendBytes(context, 200, 'application/json; charset=utf-8', json.slice(0, Math.max(1, Math.floor(json.length * 0.6))));
    return true;
  },
} satisfies FaultModule<'cart_json_malformed'>;
