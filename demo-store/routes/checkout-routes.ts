// Checkout handoff: /checkout → /checkouts/cn/{token} on the shop's own domain
// (SHOPIFY-FACTS §1.5). The stub renders the order with a working "Pay now" that posts to
// /checkouts/cn/{token}/processing; every POST is recorded (GET /__demo/payments) and refused,
// so a test can prove no synthetic shopper ever tries to pay.

import { cartJson } from '../cart/cart-json.js';
import { checkoutTokenOf } from '../cart/cart-store.js';
import { type RequestContext, existingCart } from '../request-context.js';
import { redirect, sendHtml } from './respond.js';
import { renderCheckoutPage } from '../rendering/render-checkout.js';
import { checkout500Fault } from '../faults/checkout-500.js';

/** Handles /checkout and /checkouts/*; returns false for other paths. */
export async function handleCheckoutRoute(context: RequestContext): Promise<boolean> {
  const { pathname } = context.url;
  const isCheckout = pathname === '/checkout' || pathname.startsWith('/checkouts/');
  if (!isCheckout) return false;
  context.request.resume();
  if (await checkout500Fault.respondIfFaulted(context)) return true;
  if (pathname === '/checkout') {
    const cart = existingCart(context);
    if (!cart || cart.lines.length === 0) redirect(context, '/cart');
    else redirect(context, `/checkouts/cn/${checkoutTokenOf(cart.token)}`);
    return true;
  }
  if (context.method === 'POST') {
    context.state.paymentAttempts.push({ path: pathname, at: new Date().toISOString() });
    await sendHtml(context, 403, '<!doctype html><title>Forbidden</title><h1>Payments are disabled</h1><p>The Nano demo store never takes payment.</p>');
    return true;
  }
  const match = /^\/checkouts\/cn\/([^/?]+)/.exec(pathname);
  const cart = match ? context.state.carts.findByCheckoutToken(match[1] ?? '') : undefined;
  if (!match || !cart || cart.lines.length === 0) {
    redirect(context, '/cart');
    return true;
  }
  await sendHtml(
    context,
    200,
    renderCheckoutPage({ origin: context.origin, host: context.host, faults: context.faults, theme: context.theme.identity, cart: cartJson(context.origin, context.catalogue, cart), checkoutToken: match[1] ?? '', consentRequired: context.state.consentRequired }),
  );
  return true;
}
