// The classic theme's renderable sections. Debut predates most section rendering: with its Ajax
// cart off no script asks for any, but `?section_id=header` / `cart-template` still answer, as
// static sections do on Shopify.
import type { SectionRenderer } from '../demo-theme.js';
import { CART_SECTION_ID, renderCartSection } from './render-cart.js';
import { renderHeaderSection } from './render-header.js';

export const CLASSIC_SECTIONS: Readonly<Record<string, SectionRenderer>> = {
  header: (view) => renderHeaderSection({ itemCount: view.cart.item_count, path: view.path, isHome: view.path === '/', searchQuery: view.searchQuery }),
  [CART_SECTION_ID]: (view) => renderCartSection(view.cart),
};
