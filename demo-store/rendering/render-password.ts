// layout/password.liquid with main-password-header: the page every URL
// redirects to while the store is password protected. As in Dawn, the form sits
// in a closed <details> ("Enter using password") that opens itself after a
// wrong password; scripts can click the summary or POST /password directly.

import { SHOP } from '../catalogue.js';
import type { CartJson } from '../cart/cart-json.js';
import { renderContentForHeader } from './content-for-header.js';
import type { FaultName } from '../faults/fault-registry.js';
import { escapeHtml } from './html.js';
import { ICON_CLOSE, ICON_ERROR } from './icons.js';
import { dawnAssets } from '../themes/dawn/dawn-assets.js';
import type { ThemeIdentity } from '../themes/demo-theme.js';

export interface PasswordPageInput {
  origin: string;
  host: string;
  faults: ReadonlySet<FaultName>;
  theme: ThemeIdentity;
  cart: CartJson;
  wrongPassword: boolean;
}

export function renderPasswordPage(input: PasswordPageInput): string {
  const error = input.wrongPassword
    ? `<div id="PasswordLoginForm-password-error" role="status"><span class="visually-hidden">Error </span><span class="form__message"><span class="svg-wrapper">${ICON_ERROR}</span>Wrong password!</span></div>`
    : '';
  return `<!doctype html>
<html class="js" lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(SHOP.name)}</title>
${renderContentForHeader({ origin: input.origin, host: input.host, path: '/password', pageType: 'password', cart: input.cart, pixelEvents: [{ name: 'page_viewed', data: {} }], faults: input.faults, theme: input.theme })}
<link href="${dawnAssets.url('base.css', input.faults)}" rel="stylesheet" type="text/css" media="all">
</head>
<body class="gradient password-page">
<div id="shopify-section-sections--2__main-password-header" class="shopify-section">
  <div class="password-header">
    <h1 class="password-header__title h2">${escapeHtml(SHOP.name)}</h1>
    <details-modal class="password-modal">
      <details${input.wrongPassword ? ' open' : ''}>
        <summary class="modal__toggle" aria-haspopup="dialog"><div class="modal__toggle-open password-link link underlined-link">Enter using password</div></summary>
        <div class="modal__content password-modal__content color-scheme-1 gradient" role="dialog" aria-modal="true" aria-labelledby="DialogHeading-password">
          <div class="password-modal__content-heading h4" id="DialogHeading-password">Enter store using password:</div>
          <form method="post" action="/password" id="login_form" accept-charset="UTF-8" class="password-form">
            <input type="hidden" name="form_type" value="storefront_password"><input type="hidden" name="utf8" value="✓">
            <div class="password-field field${input.wrongPassword ? ' field--with-error' : ''}">
              <input type="password" name="password" id="Password" class="field__input" autocomplete="current-password"${input.wrongPassword ? ' aria-invalid="true" aria-describedby="PasswordLoginForm-password-error"' : ''} placeholder="Your password">
              <label class="field__label" for="Password">Password</label>
              ${error}
            </div>
            <button name="commit" class="password-button button button--outline">Enter</button>
          </form>
          <small class="password__admin-link">Are you the store owner? <a href="/admin" class="link underlined-link">Log in here</a></small>
          <button class="password-modal__close-button link focus-inset modal__close-button" type="button" aria-label="Close" onclick="this.closest('details').removeAttribute('open')"><span class="svg-wrapper">${ICON_CLOSE}</span></button>
        </div>
      </details>
    </details-modal>
  </div>
</div>
<main id="MainContent" role="main" class="password-main">
  <div class="newsletter center">
    <h2 class="h1">Opening soon</h2>
    <p>Be the first to know when we launch.</p>
  </div>
</main>
<footer class="password__footer"><div class="password__footer-text">This shop will be powered by <a href="https://www.shopify.com" class="shopify-link" rel="nofollow">Shopify</a></div></footer>
</body>
</html>`;
}
