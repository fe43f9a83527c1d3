// snippets/buy-buttons (main product form, Add to cart, dynamic checkout) and the payment terms
// form Dawn's price block renders above it. That installment form also posts to /cart/add and
// carries input[name=id] but no button; it comes FIRST in the document, which is what trips a
// monitor that takes "the first /cart/add form" for the buy form.

import { type CatalogueProduct, type CatalogueVariant, SHOP, isVariantAvailable } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import { ICON_ERROR, SPINNER } from '../../rendering/icons.js';

export interface BuyButtonsInput {
  sectionId: string;
  product: CatalogueProduct;
  /** Null when the selected option values match no variant ("Unavailable"). */
  variant: CatalogueVariant | null;
  /** id_input_disabled: the id input is rendered disabled and a custom script keeps it so. */
  lockIdInput: boolean;
}

/** What `{% form 'product' %}` prints before and after its body. */
function productFormOpen(id: string, className: string, extra = ''): string {
  return `<form method="post" action="/cart/add" id="${id}" accept-charset="UTF-8" class="${className}" enctype="multipart/form-data"${extra}><input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓">`;
}

function productFormClose(product: CatalogueProduct, sectionId: string): string {
  return `<input type="hidden" name="product-id" value="${product.id}"><input type="hidden" name="section-id" value="${sectionId}"></form>`;
}

/** The price block's `form 'product'` holding `{{ form | payment_terms }}` (Shop Pay Installments). */
export function renderInstallmentForm(input: BuyButtonsInput): string {
  const variantId = input.variant?.id ?? '';
  const meta = { type: 'product', currency_code: SHOP.currency, country_code: 'US', variants: input.product.variants.map((variant) => ({ id: variant.id, price_per_term: '', full_price: variant.priceCents, eligible: variant.priceCents >= 5000, available: isVariantAvailable(variant) })) };
  return `<div>${productFormOpen(`product-form-installment-${input.sectionId}`, 'installment caption-large')}
<input type="hidden" name="id" value="${variantId}">
<shopify-payment-terms variant-id="${variantId}" shopify-meta="${escapeHtml(JSON.stringify(meta))}"></shopify-payment-terms>
${productFormClose(input.product, input.sectionId)}</div>`;
}

/**
 * `{{ form | payment_button }}`: Shopify's dynamic checkout markup, server-rendered disabled and
 * brought to life by payment-button.js (our local stand-in for Shopify's script).
 */
function renderPaymentButton(input: BuyButtonsInput): string {
  const params = input.product.variants.map((variant) => ({ id: variant.id, requiresShipping: true, available: isVariantAvailable(variant) }));
  return `<div data-shopify="payment-button" class="shopify-payment-button">
<shopify-accelerated-checkout recommended="null" fallback="${escapeHtml(JSON.stringify({ name: 'buy_it_now', wallet_params: {} }))}" access-token="demo-storefront-token" buyer-country="US" buyer-locale="en" buyer-currency="${SHOP.currency}" variant-params="${escapeHtml(JSON.stringify(params))}" shop-id="${SHOP.id}">
<shopify-buy-it-now-button page-type="product_page"><button type="button" class="shopify-payment-button__button shopify-payment-button__button--unbranded" disabled aria-hidden="true">Buy it now</button></shopify-buy-it-now-button>
</shopify-accelerated-checkout>
<small id="shopify-buyer-consent" class="hidden" aria-hidden="true" data-consent-type="subscription">One or more of the items in your cart is a recurring or deferred purchase.</small>
</div>`;
}

function buttonLabel(variant: CatalogueVariant | null): string {
  if (!variant) return 'Unavailable';
  return isVariantAvailable(variant) ? 'Add to cart' : 'Sold out';
}

/**
 * A merchant's custom_liquid snippet ("pick a variant first") that disables the id input after
 * Dawn's product-form.js enabled it, and again on every change: the add posts no id.
 */
function renderIdInputLock(formId: string): string {
  return `<script>(function () {
  function lock() { var input = document.querySelector('#${formId} [name=id]'); if (input) input.disabled = true; }
  document.addEventListener('DOMContentLoaded', lock);
  document.addEventListener('change', function () { setTimeout(lock); });
  lock();
})();</script>`;
}

export function renderBuyButtons(input: BuyButtonsInput): string {
  const formId = `product-form-${input.sectionId}`;
  const buyable = input.variant !== null && isVariantAvailable(input.variant);
  const disabled = buyable && !input.lockIdInput ? '' : ' disabled';
  return `<div>
<product-form class="product-form" data-hide-errors="false" data-section-id="${input.sectionId}">
  <div class="product-form__error-message-wrapper" role="alert" hidden><span class="svg-wrapper">${ICON_ERROR}</span><span class="product-form__error-message"></span></div>
  ${productFormOpen(formId, 'form', ' novalidate="novalidate" data-type="add-to-cart-form"')}
    <input type="hidden" name="id" value="${input.variant?.id ?? ''}"${disabled} class="product-variant-id">
    <div class="product-form__buttons">
      <button id="ProductSubmitButton-${input.sectionId}" type="submit" name="add" class="product-form__submit button button--full-width button--secondary"${buyable ? '' : ' disabled'}>
        <span>${buttonLabel(input.variant)}</span>
        <div class="loading__spinner hidden">${SPINNER}</div>
      </button>
      ${renderPaymentButton(input)}
    </div>
  ${productFormClose(input.product, input.sectionId)}
</product-form>
${input.lockIdInput ? renderIdInputLock(formId) : ''}
</div>`;
}
