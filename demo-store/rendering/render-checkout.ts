// The one-page checkout stub at /checkouts/cn/{token}. Real checkout is a
// sandboxed app on the shop domain; monitors must stop at "checkout DOM loaded"
// and never pay: "Pay now" posts to /checkouts/cn/{token}/processing, which records the
// attempt (GET /__demo/payments) and answers 403, so a test can prove nobody ever presses it.

import { SHOP } from '../catalogue.js';
import type { CartJson } from '../cart/cart-json.js';
import { renderContentForHeader } from './content-for-header.js';
import type { FaultName } from '../faults/fault-registry.js';
import { escapeHtml, formatMoney } from './html.js';
import { pixelCheckout } from './pixel-payloads.js';
import { checkoutAssets } from './platform-assets.js';
import type { ThemeIdentity } from '../themes/demo-theme.js';

export interface CheckoutPageInput {
  origin: string;
  host: string;
  faults: ReadonlySet<FaultName>;
  theme: ThemeIdentity;
  cart: CartJson;
  checkoutToken: string;
  consentRequired: boolean;
}

function field(id: string, name: string, label: string, type = 'text', autocomplete = 'off'): string {
  return `<div class="checkout-field"><label for="${id}">${escapeHtml(label)}</label><input id="${id}" name="${name}" type="${type}" autocomplete="${autocomplete}" placeholder="${escapeHtml(label)}"></div>`;
}

function renderSummary(cart: CartJson): string {
  const lines = cart.items
    .map(
      (item) => `<li class="checkout-line" data-variant-id="${item.variant_id}">
  <div class="checkout-line__image">${item.image ? `<img src="${escapeHtml(item.image)}" alt="${escapeHtml(item.product_title)}" width="64" height="64">` : ''}<span class="checkout-line__quantity" aria-label="Quantity">${item.quantity}</span></div>
  <div class="checkout-line__title"><p>${escapeHtml(item.product_title)}</p>${item.variant_title ? `<p class="checkout-muted">${escapeHtml(item.variant_title)}</p>` : ''}</div>
  <div class="checkout-line__price">${formatMoney(item.final_line_price)}</div>
</li>`,
    )
    .join('\n');
  return `<aside class="checkout-summary" aria-label="Order summary">
  <h2 class="visually-hidden">Order summary</h2>
  <ul class="checkout-lines" role="list">${lines}</ul>
  <dl class="checkout-totals">
    <div><dt>Subtotal · ${cart.item_count} ${cart.item_count === 1 ? 'item' : 'items'}</dt><dd id="checkout-subtotal">${formatMoney(cart.items_subtotal_price)}</dd></div>
    <div><dt>Shipping</dt><dd class="checkout-muted">Enter shipping address</dd></div>
    <div class="checkout-total"><dt>Total</dt><dd><span class="checkout-muted">USD</span> <strong id="checkout-total">${formatMoney(cart.total_price)}</strong></dd></div>
  </dl>
</aside>`;
}

export function renderCheckoutPage(input: CheckoutPageInput): string {
  const checkout = pixelCheckout(input.cart, input.checkoutToken);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Checkout - ${escapeHtml(SHOP.name)}</title>
${renderContentForHeader({ origin: input.origin, host: input.host, path: `/checkouts/cn/${input.checkoutToken}`, pageType: 'checkout', cart: input.cart, checkout, pixelEvents: [{ name: 'page_viewed', data: {} }, { name: 'checkout_started', data: { checkout } }], faults: input.faults, theme: input.theme, consentRequired: input.consentRequired })}
<link href="${checkoutAssets.url('checkout.css', input.faults)}" rel="stylesheet" type="text/css" media="all">
</head>
<body class="checkout-page">
<header class="checkout-header"><div class="checkout-header__inner"><a href="/" class="checkout-logo">${escapeHtml(SHOP.name)}</a><a href="/cart" class="checkout-cart-link">Cart</a></div></header>
<div class="checkout-layout">
  <main class="checkout-main" id="checkout-main" role="main">
    <form id="checkout-form" method="post" action="/checkouts/cn/${escapeHtml(input.checkoutToken)}" novalidate>
      <section class="checkout-section" aria-labelledby="checkout-contact"><h2 id="checkout-contact">Contact</h2>
        ${field('email', 'checkout[email]', 'Email', 'email', 'shipping email')}
        <label class="checkout-checkbox"><input type="checkbox" name="checkout[buyer_accepts_marketing]"> Email me with news and offers</label>
      </section>
      <section class="checkout-section" aria-labelledby="checkout-delivery"><h2 id="checkout-delivery">Delivery</h2>
        <div class="checkout-field"><label for="country">Country/Region</label><select id="country" name="checkout[shipping_address][country]" autocomplete="shipping country"><option value="US" selected>United States</option><option value="CA">Canada</option></select></div>
        <div class="checkout-row">${field('firstName', 'checkout[shipping_address][first_name]', 'First name', 'text', 'shipping given-name')}${field('lastName', 'checkout[shipping_address][last_name]', 'Last name', 'text', 'shipping family-name')}</div>
        ${field('address1', 'checkout[shipping_address][address1]', 'Address', 'text', 'shipping address-line1')}
        ${field('address2', 'checkout[shipping_address][address2]', 'Apartment, suite, etc. (optional)', 'text', 'shipping address-line2')}
        <div class="checkout-row">${field('city', 'checkout[shipping_address][city]', 'City', 'text', 'shipping address-level2')}${field('province', 'checkout[shipping_address][province]', 'State', 'text', 'shipping address-level1')}${field('zip', 'checkout[shipping_address][zip]', 'ZIP code', 'text', 'shipping postal-code')}</div>
      </section>
      <section class="checkout-section" aria-labelledby="checkout-shipping"><h2 id="checkout-shipping">Shipping method</h2><p class="checkout-notice">Enter your shipping address to view available shipping methods.</p></section>
      <section class="checkout-section" aria-labelledby="checkout-payment"><h2 id="checkout-payment">Payment</h2><p class="checkout-muted">All transactions are secure and encrypted.</p>
        <p class="checkout-notice" role="note" id="checkout-demo-note">This is the Nano-SRE demo store: it never takes payment and no order can be placed.</p>
      </section>
      <button type="submit" id="checkout-pay-button" class="checkout-pay-button" formaction="/checkouts/cn/${escapeHtml(input.checkoutToken)}/processing">Pay now</button>
    </form>
  </main>
  ${renderSummary(input.cart)}
</div>
</body>
</html>`;
}
