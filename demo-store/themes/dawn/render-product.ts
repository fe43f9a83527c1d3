// sections/main-product with snippets/buy-buttons: the page Add-to-cart
// monitors act on. Selectors are Dawn's (product-info, variant-selects,
// product-form > form#product-form-{section}, input.product-variant-id,
// button#ProductSubmitButton-{section}); faults change only what they name.

import { type CatalogueProduct, type CatalogueVariant, isVariantAvailable, variantImage } from '../../catalogue.js';
import { escapeHtml, jsonForScript } from '../../html.js';
import { ICON_ERROR, SPINNER } from '../../icons.js';
import { imagePath } from '../../product-images.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { LIQUID_ERROR_TEXT, productStructuredData, productTemplateData } from '../template-data.js';
import { renderVariantPrice } from './render-price.js';
import { renderVariantPicker } from './render-variant-picker.js';

export const PRODUCT_SECTION_ID = 'template--1__main';
const LOW_STOCK_THRESHOLD = 10;


function renderMedia(product: CatalogueProduct, selected: CatalogueVariant): string {
  const featured = variantImage(product, selected);
  const ordered = featured ? [featured, ...product.images.filter((image) => image !== featured)] : product.images;
  const items = ordered
    .map(
      (image, index) => `<li id="Slide-${PRODUCT_SECTION_ID}-${image.id}" class="product__media-item grid__item${index === 0 ? ' is-active' : ' product__media-item--thumbnail'}" data-media-id="${PRODUCT_SECTION_ID}-${image.id}">
  <div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height" style="--ratio: 1.0;">
    <div class="product__media media media--transparent"><img src="${escapeHtml(imagePath(image, index === 0 ? 1100 : 300))}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"${index === 0 ? ' fetchpriority="high"' : ' loading="lazy"'}></div>
  </div>
</li>`,
    )
    .join('\n');
  return `<media-gallery id="MediaGallery-${PRODUCT_SECTION_ID}" role="region" class="product__column-sticky" aria-label="Gallery Viewer" data-desktop-layout="stacked">
  <div id="GalleryViewer-${PRODUCT_SECTION_ID}" class="slider-mobile-gutter"><ul id="Slider-Gallery-${PRODUCT_SECTION_ID}" class="product__media-list contains-media grid grid--peek list-unstyled" role="list">${items}</ul></div>
</media-gallery>`;
}

function renderBuyButtons(view: StorefrontView, product: CatalogueProduct, selected: CatalogueVariant): string {
  const available = isVariantAvailable(selected);
  const formId = `product-form-${PRODUCT_SECTION_ID}`;
  // id_input_disabled: a customised snippet that dropped the product-variant-id class,
  // so product-form.js never finds the input to re-enable it.
  const idInput = view.faults.has('id_input_disabled')
    ? `<input type="hidden" name="id" value="${selected.id}" disabled>`
    : `<input type="hidden" name="id" value="${selected.id}" class="product-variant-id"${available ? '' : ' disabled'}>`;
  return `<div id="Quantity-Form-${PRODUCT_SECTION_ID}" class="product-form__input product-form__quantity">
  <label class="quantity__label form__label" for="Quantity-${PRODUCT_SECTION_ID}">Quantity</label>
  <quantity-input class="quantity"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Decrease quantity for ${escapeHtml(product.title)}</span>−</button><input class="quantity__input" type="number" name="quantity" id="Quantity-${PRODUCT_SECTION_ID}" data-min="1" min="1" step="1" value="1" form="${formId}"><button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${escapeHtml(product.title)}</span>+</button></quantity-input>
</div>
<div id="Product-buy-buttons-${PRODUCT_SECTION_ID}">
<product-form class="product-form" data-hide-errors="false" data-section-id="${PRODUCT_SECTION_ID}">
  <div class="product-form__error-message-wrapper" role="alert" hidden><span class="svg-wrapper">${ICON_ERROR}</span><span class="product-form__error-message"></span></div>
  <form method="post" action="/cart/add" id="${formId}" accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form">
    <input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓">
    ${idInput}
    <div class="product-form__buttons">
      <button id="ProductSubmitButton-${PRODUCT_SECTION_ID}" type="submit" name="add" class="product-form__submit button button--full-width button--secondary"${available ? '' : ' disabled'}>
        <span>${available ? 'Add to cart' : 'Sold out'}</span>
        <div class="loading__spinner hidden">${SPINNER}</div>
      </button>
    </div>
    <input type="hidden" name="product-id" value="${product.id}"><input type="hidden" name="section-id" value="${PRODUCT_SECTION_ID}">
  </form>
</product-form>
</div>`;
}

export function productPage(view: StorefrontView, product: CatalogueProduct, requestedVariantId: number | undefined): ThemePage {
  const selected = view.catalogue.selectedVariant(product, requestedVariantId);
  const lowStock = selected.inventoryManagement === 'shopify' && selected.inventoryQuantity > 0 && selected.inventoryQuantity <= LOW_STOCK_THRESHOLD;
  const liquidError = view.faults.has('liquid_error') ? LIQUID_ERROR_TEXT : '';
  const main = `<section id="MainProduct-${PRODUCT_SECTION_ID}" class="section-${PRODUCT_SECTION_ID}-padding gradient color-scheme-1" data-section="${PRODUCT_SECTION_ID}">
<div class="page-width">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet">
  <div class="grid__item product__media-wrapper">${renderMedia(product, selected)}</div>
  <div class="product__info-wrapper grid__item">
    <product-info id="ProductInfo-${PRODUCT_SECTION_ID}" class="product__info-container product__column-sticky" data-section="${PRODUCT_SECTION_ID}" data-product-id="${product.id}" data-update-url="true" data-url="/products/${escapeHtml(product.handle)}">
      <p class="product__text inline-richtext caption-with-letter-spacing">${escapeHtml(product.vendor.toUpperCase())}</p>
      <div class="product__title"><h1>${escapeHtml(product.title)}</h1></div>
      <div id="price-${PRODUCT_SECTION_ID}" role="status">${renderVariantPrice(selected)}</div>
      ${liquidError}
      <div class="product__tax caption rte">Shipping calculated at checkout.</div>
      ${renderVariantPicker({ host: view.host, sectionId: PRODUCT_SECTION_ID, product, selected })}
      <p class="product__inventory${lowStock ? '' : ' visibility-hidden'}" id="Inventory-${PRODUCT_SECTION_ID}" role="status">${lowStock ? `Low stock: ${selected.inventoryQuantity} left` : ''}</p>
      ${renderBuyButtons(view, product, selected)}
      <div class="product__description rte quick-add-hidden">${product.descriptionHtml}</div>
    </product-info>
  </div>
</div>
</div>
<script type="application/ld+json">${jsonForScript(productStructuredData(view, product))}</script>
</section>`;
  return {
    ...productTemplateData(view, product, selected),
    scripts: ['product-info.js', 'product-form.js'],
    main,
  };
}
