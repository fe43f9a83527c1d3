// sections/cart-template with "Enable Ajax cart" off: a plain `form.cart[action="/cart"]` whose
// rows carry `updates[]` quantity fields and `/cart/change?line=N&quantity=0` remove links, then
// two submit inputs, "Update" (`name=update`) and "Check out" (`name=checkout`). The platform
// answers the post with 302 /cart or /checkout. On phones the quantity cell is the row's second
// input (no name); theme.js copies it into the row's `updates[]` field before the form posts.

import type { CartJson, LineItemJson } from '../../cart/cart-json.js';
import { escapeHtml, formatMoney, formatMoneyWithCurrency } from '../../rendering/html.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { cartTemplateData } from '../template-data.js';

export const CART_SECTION_ID = 'cart-template';

function renderOptions(item: LineItemJson): string {
  const hidden = item.product_has_only_default_variant;
  const options = item.options_with_values
    .map((option) => `<li class="product-details__item product-details__item--variant-option${hidden ? ' hide' : ''}" data-cart-item-option>${escapeHtml(option.name)}: ${escapeHtml(option.value)}</li>`)
    .join('');
  return `<ul class="product-details${hidden ? ' hide' : ''}" data-cart-item-details aria-label="Product details">${options}</ul>`;
}

function renderRow(item: LineItemJson, index: number): string {
  const line = index + 1;
  const key = escapeHtml(item.key);
  const image = item.featured_image?.url;
  return `<tr class="cart__row" data-cart-item data-cart-item-key="${key}" data-cart-item-url="${escapeHtml(item.url)}" data-cart-item-title="${escapeHtml(item.title)}" data-cart-item-index="${line}" data-cart-item-quantity="${item.quantity}">
  <td class="cart__meta small--text-left" data-cart-table-cell>
    <div class="cart__product-information">
      <div class="cart__image-wrapper">${image ? `<img class="cart__image" src="${escapeHtml(image)}" alt="${escapeHtml(item.featured_image?.alt ?? '')}" width="95" height="95" data-cart-item-image>` : ''}</div>
      <div>
        <div class="list-view-item__title"><a href="${escapeHtml(item.url)}" class="cart__product-title" data-cart-item-title data-role="product-title">${escapeHtml(item.product_title)}</a></div>
        ${renderOptions(item)}
        <p class="cart__remove"><a href="/cart/change?line=${line}&amp;quantity=0" class="text-link text-link--accent" aria-label="Remove ${escapeHtml(item.title)}" data-cart-remove data-role="product-remove">Remove</a></p>
      </div>
    </div>
  </td>
  <td class="cart__price text-right">
    <div data-cart-item-price><dl data-cart-item-price-list><div data-cart-item-regular-price-group><dt><span class="visually-hidden">Regular price</span></dt><dd data-cart-item-regular-price>${formatMoney(item.original_price)}</dd></div></dl></div>
    <div class="cart__qty medium-up--hide">
      <label for="updates_${key}" class="cart__qty-label" aria-label="Quantity" data-quantity-label-mobile>Qty</label>
      <input id="updates_${key}" class="cart__qty-input" type="number" value="${item.quantity}" min="0" pattern="[0-9]*" data-quantity-input data-quantity-item="${line}" data-quantity-input-mobile data-role="product-quantity-mobile">
    </div>
  </td>
  <td class="cart__quantity-td text-right small--hide">
    <div class="cart__qty">
      <label for="updates_large_${key}" class="cart__qty-label" data-quantity-label-desktop>Quantity</label>
      <input id="updates_large_${key}" class="cart__qty-input" type="number" name="updates[]" value="${item.quantity}" min="0" pattern="[0-9]*" data-quantity-input data-quantity-item="${line}" data-quantity-input-desktop data-role="product-quantity-desktop">
    </div>
  </td>
  <td class="cart__final-price text-right small--hide" data-cart-item-line-price><div data-cart-item-regular-price-group><span data-cart-item-regular-price>${formatMoney(item.final_line_price)}</span></div></td>
</tr>`;
}

/** The cart-template section's inner HTML (also what `?section_id=cart-template` returns). */
export function renderCartSection(cart: CartJson): string {
  const empty = cart.item_count === 0;
  return `<div class="page-width" data-section-id="${CART_SECTION_ID}" data-section-type="cart-template" data-ajax-enabled="false">
  <div${empty ? ' class="hide"' : ''} data-cart-wrapper>
    <div class="cart-header">
      <h1 class="cart-header__title">Your cart</h1>
      <a href="/collections/all" class="text-link text-link--accent">Continue shopping</a>
    </div>
    <form action="/cart" method="post" novalidate class="cart">
      <table>
        <thead class="cart__row cart__row--heading">
          <th scope="col">Product</th>
          <th class="text-right" scope="col">Price</th>
          <th class="text-right small--hide" scope="col">Quantity</th>
          <th class="text-right small--hide" scope="col">Total</th>
        </thead>
        <tbody data-cart-line-items>${cart.items.map(renderRow).join('\n')}</tbody>
      </table>
      <div class="cart__footer">
        <div class="grid">
          <div class="grid__item text-right small--text-center">
            <div class="cart-subtotal"><span class="cart-subtotal__title">Subtotal</span><span class="cart-subtotal__price" data-cart-subtotal>${formatMoneyWithCurrency(cart.total_price)}</span></div>
            <div class="cart__shipping rte">Taxes and <a href="/policies/shipping-policy">shipping</a> calculated at checkout</div>
            <div class="cart__buttons-container">
              <div class="cart__submit-controls">
                <input type="submit" name="update" class="cart__submit btn btn--secondary" value="Update">
                <input type="submit" name="checkout" class="cart__submit btn btn--small-wide" value="Check out">
              </div>
              <div class="cart__error-message-wrapper hide" role="alert" data-cart-error-message-wrapper><span class="visually-hidden">Error </span><span class="cart__error-message" data-cart-error-message></span></div>
            </div>
          </div>
        </div>
      </div>
    </form>
    <p class="visually-hidden" data-cart-status aria-live="polite" role="status"></p>
  </div>
  <div class="empty-page-content${empty ? '' : ' hide'} text-center" data-empty-page-content>
    <h1>Your cart</h1>
    <p class="cart--empty-message">Your cart is currently empty.</p>
    <div class="cookie-message"><p>Enable cookies to use the shopping cart</p></div>
    <a href="/" class="btn btn--has-icon-after cart__continue-btn">Continue shopping</a>
  </div>
</div>`;
}

export function cartPage(view: StorefrontView): ThemePage {
  return { ...cartTemplateData(view), main: `<div id="shopify-section-${CART_SECTION_ID}" class="shopify-section">${renderCartSection(view.cart)}</div>` };
}
