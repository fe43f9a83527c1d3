// sections/header.liquid as Debut renders it with its defaults (logo left, menu beside it,
// search/cart icons right, mobile menu below): `#shopify-section-header`, the cart link
// `a.site-header__cart` and its count bubble `#CartCount[data-cart-count-bubble]`, which is in the
// markup on every page but carries `hide` while the cart is empty. No script changes the count:
// with the Ajax cart off every add is a page load, so the server-rendered number is the truth.

import { SHOP } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import { ICON_CLOSE, ICON_SEARCH } from '../../rendering/icons.js';
import { MAIN_MENU } from '../../navigation.js';


// Debut's own icon set: a shopping bag and three-bar hamburger, inline like its snippets/icon-*.liquid.
const ICON_BAG =
  '<svg aria-hidden="true" focusable="false" role="presentation" class="icon icon-cart" viewBox="0 0 37 40"><path d="M36.5 34.8L33.3 8h-5.9C26.7 3.9 23 .8 18.5.8S10.3 3.9 9.6 8H3.7L.5 34.8c-.2 1.5.4 2.4.9 3 .5.5 1.4 1.2 3.1 1.2h28c1.3 0 2.4-.4 3.1-1.3.7-.7 1-1.8.9-2.9zm-18-30c2.2 0 4.1 1.4 4.7 3.2h-9.5c.7-1.9 2.6-3.2 4.8-3.2zM4.5 35l2.8-23h2.2v3c0 1.1.9 2 2 2s2-.9 2-2v-3h10v3c0 1.1.9 2 2 2s2-.9 2-2v-3h2.2l2.8 23h-28z"/></svg>';
const ICON_HAMBURGER =
  '<svg aria-hidden="true" focusable="false" role="presentation" class="icon icon-hamburger" viewBox="0 0 37 40"><path d="M33.5 25h-30c-1.1 0-2-.9-2-2s.9-2 2-2h30c1.1 0 2 .9 2 2s-.9 2-2 2zm0-11.5h-30c-1.1 0-2-.9-2-2s.9-2 2-2h30c1.1 0 2 .9 2 2s-.9 2-2 2zm0 23h-30c-1.1 0-2-.9-2-2s.9-2 2-2h30c1.1 0 2 .9 2 2s-.9 2-2 2z"/></svg>';

function isActive(url: string, path: string): boolean {
  return url === '/' ? path === '/' : path === url || path.startsWith(`${url}/`);
}

/** The count bubble inside the cart link; present on every page, hidden by `hide` at zero. */
export function renderCartCount(itemCount: number): string {
  return `<div id="CartCount" class="site-header__cart-count${itemCount === 0 ? ' hide' : ''}" data-cart-count-bubble>
  <span data-cart-count>${itemCount}</span>
  <span class="icon__fallback-text medium-up--hide">${itemCount === 1 ? 'item' : 'items'}</span>
</div>`;
}

/** snippets/search-drawer: the top drawer the header's search icon opens. */
function renderSearchDrawer(query: string): string {
  return `<div class="search-bar drawer drawer--top" role="dialog" aria-modal="true" aria-label="Search our site" data-predictive-search-drawer hidden>
  <div class="search-bar__table page-width">
    <form class="search-header search" action="/search" method="get" role="search">
      <input class="search-header__input search__input" type="search" name="q" value="${escapeHtml(query)}" placeholder="Search" aria-label="Search">
      <input type="hidden" name="options[prefix]" value="last">
      <button class="search-header__submit search__submit btn--link site-header__icon" type="submit">${ICON_SEARCH}<span class="icon__fallback-text">Submit</span></button>
    </form>
    <button type="button" class="btn--link search-bar__close js-drawer-close">${ICON_CLOSE}<span class="icon__fallback-text">Close search</span></button>
  </div>
</div>`;
}

export interface ClassicHeaderInput {
  itemCount: number;
  path: string;
  isHome: boolean;
  searchQuery: string;
}

/** The header section's inner HTML (also what `?section_id=header` returns). */
export function renderHeaderSection({ itemCount, path, isHome, searchQuery }: ClassicHeaderInput): string {
  const logoTag = isHome ? 'h1' : 'div';
  const desktopLinks = MAIN_MENU.map(
    (link) =>
      `<li><a href="${link.url}" class="site-nav__link site-nav__link--main${isActive(link.url, path) ? ' site-nav__link--active' : ''}"${path === link.url ? ' aria-current="page"' : ''}><span class="site-nav__label">${escapeHtml(link.title)}</span></a></li>`,
  ).join('\n');
  const mobileLinks = MAIN_MENU.map(
    (link, index) =>
      `<li class="mobile-nav__item${index < MAIN_MENU.length - 1 ? ' border-bottom' : ''}"><a href="${link.url}" class="mobile-nav__link${isActive(link.url, path) ? ' mobile-nav__link--active' : ''}"${path === link.url ? ' aria-current="page"' : ''}><span class="mobile-nav__label">${escapeHtml(link.title)}</span></a></li>`,
  ).join('\n');
  return `${renderSearchDrawer(searchQuery)}
<div data-section-id="header" data-section-type="header-section" data-header-section>
  <header class="site-header border-bottom logo--left" role="banner">
    <div class="grid grid--no-gutters grid--table site-header__mobile-nav">
      <div class="grid__item medium-up--one-quarter logo-align--left">
        <${logoTag} class="h2 site-header__logo"><a class="site-header__logo-link" href="/">${escapeHtml(SHOP.name)}</a></${logoTag}>
      </div>
      <nav class="grid__item medium-up--one-half small--hide" id="AccessibleNav" role="navigation">
        <ul class="site-nav list--inline" id="SiteNav">${desktopLinks}</ul>
      </nav>
      <div class="grid__item medium-up--one-quarter text-right site-header__icons">
        <div class="site-header__icons-wrapper">
          <button type="button" class="btn--link site-header__icon site-header__search-toggle js-drawer-open-top" data-predictive-search-open-drawer>${ICON_SEARCH}<span class="icon__fallback-text">Search</span></button>
          <a href="/cart" class="site-header__icon site-header__cart">${ICON_BAG}<span class="icon__fallback-text">Cart</span>
            ${renderCartCount(itemCount)}
          </a>
          <button type="button" class="btn--link site-header__icon site-header__menu js-mobile-nav-toggle mobile-nav--open" aria-controls="MobileNav" aria-expanded="false" aria-label="Menu">${ICON_HAMBURGER}${ICON_CLOSE}</button>
        </div>
      </div>
    </div>
    <nav class="mobile-nav-wrapper medium-up--hide" role="navigation">
      <ul id="MobileNav" class="mobile-nav">${mobileLinks}</ul>
    </nav>
  </header>
</div>`;
}

export function renderHeader(input: ClassicHeaderInput): string {
  return `<div id="shopify-section-header" class="shopify-section">${renderHeaderSection(input)}</div>`;
}
