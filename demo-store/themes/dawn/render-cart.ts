// templates/cart.json (main-cart-items + main-cart-footer) and the small
// sections the product form asks for after an add. The same functions serve
// the full page and the Section Rendering API, as in Dawn.

import type { CartJson, LineItemJson } from '../../cart/cart-json.js';
import { escapeHtml, formatMoneyWithCurrency } from '../../rendering/html.js';
import { ICON_REMOVE, SPINNER } from '../../rendering/icons.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { cartTemplateData } from '../template-data.js';

export const CART_ITEMS_SECTION_ID = 'template--4__cart-items';
export const CART_FOOTER_SECTION_ID = 'template--4__cart-footer';

function optionList(item: LineItemJson): string {
  if (item.variant_title === null) return '';
  return `<dl>${item.options_with_values.map((option) => `<div class="product-option"><dt>${escapeHtml(option.name)}: </dt><dd>${escapeHtml(option.value)}</dd></div>`).join('')}</dl>`;
}

function renderCartRow(item: LineItemJson, index: number): string {
  const n = index + 1;
  const image = item.featured_image;
  return `<tr class="cart-item" id="CartItem-${n}">
  <td class="cart-item__media">${image ? `<a href="${escapeHtml(item.url)}" class="cart-item__link" aria-hidden="true" tabindex="-1"></a><div class="cart-item__image-container gradient global-media-settings"><img src="${escapeHtml(image.url ?? '')}" class="cart-item__image" alt="${escapeHtml(image.alt)}" loading="lazy" width="150" height="150"></div>` : ''}</td>
  <td class="cart-item__details">
    <a href="${escapeHtml(item.url)}" class="cart-item__name h4 break">${escapeHtml(item.product_title)}</a>
    <div class="product-option">${formatMoneyWithCurrency(item.final_price)}</div>
    ${optionList(item)}
  </td>
  <td class="cart-item__quantity">
    <div class="cart-item__quantity-wrapper quantity-popover-wrapper">
      <quantity-input class="quantity cart-quantity"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Decrease quantity for ${escapeHtml(item.product_title)}</span>−</button><input class="quantity__input" type="number" data-quantity-variant-id="${item.variant_id}" name="updates[]" value="${item.quantity}" data-cart-quantity="${item.quantity}" min="0" data-index="${n}" step="1" aria-label="Quantity for ${escapeHtml(item.product_title)}" id="Quantity-${n}"><button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${escapeHtml(item.product_title)}</span>+</button></quantity-input>
      <cart-remove-button id="Remove-${n}" data-index="${n}"><a href="/cart/change?id=${encodeURIComponent(item.key)}&amp;quantity=0" class="button button--tertiary" aria-label="Remove ${escapeHtml(item.title)}"><span class="svg-wrapper">${ICON_REMOVE}</span></a></cart-remove-button>
    </div>
    <div class="cart-item__error" id="Line-item-error-${n}" role="alert"><small class="cart-item__error-text"></small></div>
  </td>
  <td class="cart-item__totals right"><div class="loading__spinner hidden">${SPINNER}</div><div class="cart-item__price-wrapper"><span class="price price--end">${formatMoneyWithCurrency(item.final_line_price)}</span></div></td>
</tr>`;
}

/** Contents of the main-cart-items section (the cart-items element). */
export function renderMainCartItems(cart: CartJson): string {
  const empty = cart.item_count === 0;
  const rows = cart.items.map(renderCartRow).join('\n');
  return `<cart-items class="gradient color-scheme-1 isolate${empty ? ' is-empty' : ''}">
  <div class="page-width">
    <div class="title-wrapper-with-link"><h1 class="title title--primary">Your cart</h1><a href="/collections/all" class="underlined-link">Continue shopping</a></div>
    <div class="cart__warnings"><h1 class="cart__empty-text">Your cart is empty</h1><a href="/collections/all" class="button">Continue shopping</a></div>
    <form action="/cart" class="cart__contents critical-hidden" method="post" id="cart">
      <div class="cart__items" id="main-cart-items" data-id="${CART_ITEMS_SECTION_ID}">
        <div class="js-contents">${
          empty
            ? ''
            : `<table class="cart-items"><caption class="visually-hidden">Your cart</caption><thead role="rowgroup"><tr role="row"><th id="CartItems-ColumnHeading-Product" class="caption-with-letter-spacing" scope="col" colspan="2">Product</th><th class="cart-items__heading--wide cart-items__heading--quantity caption-with-letter-spacing" scope="col">Quantity</th><th class="right caption-with-letter-spacing" scope="col">Total</th></tr></thead><tbody role="rowgroup">${rows}</tbody></table>`
        }</div>
      </div>
      <p class="visually-hidden" id="cart-live-region-text" aria-live="polite" role="status"></p>
      <p class="visually-hidden" id="shopping-cart-line-item-status" aria-live="polite" aria-hidden="true" role="status">Loading...</p>
    </form>
  </div>
</cart-items>`;
}

/** Contents of the main-cart-footer section: estimated total and the checkout button. */
/** The estimated total and the tax note, as the cart page footer and the cart drawer both print them. */
export function renderCartTotals(cart: CartJson): string {
  return `<div class="totals" role="status"><h2 class="totals__total">Estimated total</h2><p class="totals__total-value">${formatMoneyWithCurrency(cart.total_price)}</p></div>
<small class="tax-note caption-large rte">Taxes, discounts and shipping calculated at checkout.</small>`;
}

export function renderMainCartFooter(cart: CartJson): string {
  const empty = cart.item_count === 0;
  return `<div class="page-width${empty ? ' is-empty' : ''}" id="main-cart-footer" data-id="${CART_FOOTER_SECTION_ID}">
  <div class="cart__footer isolate">
    <div class="cart__blocks">
      <div class="js-contents">
        ${renderCartTotals(cart)}
      </div>
      <div class="cart__ctas"><button type="submit" id="checkout" class="cart__checkout-button button" name="checkout" form="cart"${empty ? ' disabled' : ''}>Check out</button></div>
    </div>
    <div id="cart-errors"></div>
  </div>
</div>`;
}

/** sections/cart-notification-product: one block per line, picked by line key in cart-notification.js. */
export function renderCartNotificationProducts(cart: CartJson): string {
  return cart.items
    .map(
      (item) => `<div id="cart-notification-product-${escapeHtml(item.key)}" class="cart-item">
  ${item.featured_image ? `<div class="cart-notification-product__image global-media-settings"><img src="${escapeHtml(item.featured_image.url ?? '')}" alt="${escapeHtml(item.featured_image.alt)}" width="70" height="70" loading="lazy"></div>` : ''}
  <div><h3 class="cart-notification-product__name h4">${escapeHtml(item.product_title)}</h3>${optionList(item)}</div>
</div>`,
    )
    .join('\n');
}

/** sections/cart-notification-button: the "View cart (n)" label. */
export function renderCartNotificationButton(cart: CartJson): string {
  return `View cart (${cart.item_count})`;
}

export function cartPage(view: StorefrontView): ThemePage {
  const main = `<div id="shopify-section-${CART_ITEMS_SECTION_ID}" class="shopify-section">${renderMainCartItems(view.cart)}</div>
<div id="shopify-section-${CART_FOOTER_SECTION_ID}" class="shopify-section cart__footer-wrapper">${renderMainCartFooter(view.cart)}</div>`;
  return { ...cartTemplateData(view), scripts: ['cart.js'], main };
}
