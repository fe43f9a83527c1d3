// snippets/cart-products + cart-summary inside cart-items-component, shared by the cart drawer
// (snippets/cart-drawer, section id cart-drawer-section) and the cart page (sections/main-cart).
// The line table sits in form#cart-form[action=/cart]; the checkout button sits outside it and
// joins it with form="cart-form", as in Horizon.
import type { CartJson, LineItemJson } from '../../cart/cart-json.js';
import { escapeHtml, formatMoney, formatMoneyWithCurrency } from '../../rendering/html.js';
import { ICON_DELETE, ICON_ERROR, ICON_MINUS, ICON_PLUS } from './horizon-icons.js';

function renderVariants(item: LineItemJson): string {
  if (item.product_has_only_default_variant) return '';
  const values = item.options_with_values.map((option, index, all) => `<div class="cart-items__variant"><dt class="visually-hidden">${escapeHtml(option.name)}:</dt><dd>${escapeHtml(option.value)}${index < all.length - 1 ? ',&nbsp;' : ''}</dd></div>`);
  return `<dl class="cart-items__variants">${values.join('')}</dl>`;
}

function renderLine(item: LineItemJson, index: number): string {
  const line = index + 1;
  const image = item.featured_image;
  return `<tr class="cart-items__table-row" role="row" data-key="${escapeHtml(item.key)}" ref="cartItemRows[]">
  <td class="cart-items__media" role="cell">${image ? `<a href="${escapeHtml(item.url)}" class="cart-items__media-container" tabindex="-1" aria-hidden="true"><img src="${escapeHtml(image.url ?? '')}" alt="${escapeHtml(image.alt)}" width="120" height="120" loading="lazy" class="cart-items__media-image"></a>` : ''}</td>
  <td class="cart-items__details" role="cell">
    <div class="cart-items__product-info"><div class="cart-items__title-row"><a href="${escapeHtml(item.url)}" class="cart-items__title">${escapeHtml(item.product_title)}</a></div></div>
    <div class="cart-items__variants-wrapper">${renderVariants(item)}</div>
    <div class="cart-items__unit-price-wrapper"><div><span>${formatMoney(item.final_price)}</span></div></div>
  </td>
  <td class="cart-items__quantity" role="cell">
    <div class="cart-items__quantity-controls">
      <div class="quantity-selector-wrapper">
        <cart-quantity-selector-component class="quantity-selector cart-primary-typography" data-variant-id="${item.variant_id}" ref="quantitySelectors[]">
          <button class="button quantity-minus button-unstyled" type="button" name="minus" on:click="/decreaseQuantity"><span class="visually-hidden">Decrease quantity</span><span class="svg-wrapper icon-plus">${ICON_MINUS}</span></button>
          <input type="number" name="updates[]" value="${item.quantity}" data-cart-quantity="${item.quantity}" min="0" data-min="1" on:blur="/setQuantity" ref="quantityInput" aria-live="polite" aria-label="Quantity" data-cart-line="${line}" step="1">
          <button class="button quantity-plus button-unstyled" type="button" name="plus" on:click="/increaseQuantity"><span class="visually-hidden">Increase quantity</span><span class="svg-wrapper icon-plus">${ICON_PLUS}</span></button>
        </cart-quantity-selector-component>
      </div>
      <button class="button cart-items__remove" type="button" aria-label="Remove ${escapeHtml(item.title)}" on:click="/onLineItemRemove/${line}">${ICON_DELETE}<span class="visually-hidden">Remove</span></button>
    </div>
  </td>
  <td class="cart-items__error hidden" role="cell" ref="cartItemErrorContainer-${line}"><div class="cart-item__error" role="alert"><span class="svg-wrapper">${ICON_ERROR}</span><small class="cart-item__error-text" ref="cartItemError-${line}"></small></div></td>
  <td class="cart-items__price" role="cell"><text-component value="${formatMoney(item.final_line_price)}">${formatMoney(item.final_line_price)}</text-component></td>
</tr>`;
}

/** snippets/cart-products: the empty state, or the line table inside form#cart-form. */
export function renderCartProducts(cart: CartJson, context: 'drawer' | 'page'): string {
  const empty = cart.item_count === 0;
  if (empty) {
    return `<div class="cart-items__wrapper${context === 'drawer' ? ' cart-items__wrapper--drawer-empty' : ''}"><a class="button cart-items__empty-button" href="/collections/all"><span class="button-text">Continue shopping</span></a></div>`;
  }
  return `<div class="cart-items__wrapper">
<span class="visually-hidden" ref="cartItemCount" aria-hidden="true">${cart.item_count}</span>
<form action="/cart" class="cart-form" id="cart-form" method="post">
  <div class="cart-items spacing-style">
    <table class="cart-items__table" role="table">
      <caption class="visually-hidden">Cart: <span>${formatMoneyWithCurrency(cart.total_price)}</span></caption>
      <thead class="visually-hidden" role="rowgroup"><tr role="row"><th id="media" role="columnheader">Product image</th><th id="product" role="columnheader">Product information</th><th id="quantity" role="columnheader">Quantity</th><th id="productTotal" role="columnheader">Total</th></tr></thead>
      <tbody role="rowgroup">${cart.items.map(renderLine).join('\n')}</tbody>
    </table>
  </div>
</form>
</div>`;
}

/** snippets/cart-summary: totals and the checkout button (name="checkout", form="cart-form"). */
export function renderCartSummary(cart: CartJson): string {
  return `<div class="cart-totals">
  <div class="cart-totals__container">
    <div class="cart-totals__item cart-totals__total" role="status"><span class="cart-totals__total-label cart-primary-typography">Estimated total</span><text-component value="${formatMoneyWithCurrency(cart.total_price)}" class="cart-totals__total-value cart-secondary-typography" data-testid="cart-total-value" data-cart-subtotal>${formatMoneyWithCurrency(cart.total_price)}</text-component></div>
    <div class="cart-totals__item cart-totals__tax-note cart-primary-typography">Taxes included. Discounts and shipping calculated at checkout.</div>
  </div>
</div>
<div class="cart__ctas">
  <button type="submit" id="checkout" class="cart__checkout-button button" name="checkout"${cart.item_count === 0 ? ' disabled' : ''} form="cart-form"><span class="button-text">Check out</span></button>
</div>`;
}
