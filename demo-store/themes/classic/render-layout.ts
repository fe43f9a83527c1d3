// layout/theme.liquid of a Debut-era theme: the inline `theme` strings object, theme.css and
// theme.js from the theme's assets folder, content_for_header, then static sections (header,
// footer) around `main#MainContent` inside `#PageContainer`. The page scrolls the window.

import { SHOP } from '../../catalogue.js';
import { renderSeoTags, renderThemeContentForHeader } from '../document-head.js';
import { escapeHtml, jsonForScript } from '../../rendering/html.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { classicAssets } from './classic-assets.js';
import { renderHeader } from './render-header.js';

/** The strings Debut's theme.js reads for its button states (theme.strings in the layout). */
const THEME_STRINGS = {
  addToCart: 'Add to cart',
  soldOut: 'Sold out',
  unavailable: 'Unavailable',
  regularPrice: 'Regular price',
  salePrice: 'Sale price',
  sale: 'Sale',
  quantityMinimumMessage: 'Quantity must be 1 or more',
  cartError: 'There was an error while updating your cart. Please try again.',
};

function renderFooter(): string {
  const year = new Date().getFullYear();
  return `<div id="shopify-section-footer" class="shopify-section">
<footer class="site-footer" role="contentinfo" data-section-id="footer" data-section-type="footer-section">
  <div class="page-width">
    <div class="site-footer__content">
      <div class="site-footer__item site-footer__item--one-third">
        <div class="site-footer__item-inner site-footer__item-inner--link_list">
          <p class="h4">Quick links</p>
          <ul class="site-footer__linklist">
            <li class="site-footer__linklist-item"><a href="/search">Search</a></li>
            <li class="site-footer__linklist-item"><a href="/collections/all">Catalog</a></li>
            <li class="site-footer__linklist-item"><a href="/pages/contact">Contact</a></li>
          </ul>
        </div>
      </div>
      <div class="site-footer__item site-footer__item--one-third">
        <div class="site-footer__item-inner site-footer__item-inner--text">
          <p class="h4">Talk about your business</p>
          <div class="site-footer__rte"><p>Everyday goods, made well and watched around the clock.</p></div>
        </div>
      </div>
      <div class="site-footer__item site-footer__item--one-third">
        <div class="site-footer__item-inner site-footer__item-inner--newsletter">
          <p class="h4">Newsletter</p>
          <div class="site-footer__newsletter">
            <form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="contact-form" novalidate="novalidate">
              <input type="hidden" name="form_type" value="customer"><input type="hidden" name="utf8" value="✓"><input type="hidden" name="contact[tags]" value="newsletter">
              <div class="input-group">
                <input type="email" name="contact[email]" id="ContactFooter-email" class="input-group__field newsletter__input" value="" placeholder="Email address" aria-label="Email address" autocorrect="off" autocapitalize="off">
                <span class="input-group__btn"><button type="submit" class="btn newsletter__submit" name="commit"><span class="newsletter__submit-text--large">Subscribe</span></button></span>
              </div>
            </form>
          </div>
        </div>
      </div>
    </div>
  </div>
  <hr class="site-footer__hr">
  <div class="page-width">
    <div class="site-footer__copyright">
      <small class="site-footer__copyright-content">&copy; ${year}, <a href="/" title="">${escapeHtml(SHOP.name)}</a></small>
      <small class="site-footer__copyright-content site-footer__copyright-content--powered-by"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small>
    </div>
  </div>
</footer>
</div>`;
}

function structuredData(view: StorefrontView, isHome: boolean): string {
  const organization = { '@context': 'http://schema.org', '@type': 'Organization', name: SHOP.name, sameAs: ['', '', '', '', '', '', '', ''], url: `${view.origin}/` };
  const website = {
    '@context': 'http://schema.org',
    '@type': 'WebSite',
    name: SHOP.name,
    potentialAction: { '@type': 'SearchAction', target: `${view.origin}/search?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
    url: `${view.origin}/`,
  };
  return `<script type="application/ld+json">${jsonForScript(organization)}</script>${isHome ? `\n<script type="application/ld+json">${jsonForScript(website)}</script>` : ''}`;
}

/** `template-{page_type}` as Debut's body class spells it (`request.page_type | handle`). */
function templateClass(pageType: string): string {
  if (pageType === 'home') return 'template-index';
  if (pageType === 'searchresults') return 'template-search';
  return `template-${pageType.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

export function renderClassicDocument(view: StorefrontView, page: ThemePage): string {
  const isHome = page.pageType === 'home';
  const pageScripts = (page.scripts ?? []).map((name) => `<script src="${classicAssets.url(name, view.faults)}" defer="defer"></script>`).join('\n');
  return `<!doctype html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#557b97">
${renderSeoTags(view, page)}
<link rel="stylesheet" href="${classicAssets.url('theme.css', view.faults)}" type="text/css">
<script>
var theme = { breakpoints: { medium: 750, large: 990, widescreen: 1400 }, strings: ${jsonForScript(THEME_STRINGS)}, moneyFormat: "\${{amount}}", moneyFormatWithCurrency: "\${{amount}} USD" };
document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
</script>
<script src="${classicAssets.url('theme.js', view.faults)}" defer="defer"></script>
${pageScripts}
${renderThemeContentForHeader(view, page)}
${page.headExtra ?? ''}
</head>
<body class="${templateClass(page.pageType)}">
<a class="in-page-link visually-hidden skip-link" href="#MainContent">Skip to content</a>
${renderHeader({ itemCount: view.cart.item_count, path: view.path, isHome, searchQuery: view.searchQuery })}
${structuredData(view, isHome)}
<div class="page-container" id="PageContainer">
<main class="main-content js-focus-hidden" id="MainContent" role="main" tabindex="-1">
${page.main}
</main>
${renderFooter()}
</div>
<script type="application/json" data-cart-routes>{"cartUrl":"/cart","cartAddUrl":"/cart/add","cartChangeUrl":"/cart/change"}</script>
${view.appEmbeds}
</body>
</html>`;
}
