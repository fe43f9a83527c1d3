// Dawn 15 (Shopify's free theme, the most common base of Online Store 2.0 stores) as the demo
// store renders it. Each template lives in its own render-*.ts file beside this one.
import { SHOP } from '../../catalogue.js';
import type { DemoTheme } from '../demo-theme.js';
import { dawnAssets } from './dawn-assets.js';
import { cartPage } from './render-cart.js';
import { collectionPage, searchPage } from './render-collection.js';
import { homePage } from './render-home.js';
import { renderThemePage } from './render-layout.js';
import { productPage } from './render-product.js';
import { contactPage, notFoundPage } from './render-templates.js';
import { DAWN_SECTIONS } from './sections.js';

export const dawnTheme: DemoTheme = {
  name: 'dawn',
  identity: { name: 'Dawn', id: SHOP.themeId, schema_name: 'Dawn', schema_version: '15.4.1', theme_store_id: 887 },
  assets: dawnAssets,
  home: homePage,
  collection: collectionPage,
  search: searchPage,
  // Reads ?variant=, ?option_values= (the picker's section requests) and ?view= from view.query.
  product: productPage,
  cart: cartPage,
  notFound: notFoundPage,
  contact: contactPage,
  renderDocument: renderThemePage,
  sections: DAWN_SECTIONS,
};
