// Horizon 4 (Shopify's default theme for new stores) as the demo store renders it: module
// scripts and custom elements, product-form-component posting FormData to /cart/add.js, a
// theme-drawer cart, and a page that scrolls inside .page-wrapper on desktop.
import { SHOP } from '../../catalogue.js';
import type { DemoTheme } from '../demo-theme.js';
import { horizonAssets } from './horizon-assets.js';
import { cartPage } from './render-cart-page.js';
import { renderHorizonDocument } from './render-layout.js';
import { collectionPage, contactPage, homePage, notFoundPage, searchPage } from './render-pages.js';
import { productPage } from './render-product.js';
import { HORIZON_SECTIONS } from './sections.js';

export const horizonTheme: DemoTheme = {
  name: 'horizon',
  identity: { name: 'Horizon', id: SHOP.themeId + 1, schema_name: 'Horizon', schema_version: '4.1.3', theme_store_id: 2481 },
  assets: horizonAssets,
  home: homePage,
  collection: collectionPage,
  search: searchPage,
  product: productPage,
  cart: cartPage,
  notFound: notFoundPage,
  contact: contactPage,
  renderDocument: renderHorizonDocument,
  sections: HORIZON_SECTIONS,
};
