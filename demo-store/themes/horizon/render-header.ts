// The header-group section (sections/header with the _header-logo, _header-menu blocks and
// snippets/header-actions) and the footer group. The cart action is a button that toggles the
// drawer everywhere but /cart, where it is a link; either way it holds cart-icon with the
// cart bubble, which is always in the DOM: visually hidden (and its count span .hidden) at zero.
import { SHOP } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import { ICON_ACCOUNT, ICON_CART, ICON_SEARCH } from './horizon-icons.js';

const HEADER_SECTION_ID = 'sections--2__header_section';

/** snippets/cart-bubble (limit 100). */
export function renderCartBubble(itemCount: number): string {
  const empty = itemCount === 0;
  return `<div ref="cartBubble" class="cart-bubble${empty ? ' visually-hidden' : ''}"${itemCount <= 99 ? ' data-maintain-ratio' : ''}>
  <span class="cart-bubble__background"></span>
  <span ref="cartBubbleText" id="cart-bubble-text" class="cart-bubble__text"><span class="cart-bubble__text-count${empty ? ' hidden' : ''}" ref="cartBubbleCount" aria-hidden="true" data-testid="cart-bubble">${itemCount < 100 ? itemCount : ''}</span></span>
</div>`;
}

function renderCartAction(itemCount: number, onCartPage: boolean): string {
  const icon = `<cart-icon class="header-actions__cart-icon${itemCount > 0 ? ' header-actions__cart-icon--has-cart' : ''}" data-testid="cart-icon">
    <span class="hidden">Cart</span><span class="svg-wrapper" aria-hidden="true">${ICON_CART}</span>
    ${renderCartBubble(itemCount)}
  </cart-icon>`;
  if (onCartPage) return `<a href="/cart" class="header-actions__action action__cart" aria-label="Cart" aria-describedby="cart-bubble-text">${icon}</a>`;
  return `<button class="header-actions__action button-unstyled" on:click="#cart-drawer/toggle" aria-haspopup="dialog" aria-expanded="false" aria-controls="cart-drawer" aria-label="Cart" aria-describedby="cart-bubble-text" data-testid="cart-drawer-trigger">${icon}</button>`;
}

export function renderHeaderGroup(itemCount: number, path: string): string {
  const menu = [['Home', '/'], ['Catalog', '/collections/all'], ['Contact', '/pages/contact']]
    .map(([label, href]) => `<li><a href="${href}" class="menu-list__link${href === path ? ' menu-list__link--active' : ''}"${href === path ? ' aria-current="page"' : ''}>${label}</a></li>`)
    .join('');
  return `<div id="shopify-section-${HEADER_SECTION_ID}" class="shopify-section shopify-section-group-header-group header-section">
<header-component id="header-component" class="header" data-sticky-state="inactive" data-menu-style="menu">
  <div class="header__row header__row--top section section--page-width">
    <div class="header__columns">
      <a href="/" class="header-logo"><span class="header-logo__text h4">${escapeHtml(SHOP.name)}</span></a>
      <nav class="header-menu" aria-label="Main menu"><ul class="menu-list list-unstyled">${menu}</ul></nav>
      <div class="header__column header__column--right">
        <search-button class="search-action"><a href="/search" class="header-actions__action button-unstyled" aria-label="Search"><span class="svg-wrapper">${ICON_SEARCH}</span></a></search-button>
        <header-actions>
          <div class="account-button header-actions__action"><a href="/account/login" class="account-button__link" aria-label="Account"><span class="svg-wrapper" aria-hidden="true">${ICON_ACCOUNT}</span></a></div>
          ${renderCartAction(itemCount, path === '/cart')}
          <span ref="liveRegion" class="visually-hidden" role="status" data-testid="cart-count-live-region"></span>
        </header-actions>
      </div>
    </div>
  </div>
</header-component>
</div>`;
}

export function renderFooterGroup(): string {
  return `<div id="shopify-section-sections--2__footer" class="shopify-section shopify-section-group-footer-group">
  <div class="footer section section--page-width">
    <div class="footer__grid">
      <div class="footer__block"><h2 class="h5">Join our email list</h2>
        <form method="post" action="/contact#newsletter-form" id="newsletter-form" accept-charset="UTF-8" class="email-signup__form"><input type="hidden" name="form_type" value="customer"><input type="hidden" name="utf8" value="✓"><input type="hidden" name="contact[tags]" value="newsletter">
          <div class="email-signup__input-group"><label class="visually-hidden" for="EmailInput-footer">Email</label><input id="EmailInput-footer" type="email" name="contact[email]" class="email-signup__input" placeholder="Email address" autocomplete="email"><button type="submit" class="button email-signup__button">Sign up</button></div>
        </form>
      </div>
      <div class="footer__block"><ul class="list-unstyled footer__menu"><li><a href="/search">Search</a></li><li><a href="/collections/all">Catalog</a></li><li><a href="/pages/contact">Contact</a></li></ul></div>
    </div>
    <div class="footer__bottom"><small>&copy; ${new Date().getFullYear()} ${escapeHtml(SHOP.name)}, <a href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore" rel="nofollow" target="_blank">Powered by Shopify</a></small></div>
  </div>
</div>`;
}
