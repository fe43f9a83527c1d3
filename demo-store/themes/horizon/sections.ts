// Horizon's renderable sections: the cart drawer and main cart (cart mutations ask for the
// cart-items-component section ids on the page), the product section (variant refetches),
// and product recommendations (/recommendations/products?section_id=…).
import type { SectionRenderer } from '../demo-theme.js';
import { CART_SECTION_ID, renderMainCart } from './render-cart-page.js';
import { CART_DRAWER_SECTION_ID, renderCartDrawer } from './render-cart-drawer.js';
import { renderCartBubble } from './render-header.js';
import { PRODUCT_SECTION_ID, renderProductInformation } from './render-product.js';
import { RECOMMENDATIONS_SECTION_ID, renderRecommendationsSection } from './render-recommendations.js';
import { requestedVariant } from './variant-options.js';

export const HORIZON_SECTIONS: Readonly<Record<string, SectionRenderer>> = {
  [CART_DRAWER_SECTION_ID]: (view) => renderCartDrawer(view.cart, view.cartType === 'drawer'),
  [CART_SECTION_ID]: (view) => renderMainCart(view.cart),
  'cart-bubble': (view) => renderCartBubble(view.cart.item_count),
  [RECOMMENDATIONS_SECTION_ID]: renderRecommendationsSection,
  [PRODUCT_SECTION_ID]: (view) => {
    const handle = /^\/products\/([^/]+)/.exec(view.path)?.[1];
    const product = handle ? view.catalogue.productByHandle(decodeURIComponent(handle)) : undefined;
    if (!product) return '';
    return renderProductInformation(view, product, requestedVariant(product, view.query, (id) => view.catalogue.selectedVariant(product, id)));
  },
};
