// snippets/cart-drawer: theme-drawer#cart-drawer > dialog > cart-drawer-component, printed after
// the page wrapper on every page except /cart. `auto-open` is Horizon's auto_open_cart_drawer
// setting (off by default); the demo turns it on with --cart-type drawer.
import type { CartJson } from '../../cart/cart-json.js';
import { renderCartProducts, renderCartSummary } from './render-cart.js';
import { ICON_CLOSE } from './horizon-icons.js';

export const CART_DRAWER_SECTION_ID = 'cart-drawer-section';

function renderInner(cart: CartJson): string {
  const empty = cart.item_count === 0;
  const closeButton = (extraClass: string) => `<button on:click="#cart-drawer/close" class="theme-drawer__close-button${extraClass}" type="button" aria-label="Close"><span class="svg-wrapper">${ICON_CLOSE}</span></button>`;
  const items = `<cart-items-component class="cart-items-component" data-drawer data-section-id="${CART_DRAWER_SECTION_ID}">${
    empty
      ? `<div class="cart-drawer__content" aria-label="Cart"><h2 class="theme-drawer__title h4" id="cart-drawer-heading">Your cart is empty</h2><div class="cart-drawer__items">${renderCartProducts(cart, 'drawer')}</div></div>`
      : `<scroll-hint class="cart-drawer__content" aria-label="Cart"><scroll-hint class="cart-drawer__items">${renderCartProducts(cart, 'drawer')}</scroll-hint><div class="cart-drawer__summary">${renderCartSummary(cart)}</div></scroll-hint>`
  }</cart-items-component>`;
  const header = empty
    ? `<div class="theme-drawer__header">${closeButton(' cart-drawer__close-button--empty')}</div>`
    : `<div class="theme-drawer__header"><h2 class="theme-drawer__title h4" id="cart-drawer-heading">Cart <span class="theme-drawer__badge" aria-hidden="true">${cart.item_count}</span><span class="visually-hidden">Total items in cart: ${cart.item_count}</span></h2>${closeButton('')}</div>`;
  return `<div class="cart-drawer__inner${empty ? ' cart-drawer--empty' : ''}" data-hydration-key="cart-drawer-inner">${header}${items}</div>`;
}

/** The drawer without its section wrapper (the Section Rendering API adds the wrapper). */
export function renderCartDrawer(cart: CartJson, autoOpen: boolean): string {
  return `<theme-drawer id="cart-drawer" data-skip-node-update>
  <dialog ref="panel" class="theme-drawer__dialog color-custom-drawer" aria-labelledby="cart-drawer-heading" cart-summary-sticky="true">
    <cart-drawer-component${autoOpen ? ' auto-open' : ''}>${renderInner(cart)}</cart-drawer-component>
  </dialog>
</theme-drawer>`;
}
