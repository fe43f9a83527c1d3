// layout/theme.liquid: the document shell every theme page shares. It wires the
// content_for_header globals, Dawn's inline window.* strings and routes, the cart
// drawer (cart_type drawer), the header/footer section groups, the reveal-on-scroll
// script (animations_reveal_on_scroll is on by default) and the Organization JSON-LD.

import { SHOP } from '../../catalogue.js';
import { renderSeoTags, renderThemeContentForHeader } from '../document-head.js';
import { escapeHtml, jsonForScript } from '../../rendering/html.js';
import { renderCartDrawer } from './render-cart-drawer.js';
import { renderHeaderGroup } from './render-header.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { dawnAssets } from './dawn-assets.js';
import { TRANSLATION_MISSING_TEXT } from '../../faults/translation-missing.js';

const DAWN_INLINE_GLOBALS = `window.routes = {
  cart_add_url: '/cart/add',
  cart_change_url: '/cart/change',
  cart_update_url: '/cart/update',
  cart_url: '/cart',
  predictive_search_url: '/search/suggest',
};
window.cartStrings = {
  error: \`There was an error while updating your cart. Please try again.\`,
  quantityError: \`You can only add [quantity] of this item to your cart.\`,
};
window.variantStrings = {
  addToCart: \`Add to cart\`,
  soldOut: \`Sold out\`,
  unavailable: \`Unavailable\`,
  unavailable_with_option: \`[value] - Unavailable\`,
};
window.accessibilityStrings = {
  imageAvailable: \`Image [index] is now available in gallery view\`,
  shareSuccess: \`Link copied to clipboard\`,
};`;

function renderFooter(view: StorefrontView): string {
  const newsletterHeading = view.faults.has('translation_missing') ? TRANSLATION_MISSING_TEXT : 'Subscribe to our emails';
  const year = new Date().getFullYear();
  return `<div id="shopify-section-sections--1__footer" class="shopify-section shopify-section-group-footer-group">
  <footer class="footer color-scheme-1 gradient section-sections--1__footer-padding">
    <div class="footer__content-top page-width">
      <div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
        <div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
          <ul class="footer-block__details-content list-unstyled"><li><a href="/search" class="link link--text list-menu__item list-menu__item--link">Search</a></li><li><a href="/collections/all" class="link link--text list-menu__item list-menu__item--link">Catalog</a></li><li><a href="/pages/contact" class="link link--text list-menu__item list-menu__item--link">Contact</a></li></ul></div>
        <div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Our mission</h2><div class="footer-block__details-content rte"><p>Everyday goods, made well and monitored around the clock.</p></div></div>
      </div>
      <div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">${newsletterHeading}</h2>
        <form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer"><input type="hidden" name="utf8" value="✓"><input type="hidden" name="contact[tags]" value="newsletter">
          <div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1__footer" type="email" name="contact[email]" class="field__input" value="" autocomplete="email" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--1__footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">→</button></div></div>
        </form></div></div>
    </div>
    <div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
      <small class="copyright__content">&copy; ${year}, <a href="/" title="">${escapeHtml(SHOP.name)}</a></small>
      <small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small>
    </div></div></div>
  </footer>
</div>`;
}

function structuredData(view: StorefrontView, isHome: boolean): string {
  const organization = { '@context': 'http://schema.org', '@type': 'Organization', name: SHOP.name, sameAs: [] as string[], url: view.origin };
  const website = {
    '@context': 'http://schema.org',
    '@type': 'WebSite',
    name: SHOP.name,
    potentialAction: { '@type': 'SearchAction', target: `${view.origin}/search?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
    url: view.origin,
  };
  return `<script type="application/ld+json">${jsonForScript(organization)}</script>${isHome ? `<script type="application/ld+json">${jsonForScript(website)}</script>` : ''}`;
}

export function renderThemePage(view: StorefrontView, page: ThemePage): string {
  const isHome = page.pageType === 'home';
  const drawer = view.cartType === 'drawer';
  // theme_js_error: a customisation added a script that throws on every page.
  const headScripts = ['global.js', 'animations.js', ...(view.faults.has('theme_js_error') ? ['recently-viewed.js'] : []), ...(page.scripts ?? [])];
  // Deferred scripts run in document order: cart.js (CartItems) before cart-drawer.js extends it.
  const bodyScripts = ['cart-notification.js', ...(drawer ? ['cart.js', 'cart-drawer.js'] : [])].filter((name) => !headScripts.includes(name));
  const scriptTags = (names: readonly string[]): string =>
    names.map((name) => `<script src="${dawnAssets.url(name, view.faults)}" defer="defer"></script>`).join('\n');
  return `<!doctype html>
<html class="js" lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="">
${renderSeoTags(view, page)}
${renderThemeContentForHeader(view, page)}
<link href="${dawnAssets.url('base.css', view.faults)}" rel="stylesheet" type="text/css" media="all">
${drawer ? `<link href="${dawnAssets.url('component-cart-drawer.css', view.faults)}" rel="stylesheet" type="text/css" media="all">` : ''}
${scriptTags(headScripts)}
${page.headExtra ?? ''}
</head>
<body class="gradient animate--hover-default">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
${drawer ? renderCartDrawer(view.cart) : ''}
${renderHeaderGroup({ itemCount: view.cart.item_count, path: view.path, isHome, searchQuery: view.searchQuery, cartType: view.cartType, faults: view.faults })}
${structuredData(view, isHome)}
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
${page.main}
</main>
${renderFooter(view)}
<script>window.shopUrl = ${jsonForScript(view.origin)};
${DAWN_INLINE_GLOBALS}</script>
${scriptTags(bodyScripts)}
${view.appEmbeds}
</body>
</html>`;
}
