// The cart_json_html fault: /cart.js (and /cart.json) answer 200 with an HTML error page where JSON
// was expected, as a proxy, CDN or app in front of the store does when it fails "softly".

import { originErrorPage } from '../rendering/render-system-pages.js';
import type { RequestContext } from '../request-context.js';
import { sendBytes } from '../routes/respond.js';
import type { FaultModule } from './demo-fault.js';

export const cartJsonHtmlFault = {
  name: 'cart_json_html',
  description: '`/cart.js` and `/cart.json` answer 200 `text/html` with an error page ("There was a problem loading this website") instead of the cart JSON; adding to cart still works.',
  expectedFinding: 'cart.bad_response naming /cart.js: it answered 200 with an HTML page instead of JSON; never a raw SyntaxError.',
  verdict: { status: 'FAIL', code: 'cart.bad_response', perTheme: false },
  livesIn: ['faults/cart-json-html.ts (called by routes/cart-routes.ts)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/resilience/misbehaving-store.test.ts' },

  /** Called for GET /cart.js and /cart.json; true when it answered. */
  respondIfFaulted(context: RequestContext): boolean {
    if (!context.faults.has('cart_json_html')) return false;
    sendBytes(context, 200, 'text/html; charset=utf-8', originErrorPage());
    return true;
  },
} satisfies FaultModule<'cart_json_html'>;
