// templates/404.json and templates/page.contact.json as Dawn renders them.
import type { StorefrontView, ThemePage } from '../demo-theme.js';

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

/** pages/contact; `posted` after the form's POST redirect (?contact_posted=true). */
export function contactPage(_view: StorefrontView, posted: boolean): ThemePage {
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
