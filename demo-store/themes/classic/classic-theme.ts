// A classic (pre-Online Store 2.0) theme of the Debut era as the demo store renders it: static
// sections, option dropdowns synced into a hidden `select[name=id]`, Add to cart as a plain form
// post that lands on /cart, and a cart page form with "Update" and "Check out" submit inputs.
// Each template lives in its own render-*.ts file beside this one.
import { SHOP } from '../../catalogue.js';
import type { DemoTheme } from '../demo-theme.js';
import { classicAssets } from './classic-assets.js';
import { cartPage } from './render-cart.js';
import { renderClassicDocument } from './render-layout.js';
import { productPage } from './render-product.js';
import { collectionPage, contactPage, homePage, notFoundPage, searchPage } from './render-templates.js';
import { CLASSIC_SECTIONS } from './sections.js';

export const classicTheme: DemoTheme = {
  name: 'classic',
  identity: { name: 'Debut', schema_name: 'Debut', schema_version: '17.14.0', theme_store_id: 796, id: SHOP.themeId + 2 },
  assets: classicAssets,
  home: homePage,
  collection: collectionPage,
  search: searchPage,
  product(view, product) {
    const variant = view.query.get('variant');
    return productPage(view, product, variant && /^\d+$/.test(variant) ? Number(variant) : undefined);
  },
  cart: cartPage,
  notFound: notFoundPage,
  contact: contactPage,
  renderDocument: renderClassicDocument,
  sections: CLASSIC_SECTIONS,
};
