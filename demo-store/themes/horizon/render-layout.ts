// layout/theme.liquid + snippets/scripts.liquid: the import map and module scripts, the inline
// `Theme` global (Theme.routes.cart_add_url is /cart/add.js), content_for_header, then
// body > .page-wrapper (header group, main, footer) — on desktop the wrapper, not the window,
// is the scroll container — then the cart drawer and theme-drawer's restore/persist scripts.
import { renderSeoTags, renderThemeContentForHeader } from '../document-head.js';
import { jsonForScript } from '../../rendering/html.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { HORIZON_GLOBAL_MODULES, HORIZON_IMPORT_MAP, horizonAssets } from './horizon-assets.js';
import { CART_DRAWER_SECTION_ID, renderCartDrawer } from './render-cart-drawer.js';
import { renderFooterGroup, renderHeaderGroup } from './render-header.js';

const THEME_GLOBAL = `const Theme = {
  translations: { added: 'Added', items_added_to_cart_one: 'Added 1 item to cart', items_added_to_cart_other: 'Added {{ count }} items to cart', cart_count: 'Total items in cart' },
  routes: { cart_add_url: '/cart/add.js', cart_change_url: '/cart/change', cart_update_url: '/cart/update', cart_url: '/cart', predictive_search_url: '/search/suggest', search_url: '/search' },
  template: { name: '__TEMPLATE__' },
};`;

// Runs while parsing (snippets/theme-drawer): reopens drawers left open on the previous page,
// on wide viewports only, before the drawer module loads.
const DRAWER_RESTORE = `(function () {
  var ids = (sessionStorage.getItem('theme-drawer-open') || '').split(',').filter(Boolean);
  if (!ids.length || !window.matchMedia('(min-width: 990px)').matches) return;
  var restored = 0;
  ids.forEach(function (id, index) {
    var drawer = document.getElementById(id);
    var dialog = drawer && drawer.querySelector('dialog');
    if (!dialog) return;
    drawer.setAttribute('open', '');
    drawer.style.setProperty('--drawer-stack-order', String(index + 1));
    dialog.setAttribute('open', '');
    restored += 1;
  });
  if (restored) document.querySelector('.page-wrapper').classList.add('page-wrapper--drawer-open');
})();`;

function templateName(page: ThemePage): string {
  return page.pageType === 'home' ? 'index' : page.pageType === 'searchresults' ? 'search' : page.pageType;
}

function importMap(view: StorefrontView): string {
  const imports = Object.fromEntries(Object.entries(HORIZON_IMPORT_MAP).map(([specifier, file]) => [specifier, horizonAssets.url(file, view.faults)]));
  return `<script type="importmap">${jsonForScript({ imports })}</script>`;
}

function moduleScripts(view: StorefrontView, page: ThemePage): string {
  return [...HORIZON_GLOBAL_MODULES, ...(page.scripts ?? [])]
    .map((file) => `<script src="${horizonAssets.url(file, view.faults)}" type="module" fetchpriority="low"></script>`)
    .join('\n');
}

export function renderHorizonDocument(view: StorefrontView, page: ThemePage): string {
  const onCartPage = page.pageType === 'cart';
  const hasDrawer = !onCartPage && view.cartType !== 'page';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${renderSeoTags(view, page)}
<link href="${horizonAssets.url('base.css', view.faults)}" rel="stylesheet" type="text/css" media="all">
${importMap(view)}
${moduleScripts(view, page)}
<script>${THEME_GLOBAL.replace('__TEMPLATE__', templateName(page))}</script>
${page.headExtra ?? ''}
${renderThemeContentForHeader(view, page)}
</head>
<body class="page-width-narrow card-hover-effect-lift">
<a class="skip-to-content-link button-secondary" href="#MainContent">Skip to content</a>
<div class="page-wrapper">
  <div id="header-group">${renderHeaderGroup(view.cart.item_count, view.path)}</div>
  <main id="MainContent" class="content-for-layout" role="main" data-template="${templateName(page)}">
${page.main}
  </main>
  <footer>${renderFooterGroup()}</footer>
</div>
${hasDrawer ? `<div id="shopify-section-${CART_DRAWER_SECTION_ID}" class="shopify-section">${renderCartDrawer(view.cart, view.cartType === 'drawer')}</div>` : ''}
<script>${DRAWER_RESTORE}</script>
${view.appEmbeds}
</body>
</html>`;
}
