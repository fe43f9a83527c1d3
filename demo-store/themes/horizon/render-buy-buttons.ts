// blocks/buy-buttons with its static quantity, add-to-cart and accelerated-checkout blocks,
// plus snippets/add-to-cart-button (shared with quick add). Horizon never renders the hidden
// id input disabled; only the id_input_disabled fault (a customised snippet) does.
import { type CatalogueProduct, type CatalogueVariant, isVariantAvailable, variantImage } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import { imagePath } from '../../rendering/product-images.js';
import type { StorefrontView } from '../demo-theme.js';
import { ICON_ADD_TO_CART, ICON_CHECKMARK_BURST, ICON_ERROR, ICON_MINUS, ICON_PLUS } from './horizon-icons.js';

export interface AddToCartButtonInput {
  product: CatalogueProduct;
  variant: CatalogueVariant;
  text: string;
  canAdd: boolean;
  className: string;
  id?: string;
  testId?: string;
}

/** snippets/add-to-cart-button: add-to-cart-component > button[type=submit][name=add]. */
export function renderAddToCartButton(input: AddToCartButtonInput): string {
  const image = variantImage(input.product, input.variant);
  return `<add-to-cart-component ref="addToCartButtonContainer" data-product-variant-media="${image ? escapeHtml(imagePath(image, 100)) : ''}" data-add-to-cart-animation="true">
  <button${input.id ? ` id="${input.id}"` : ''} type="submit" name="add" ref="addToCartButton" on:click="/handleClick" class="button ${input.className}"${input.testId ? ` data-testid="${input.testId}"` : ''}${input.canAdd ? '' : ' disabled'}>
    ${input.canAdd ? `<span aria-hidden="true" class="svg-wrapper add-to-cart-icon">${ICON_ADD_TO_CART}</span>` : ''}${escapeHtml(input.text)}
    <span class="add-to-cart__added"><span class="svg-wrapper add-to-cart__added-icon">${ICON_CHECKMARK_BURST}</span></span>
  </button>
</add-to-cart-component>`;
}

/** Shopify's Liquid `form 'product'` opening tag with its two hidden fields. */
export function productFormOpen(id: string, className = 'shopify-product-form', extra = ''): string {
  return `<form method="post" action="/cart/add" id="${id}" accept-charset="UTF-8" class="${className}" enctype="multipart/form-data"${extra}><input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓">`;
}

/** snippets/quantity-selector for the product form (name="quantity"). */
function renderQuantitySelector(variant: CatalogueVariant): string {
  const disabled = isVariantAvailable(variant) ? '' : ' disabled';
  return `<div class="quantity-selector-wrapper" ref="quantitySelectorWrapper">
  <quantity-selector-component class="quantity-selector" data-variant-id="${variant.id}" ref="quantitySelector">
    <button class="button quantity-minus button-unstyled" type="button" name="minus" on:click="/decreaseQuantity" ref="minusButton"><span class="visually-hidden">Decrease quantity</span><span class="svg-wrapper icon-plus">${ICON_MINUS}</span></button>
    <input type="number" name="quantity" value="1" data-cart-quantity="0" min="1" data-min="1" on:blur="/setQuantity" ref="quantityInput" aria-live="polite" aria-label="Quantity" step="1"${disabled}>
    <button class="button quantity-plus button-unstyled" type="button" name="plus" on:click="/increaseQuantity" ref="plusButton"><span class="visually-hidden">Increase quantity</span><span class="svg-wrapper icon-plus">${ICON_PLUS}</span></button>
  </quantity-selector-component>
</div>`;
}

/** `{{ form | payment_button }}`: Shopify's dynamic checkout ("Buy it now" when no wallet applies). */
function renderPaymentButton(variant: CatalogueVariant): string {
  return `<div data-shopify="payment-button" class="shopify-payment-button"><shopify-accelerated-checkout recommended="" fallback="" variant-id="${variant.id}"><button type="button" class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></shopify-accelerated-checkout></div>`;
}

export function renderBuyButtons(view: StorefrontView, sectionId: string, product: CatalogueProduct, variant: CatalogueVariant): string {
  const available = isVariantAvailable(variant);
  // Horizon says "Sold out" for a tracked variant at zero stock, "Unavailable" otherwise.
  const text = available ? 'Add to cart' : 'Sold out';
  const formId = `BuyButtons-ProductForm-${sectionId}`;
  const idDisabled = view.faults.has('id_input_disabled') ? ' disabled' : '';
  return `<span class="buy-buttons-block buy-buttons-block--buy_buttons">
<product-form-component data-section-id="${sectionId}" data-product-id="${product.id}" data-product-url="/products/${escapeHtml(product.handle)}" on:submit="/handleSubmit" data-quantity-default="1" data-quantity-error-max="You can add a maximum of {{ maximum }} to your cart.">
  <div class="visually-hidden" aria-live="assertive" role="status" aria-atomic="true" ref="liveRegion"></div>
  ${productFormOpen(formId, 'shopify-product-form', ' data-type="add-to-cart-form"')}
    <input type="hidden" name="id" ref="variantId" value="${variant.id}"${idDisabled}>
    <div class="product-form-buttons spacing-style product-form-buttons--stacked" ref="productFormButtons">
      <span class="product-form-text__error hidden" ref="addToCartTextError"><span class="svg-wrapper">${ICON_ERROR}</span> </span>
      ${renderQuantitySelector(variant)}
      <span>${renderAddToCartButton({ product, variant, text, canAdd: available, className: 'add-to-cart-button button button--add-to-cart', id: 'BuyButtons-ProductSubmitButton-add-to-cart', testId: 'standalone-add-to-cart' })}</span>
      <div class="accelerated-checkout-block" ref="acceleratedCheckoutButtonContainer"${available ? '' : ' hidden'}>${renderPaymentButton(variant)}</div>
    </div>
  </form>
</product-form-component>
</span>`;
}
