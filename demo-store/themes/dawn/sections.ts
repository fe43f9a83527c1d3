// Dawn's renderable sections: the ones its cart scripts ask for after a cart change
// (cart-notification-*, cart-icon-bubble, main-cart-*, cart-drawer).
import type { SectionRenderer } from '../demo-theme.js';
import {
  CART_FOOTER_SECTION_ID,
  CART_ITEMS_SECTION_ID,
  renderCartNotificationButton,
  renderCartNotificationProducts,
  renderMainCartFooter,
  renderMainCartItems,
} from './render-cart.js';
import { renderCartIconBubbleContents } from './render-header.js';

export const DAWN_SECTIONS: Readonly<Record<string, SectionRenderer>> = {
  'cart-icon-bubble': (view) => renderCartIconBubbleContents(view.cart.item_count),
  'cart-notification-product': (view) => renderCartNotificationProducts(view.cart),
  'cart-notification-button': (view) => renderCartNotificationButton(view.cart),
  'cart-live-region-text': () => 'New estimated total',
  'main-cart-items': (view) => renderMainCartItems(view.cart),
  [CART_ITEMS_SECTION_ID]: (view) => renderMainCartItems(view.cart),
  'main-cart-footer': (view) => renderMainCartFooter(view.cart),
  [CART_FOOTER_SECTION_ID]: (view) => renderMainCartFooter(view.cart),
};
