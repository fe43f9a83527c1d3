// The sticky add-to-cart bar product-information prints before its content (on by default).
// Its button is type="button": a click presses the main form's Add to cart button for it.
// sticky-add-to-cart.js shows it (data-stuck="true") once the main buy buttons scroll away.
import { type CatalogueProduct, type CatalogueVariant, hasOnlyDefaultVariant, isVariantAvailable, variantImage } from '../../catalogue.js';
import { escapeHtml, formatMoney } from '../../rendering/html.js';
import { imagePath } from '../../rendering/product-images.js';
import { ICON_ADD_TO_CART, ICON_CHECKMARK_BURST } from './horizon-icons.js';

export function renderStickyAddToCart(product: CatalogueProduct, variant: CatalogueVariant): string {
  const available = isVariantAvailable(variant);
  const image = variantImage(product, variant);
  const singleton = hasOnlyDefaultVariant(product);
  return `<sticky-add-to-cart class="sticky-add-to-cart" data-variant-available="${available}" data-product-id="${product.id}" data-current-variant-id="${variant.id}" data-initial-quantity="1" data-default-variant-title="Default Title">
  <div class="sticky-add-to-cart__bar color-custom-popover" data-stuck="false" ref="stickyBar" role="region" aria-label="Quick add to cart bar">
    ${image ? `<div class="sticky-add-to-cart__image"><img src="${escapeHtml(imagePath(image, 120))}" alt="${escapeHtml(image.alt || product.title)}" width="120" height="120" loading="lazy" class="sticky-add-to-cart__image-img" data-testid="sticky-product-image" ref="productImage"></div>` : ''}
    <div class="sticky-add-to-cart__info" data-has-image="${Boolean(image)}" data-singleton="${singleton}">
      <p class="sticky-add-to-cart__title" data-testid="sticky-product-title">${escapeHtml(product.title)}</p>
      <div class="sticky-add-to-cart__variant" data-testid="sticky-variant-title"${singleton ? ' style="display: none;"' : ''}>${singleton ? '' : escapeHtml(variant.title)}</div>
    </div>
    <div class="sticky-add-to-cart__price" data-testid="sticky-price-display"><span class="price">${formatMoney(variant.priceCents)}</span></div>
    <button type="button" class="sticky-add-to-cart__button add-to-cart-button button" ref="addToCartButton" on:click="/handleAddToCartClick"${available ? '' : ' disabled'}>
      <span class="add-to-cart-text">${available ? `<span class="svg-wrapper">${ICON_ADD_TO_CART}</span>` : ''}<span class="add-to-cart-text__content"><span>${available ? 'Add to cart' : 'Sold out'}</span><span ref="quantityDisplay" style="display: none;"> (<span ref="quantityNumber">1</span>)</span></span></span>
      <span class="add-to-cart__added"><span class="svg-wrapper add-to-cart__added-icon">${ICON_CHECKMARK_BURST}</span></span>
    </button>
  </div>
</sticky-add-to-cart>`;
}
