// snippets/cart-drawer (rendered by layout/theme.liquid when cart_type is `drawer`, and by the
// `cart-drawer` section after every cart change). Ids are Dawn's: #CartDrawer, the overlay,
// tr#CartDrawer-Item-{n}, input#Drawer-quantity-{n}[name="updates[]"],
// cart-remove-button#CartDrawer-Remove-{n}, #CartDrawer-CartErrors and
// button#CartDrawer-Checkout[name=checkout][form=CartDrawer-Form].

import type { CartJson, LineItemJson } from '../../cart/cart-json.js';
import { escapeHtml, formatMoney } from '../../rendering/html.js';
import { renderCartTotals } from './render-cart.js';
import { ICON_CLOSE, ICON_ERROR, ICON_REMOVE, SPINNER } from '../../rendering/icons.js';

const CLOSE_BUTTON = `<button class="drawer__close" type="button" onclick="this.closest('cart-drawer').close()" aria-label="Close"><span class="svg-wrapper">${ICON_CLOSE}</span></button>`;

function renderOptions(item: LineItemJson): string {
  if (item.product_has_only_default_variant) return '';
  const options = item.options_with_values
    .map((option) => `<div class="product-option"><dt>${escapeHtml(option.name)}:</dt><dd>${escapeHtml(option.value)}</dd></div>`)
    .join('');
  return `<dl>${options}</dl>`;
}

function renderDrawerRow(item: LineItemJson, index: number): string {
  const n = index + 1;
  const image = item.featured_image;
  return `<tr id="CartDrawer-Item-${n}" class="cart-item" role="row">
  <td class="cart-item__media" role="cell" headers="CartDrawer-ColumnProductImage">${image ? `<a href="${escapeHtml(item.url)}" class="cart-item__link" tabindex="-1" aria-hidden="true"> </a><img class="cart-item__image" src="${escapeHtml(image.url ?? '')}" alt="${escapeHtml(image.alt)}" loading="lazy" width="150" height="150">` : ''}</td>
  <td class="cart-item__details" role="cell" headers="CartDrawer-ColumnProduct"><a href="${escapeHtml(item.url)}" class="cart-item__name h4 break">${escapeHtml(item.product_title)}</a><div class="product-option">${formatMoney(item.original_price)}</div>${renderOptions(item)}</td>
  <td class="cart-item__totals right" role="cell" headers="CartDrawer-ColumnTotal"><div class="loading__spinner hidden">${SPINNER}</div><div class="cart-item__price-wrapper"><span class="price price--end">${formatMoney(item.final_line_price)}</span></div></td>
  <td class="cart-item__quantity" role="cell" headers="CartDrawer-ColumnQuantity">
    <div class="cart-item__quantity-wrapper quantity-popover-wrapper">
      <quantity-input class="quantity cart-quantity"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Decrease quantity for ${escapeHtml(item.product_title)}</span><span class="svg-wrapper" aria-hidden="true">−</span></button><input class="quantity__input" type="number" data-quantity-variant-id="${item.variant_id}" name="updates[]" value="${item.quantity}" data-cart-quantity="${item.quantity}" min="0" data-min="1" step="1" aria-label="Quantity for ${escapeHtml(item.product_title)}" id="Drawer-quantity-${n}" data-index="${n}"><button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${escapeHtml(item.product_title)}</span><span class="svg-wrapper" aria-hidden="true">+</span></button></quantity-input>
      <cart-remove-button id="CartDrawer-Remove-${n}" data-index="${n}"><button type="button" class="button button--tertiary cart-remove-button" aria-label="Remove ${escapeHtml(item.title)}" data-variant-id="${item.variant_id}"><span class="svg-wrapper">${ICON_REMOVE}</span></button></cart-remove-button>
    </div>
    <div id="CartDrawer-LineItemError-${n}" class="cart-item__error" role="alert"><small class="cart-item__error-text"></small><span class="svg-wrapper">${ICON_ERROR}</span></div>
  </td>
</tr>`;
}

function renderEmptyState(): string {
  return `<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content">
  <h2 class="cart__empty-text">Your cart is empty</h2>${CLOSE_BUTTON}
  <a href="/collections/all" class="button">Continue shopping</a>
</div></div></div>`;
}

function renderItemsTable(cart: CartJson): string {
  return `<div class="drawer__cart-items-wrapper"><table class="cart-items" role="table">
  <thead role="rowgroup"><tr role="row"><th id="CartDrawer-ColumnProductImage" role="columnheader"><span class="visually-hidden">Product image</span></th><th id="CartDrawer-ColumnProduct" class="caption-with-letter-spacing" scope="col" role="columnheader">Product</th><th id="CartDrawer-ColumnTotal" class="right caption-with-letter-spacing" scope="col" role="columnheader">Total</th><th id="CartDrawer-ColumnQuantity" role="columnheader"><span class="visually-hidden">Quantity</span></th></tr></thead>
  <tbody role="rowgroup">${cart.items.map(renderDrawerRow).join('\n')}</tbody>
</table></div>`;
}

/** The whole `cart-drawer` element; `cart-drawer.js` swaps `#CartDrawer` from the section. */
export function renderCartDrawer(cart: CartJson): string {
  const empty = cart.item_count === 0;
  return `<cart-drawer class="drawer${empty ? ' is-empty' : ''}">
  <div id="CartDrawer" class="cart-drawer">
    <div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div>
    <div class="drawer__inner gradient color-scheme-1" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1">
      ${empty ? renderEmptyState() : ''}
      <div class="drawer__header"><h2 class="drawer__heading">Your cart</h2>${CLOSE_BUTTON}</div>
      <cart-drawer-items${empty ? ' class=" is-empty"' : ''}>
        <form action="/cart" id="CartDrawer-Form" class="cart__contents cart-drawer__form" method="post">
          <div id="CartDrawer-CartItems" class="drawer__contents js-contents">
            ${empty ? '' : renderItemsTable(cart)}
            <p id="CartDrawer-LiveRegionText" class="visually-hidden" role="status"></p>
            <p id="CartDrawer-LineItemStatus" class="visually-hidden" aria-hidden="true" role="status">Loading...</p>
          </div>
          <div id="CartDrawer-CartErrors" role="alert"></div>
        </form>
      </cart-drawer-items>
      <div class="drawer__footer">
        <div class="cart-drawer__footer">
          ${renderCartTotals(cart)}
        </div>
        <div class="cart__ctas"><button type="submit" id="CartDrawer-Checkout" class="cart__checkout-button button" name="checkout" form="CartDrawer-Form"${empty ? ' disabled' : ''}>Check out</button></div>
      </div>
    </div>
  </div>
</cart-drawer>`;
}
