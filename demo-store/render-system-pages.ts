// Pages rendered outside the theme: Shopify's own error and "store
// unavailable" pages, the checkout error page, and the theme's 404 template.
// Their texts are what a monitor's diagnosis matches on.

import { SHOP } from './catalogue.js';
import { escapeHtml } from './html.js';
import type { StorefrontView, ThemePage } from './render-layout.js';

export function notFoundPage(view: StorefrontView): ThemePage {
  const main = `<div id="shopify-section-template--5__main" class="shopify-section">
  <div class="template-404 page-width page-margin center">
    <p class="caption-with-letter-spacing light">404</p>
    <h1 class="title">Page not found</h1>
    <a href="/collections/all" class="button">Continue shopping</a>
  </div>
</div>`;
  return { title: '404 Not Found', pageType: '404', canonicalPath: view.path, main };
}

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

/** pages/contact; `posted` after the form's POST redirect (?contact_posted=true). */
export function contactPage(posted: boolean): ThemePage {
  const main = `<div id="shopify-section-template--6__main" class="shopify-section">
  <div class="page-width page-width--narrow section-template--6__main-padding">
    <h1 class="main-page-title page-title h0">Contact</h1>
    <div class="rte"><p>Questions about an order? Write to us and we will reply within a day.</p></div>
  </div>
</div>
<div id="shopify-section-template--6__form" class="shopify-section">
  <div class="contact page-width page-width--narrow">
    ${posted ? '<h2 class="form-status form-status-list form__message" tabindex="-1" autofocus>Thanks for contacting us. We\'ll get back to you as soon as possible.</h2>' : ''}
    <form method="post" action="/contact#ContactForm" id="ContactForm" accept-charset="UTF-8" class="contact-form"><input type="hidden" name="form_type" value="contact"><input type="hidden" name="utf8" value="✓">
      <div class="contact__fields">
        <div class="field"><input class="field__input" autocomplete="name" type="text" id="ContactForm-name" name="contact[Name]" value="" placeholder="Name"><label class="field__label" for="ContactForm-name">Name</label></div>
        <div class="field field--with-error"><input autocomplete="email" type="email" id="ContactForm-email" class="field__input" name="contact[email]" spellcheck="false" autocapitalize="off" value="" aria-required="true" placeholder="Email"><label class="field__label" for="ContactForm-email">Email <span aria-hidden="true">*</span></label></div>
      </div>
      <div class="field"><textarea rows="6" id="ContactForm-body" class="text-area field__input" name="contact[Comment]" placeholder="Comment"></textarea><label class="form__label field__label" for="ContactForm-body">Comment</label></div>
      <div class="contact__button"><button type="submit" class="button">Send</button></div>
    </form>
  </div>
</div>`;
  return { title: 'Contact', pageType: 'page', resourceType: 'page', resourceId: 101234567801, canonicalPath: '/pages/contact', main };
}
