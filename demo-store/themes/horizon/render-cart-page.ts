// sections/main-cart: title, the same cart-items-component as the drawer (section id = this
// section), and the summary column with the checkout button.
import type { CartJson } from '../../cart/cart-json.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { cartTemplateData } from '../template-data.js';
import { renderCartProducts, renderCartSummary } from './render-cart.js';

export const CART_SECTION_ID = 'template--4__main';

export function renderMainCart(cart: CartJson): string {
  const empty = cart.item_count === 0;
  return `<div class="section section--page-width cart-page${empty ? ' cart-page--empty' : ''}">
  <cart-items-component class="cart-items-component" data-section-id="${CART_SECTION_ID}">
    <div class="cart-page__grid">
      <div class="cart-page__main"><h1 class="cart-page__title h2">${empty ? 'Your cart is empty' : 'Cart'}</h1>${renderCartProducts(cart, 'page')}</div>
      ${empty ? '' : `<div class="cart-page__summary">${renderCartSummary(cart)}</div>`}
    </div>
  </cart-items-component>
</div>`;
}

export function cartPage(view: StorefrontView): ThemePage {
  return { ...cartTemplateData(view), main: `<div id="shopify-section-${CART_SECTION_ID}" class="shopify-section">${renderMainCart(view.cart)}</div>` };
}
