// Dawn's header section group: announcement bar, header (logo, menu, search
// modal, cart icon bubble) and, with cart_type `notification`, the popup the
// product form opens after an add. Ids/classes are Dawn 15.4.1's.

import { SHOP } from '../../catalogue.js';
import type { CartType } from '../demo-theme.js';
import { escapeHtml } from '../../rendering/html.js';
import { ICON_CART, ICON_CART_EMPTY, ICON_CHECKMARK, ICON_CLOSE, ICON_SEARCH } from '../../rendering/icons.js';
import { MAIN_MENU } from '../../navigation.js';
import { bannerChangedFault } from '../../faults/banner-changed.js';


/** Inner HTML of a#cart-icon-bubble; also the `cart-icon-bubble` section's content. */
export function renderCartIconBubbleContents(itemCount: number): string {
  const icon = itemCount === 0 ? ICON_CART_EMPTY : ICON_CART;
  const bubble =
    itemCount === 0
      ? ''
      : `<div class="cart-count-bubble">${itemCount < 100 ? `<span aria-hidden="true">${itemCount}</span>` : ''}<span class="visually-hidden">${itemCount} ${itemCount === 1 ? 'item' : 'items'}</span></div>`;
  return `<span class="svg-wrapper">${icon}</span><span class="visually-hidden">Cart</span>${bubble}`;
}

function renderSearchModal(query: string): string {
  return `<details-modal class="header__search">
  <details>
    <summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
      <span><span class="svg-wrapper">${ICON_SEARCH}</span></span>
    </summary>
    <div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search">
      <div class="modal-overlay"></div>
      <div class="search-modal__content search-modal__content-bottom" tabindex="-1">
        <form action="/search" method="get" role="search" class="search search-modal__form">
          <div class="field">
            <input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="${escapeHtml(query)}" placeholder="Search">
            <label class="field__label" for="Search-In-Modal">Search</label>
            <input type="hidden" name="options[prefix]" value="last">
            <button type="submit" class="search__button field__button" aria-label="Search"><span class="svg-wrapper">${ICON_SEARCH}</span></button>
          </div>
        </form>
      </div>
    </div>
  </details>
</details-modal>`;
}

/** snippets/cart-notification.liquid: empty until the product form fills it. */
function renderCartNotification(): string {
  return `<cart-notification>
  <div class="cart-notification-wrapper page-width">
    <div id="cart-notification" class="cart-notification focus-inset color-scheme-1 gradient" aria-modal="true" aria-label="Item added to your cart" role="dialog" tabindex="-1">
      <div class="cart-notification__header">
        <h2 class="cart-notification__heading caption-large text-body"><span class="svg-wrapper">${ICON_CHECKMARK}</span>Item added to your cart</h2>
        <button type="button" class="cart-notification__close modal__close-button link link--text focus-inset" aria-label="Close"><span class="svg-wrapper">${ICON_CLOSE}</span></button>
      </div>
      <div id="cart-notification-product" class="cart-notification-product"></div>
      <div class="cart-notification__links">
        <a href="/cart" id="cart-notification-button" class="button button--secondary button--full-width"></a>
        <form action="/cart" method="post" id="cart-notification-form">
          <button class="button button--primary button--full-width" name="checkout">Check out</button>
        </form>
        <button type="button" class="link button-label">Continue shopping</button>
      </div>
    </div>
  </div>
</cart-notification>`;
}

export interface HeaderInput {
  itemCount: number;
  path: string;
  isHome: boolean;
  searchQuery: string;
  /** The notification popup lives in the header only when cart_type is `notification`. */
  cartType: CartType;
  /** The faults on (banner_changed rewrites the announcement bar). */
  faults: ReadonlySet<string>;
}

export function renderHeaderGroup(input: HeaderInput): string {
  const menu = MAIN_MENU.map((link) => {
    const current = link.url === input.path;
    return `<li><a href="${link.url}" class="header__menu-item list-menu__item link link--text focus-inset"${current ? ' aria-current="page"' : ''}><span${current ? ' class="header__active-menu-item"' : ''}>${escapeHtml(link.title)}</span></a></li>`;
  }).join('');
  const headingTag = input.isHome ? 'h1' : 'div';
  const announcement = bannerChangedFault.announcement(input.faults, 'Free shipping on orders over $50');
  return `<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
  <div class="utility-bar color-scheme-4 gradient"${announcement.style}><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>${escapeHtml(announcement.text)}</span></p></div></div></div>
</div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
  <sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
    <header class="header header--middle-left header--mobile-center page-width header--has-menu">
      <${headingTag} class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">${escapeHtml(SHOP.name)}</span></a></${headingTag}>
      <nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${menu}</ul></nav>
      <div class="header__icons">
        ${renderSearchModal(input.searchQuery)}
        <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">${renderCartIconBubbleContents(input.itemCount)}</a>
      </div>
    </header>
  </sticky-header>
  ${input.cartType === 'notification' ? renderCartNotification() : ''}
</div>`;
}
