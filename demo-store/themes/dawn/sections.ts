// Dawn's renderable sections (Section Rendering API): the ones its cart scripts ask for after a
// cart change (cart-notification-*, cart-icon-bubble, main-cart-*, cart-drawer), the product
// section product-info.js re-renders on every option change, and related products.
import type { SectionRenderer } from '../demo-theme.js';
import {
  CART_FOOTER_SECTION_ID,
  CART_ITEMS_SECTION_ID,
  renderCartNotificationButton,
  renderCartNotificationProducts,
  renderMainCartFooter,
  renderMainCartItems,
} from './render-cart.js';
import { renderCartDrawer } from './render-cart-drawer.js';
import { renderCartIconBubbleContents } from './render-header.js';
import { PRODUCT_TEMPLATES, renderMainProductSection } from './render-product.js';
import { renderRelatedProductsSection } from './render-related-products.js';

/** Each product template's main section and related-products section. */
function productTemplateSections(): Record<string, SectionRenderer> {
  const sections: Record<string, SectionRenderer> = {};
  for (const template of Object.values(PRODUCT_TEMPLATES)) {
    sections[`${template.id}__main`] = (view) => renderMainProductSection(view, template);
    const relatedId = `${template.id}__related-products`;
    sections[relatedId] = (view) => renderRelatedProductsSection(relatedId, view);
  }
  return sections;
}

export const DAWN_SECTIONS: Readonly<Record<string, SectionRenderer>> = {
  'cart-icon-bubble': (view) => renderCartIconBubbleContents(view.cart.item_count),
  'cart-notification-product': (view) => renderCartNotificationProducts(view.cart),
  'cart-notification-button': (view) => renderCartNotificationButton(view.cart),
  'cart-drawer': (view) => renderCartDrawer(view.cart),
  'cart-live-region-text': () => 'New estimated total',
  'main-cart-items': (view) => renderMainCartItems(view.cart),
  [CART_ITEMS_SECTION_ID]: (view) => renderMainCartItems(view.cart),
  'main-cart-footer': (view) => renderMainCartFooter(view.cart),
  [CART_FOOTER_SECTION_ID]: (view) => renderMainCartFooter(view.cart),
  ...productTemplateSections(),
};
