// The checkout_500 fault: Shopify's checkout fails for everyone (an outage or a broken checkout
// extension), while the storefront and cart keep working.

import type { RequestContext } from '../request-context.js';
import { checkoutErrorPage } from '../rendering/render-system-pages.js';
import { sendHtml } from '../routes/respond.js';
import type { FaultModule } from './demo-fault.js';
import { THEME_NAMES } from '../themes/demo-theme.js';

export const checkout500Fault = {
  name: 'checkout_500',
  description: '/checkout and /checkouts/* answer 500 "There was a problem with our checkout".',
  expectedFinding: 'Checkout unreachable: /checkout answered 500.',
  verdict: { status: 'FAIL', code: 'checkout.error', perTheme: true },
  livesIn: ['faults/checkout-500.ts (called by routes/checkout-routes.ts)'],
  endToEnd: { defaultTheme: true, themes: THEME_NAMES },

  /** Called by /checkout and /checkouts/* once the body is drained; true when it answered. */
  async respondIfFaulted(context: RequestContext): Promise<boolean> {
    if (!context.faults.has('checkout_500')) return false;
    await sendHtml(context, 500, checkoutErrorPage());
    return true;
  },
} satisfies FaultModule<'checkout_500'>;
