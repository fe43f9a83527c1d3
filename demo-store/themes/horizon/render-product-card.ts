// snippets/product-card with the _product-card-gallery block and snippets/quick-add. Quick add
// is on by default (desktop: shown on hover; mobile_quick_add is off by default, so phones only
// get the card link). Only available products get it: a single-variant product gets a real
// product form with an "Add" button, every other product a type="button" "Choose" button.
import { type CatalogueProduct, hasOnlyDefaultVariant, isProductAvailable, isVariantAvailable } from '../../catalogue.js';
import { escapeHtml, formatMoney } from '../../rendering/html.js';
import { imagePath } from '../../rendering/product-images.js';
import { ICON_ADD_TO_CART } from './horizon-icons.js';
import { productFormOpen, renderAddToCartButton } from './render-buy-buttons.js';

function renderQuickAdd(product: CatalogueProduct, sectionId: string): string {
  const variant = product.variants.find(isVariantAvailable) ?? product.variants[0];
  if (!variant) return '';
  const single = hasOnlyDefaultVariant(product);
  const add = single
    ? `<product-form-component data-section-id="${sectionId}" data-product-id="${product.id}" on:submit="/handleSubmit" class="quick-add__product-form-component">
    <div class="visually-hidden" aria-live="assertive" role="status" aria-atomic="true" ref="liveRegion"></div>
    ${productFormOpen(`QuickAdd-ProductForm-${product.id}-static-product-card`, 'shopify-product-form', ' novalidate="novalidate" data-type="add-to-cart-form"')}
      <input type="hidden" name="id" ref="variantId" value="${variant.id}">
      <input type="hidden" name="quantity" value="1">
      ${renderAddToCartButton({ product, variant, text: 'Add', canAdd: true, className: 'quick-add__button quick-add__button--add add-to-cart-button' })}
    </form>
  </product-form-component>`
    : '';
  const choose = single
    ? ''
    : `<button class="button quick-add__button quick-add__button--choose add-to-cart-button" type="button" name="add" on:click="quick-add-component/handleClick"><span aria-hidden="true" class="svg-wrapper add-to-cart-icon">${ICON_ADD_TO_CART}</span>Choose</button>`;
  return `<quick-add-component class="quick-add custom-color-quick-add" ref="quickAdd" data-product-title="${escapeHtml(product.title)}" data-product-id="${product.id}" data-product-url="/products/${escapeHtml(product.handle)}" data-quick-add-button="${single ? 'add' : 'choose'}" data-product-options-count="${product.options.length}">
  ${add}${choose}
</quick-add-component>`;
}

function renderCardPrice(product: CatalogueProduct): string {
  const cheapest = product.variants.reduce((best, variant) => (variant.priceCents < best.priceCents ? variant : best));
  const onSale = cheapest.compareAtPriceCents !== null && cheapest.compareAtPriceCents > cheapest.priceCents;
  return `<product-price class="text-block h6" data-product-id="${product.id}"><div ref="priceContainer"><span class="price">${formatMoney(cheapest.priceCents)}</span>${onSale ? `<span class="compare-at-price"><span class="visually-hidden">Regular price&nbsp;</span>${formatMoney(cheapest.compareAtPriceCents ?? 0)}</span>` : ''}</div></product-price>`;
}

export function renderProductCard(product: CatalogueProduct, sectionId: string): string {
  const image = product.images[0];
  const available = isProductAvailable(product);
  const onSale = product.variants.some((variant) => variant.compareAtPriceCents !== null && variant.compareAtPriceCents > variant.priceCents);
  const badge = !available ? '<div class="product-badges"><span class="product-badges__badge product-badges__badge--rectangle">Sold out</span></div>' : onSale ? '<div class="product-badges"><span class="product-badges__badge product-badges__badge--rectangle">Sale</span></div>' : '';
  return `<li class="product-grid__item" data-product-id="${product.id}">
<product-card class="product-card size-style" data-product-id="${product.id}" data-product-url="/products/${escapeHtml(product.handle)}" id="product-card-${sectionId}-${product.id}">
  <a href="/products/${escapeHtml(product.handle)}" class="product-card__link" ref="productCardLink"><span class="visually-hidden">${escapeHtml(product.title)}</span></a>
  <div class="product-card__content layout-panel-flex layout-panel-flex--column">
    <div class="card-gallery">
      ${image ? `<img src="${escapeHtml(imagePath(image, 600))}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}" loading="lazy" class="product-media__image">` : ''}
      ${badge}
      ${available ? renderQuickAdd(product, sectionId) : ''}
    </div>
    <div class="text-block text-block--product-title"><p><a href="/products/${escapeHtml(product.handle)}" class="product-card__title-link">${escapeHtml(product.title)}</a></p></div>
    ${renderCardPrice(product)}
  </div>
</product-card>
</li>`;
}

/** snippets/product-grid / resource-list: a list of cards. */
export function renderProductGrid(products: readonly CatalogueProduct[], sectionId: string): string {
  return `<ul class="product-grid resource-list resource-list--grid list-unstyled" data-testid="product-grid">${products.map((product) => renderProductCard(product, sectionId)).join('\n')}</ul>`;
}
