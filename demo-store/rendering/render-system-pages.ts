// Pages rendered outside the theme: Shopify's own error and "store
// unavailable" pages and the checkout and cart error pages.
// Their texts are what a monitor's diagnosis matches on.

import { SHOP } from '../catalogue.js';
import { escapeHtml } from './html.js';

function platformPage(title: string, heading: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f6f6f7;color:#202223;display:flex;min-height:100vh;align-items:center;justify-content:center}
.page{max-width:36rem;padding:3rem 2rem;text-align:center}h1{font-size:1.75rem;font-weight:600;margin:0 0 1rem}p{color:#6d7175;line-height:1.5;margin:0 0 .75rem}.footer{margin-top:2rem;font-size:.85rem;color:#8c9196}</style></head>
<body><div class="page" role="main"><h1>${escapeHtml(heading)}</h1>${message}<p class="footer">${escapeHtml(SHOP.name)} &middot; Powered by Shopify</p></div></body>
</html>`;
}

/** store_down: what shoppers see when the shop is closed or paused. */
export function storeUnavailablePage(): string {
  return platformPage('Store unavailable', 'This store is unavailable', '<p>Sorry, this store is currently unavailable. Please check back later.</p>');
}

/** An origin error, like the body an overloaded or failing app proxy returns. */
export function originErrorPage(): string {
  return platformPage('Internal Server Error', 'There was a problem loading this website', '<p>Please try refreshing the page. If the problem persists, try again later.</p>');
}

/** checkout_500: the checkout error page. */
export function checkoutErrorPage(): string {
  return platformPage('Checkout - Nano Demo', 'There was a problem with our checkout', '<p>Refresh this page or try again in a few minutes.</p>');
}

/** Shown for non-Ajax form posts that the cart refuses (e.g. sold out). */
export function cartErrorPage(description: string): string {
  return platformPage('Cart Error', 'Cart Error', `<p>${escapeHtml(description)}</p><p><a href="/cart">Return to cart</a></p>`);
}
