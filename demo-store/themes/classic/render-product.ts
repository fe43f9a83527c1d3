// sections/product-template + product-recommendations, as Debut renders them with "Show quantity
// selector" and "Show dynamic checkout button" on and the Ajax cart popup off: one
// `form[action="/cart/add"]` (Liquid's `form 'product'`) holding a visible `select` per option,
// the hidden master `select[name=id]` theme.js keeps in step with them, the quantity field,
// `button[name=add]` and Shopify's "Buy it now" button. Submitting is a native post → 302 /cart.

import { type CatalogueProduct, type CatalogueVariant, SHOP, hasOnlyDefaultVariant, isVariantAvailable, variantImage } from '../../catalogue.js';
import { decimalString, escapeHtml, jsonForScript } from '../../rendering/html.js';
import { productAjaxJson } from '../../rendering/product-json.js';
import { imagePath } from '../../rendering/product-images.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { LIQUID_ERROR_TEXT, productTemplateData } from '../template-data.js';
import { renderVariantPrice } from './render-price.js';
import { renderProductGrid } from './render-product-card.js';

export const PRODUCT_SECTION_ID = 'product-template';
const RECOMMENDATIONS_LIMIT = 4;

function renderMedia(product: CatalogueProduct, selected: CatalogueVariant): string {
  const featured = variantImage(product, selected);
  const main = featured
    ? `<div id="FeaturedMedia-${PRODUCT_SECTION_ID}-wrapper" class="product-single__media-wrapper" data-product-single-media-wrapper>
  <div class="product-single__media" style="padding-top:100%;"><img id="FeaturedMedia-${PRODUCT_SECTION_ID}" class="feature-row__image product-featured-media" src="${escapeHtml(imagePath(featured, 1024))}" alt="${escapeHtml(featured.alt)}" width="${featured.width}" height="${featured.height}" data-product-featured-media></div>
</div>`
    : '';
  if (product.images.length < 2) return main;
  const thumbnails = product.images
    .map(
      (image) => `<li class="product-single__thumbnails-item product-single__thumbnails-item--medium js"><a href="${escapeHtml(imagePath(image, 1024))}" class="text-link product-single__thumbnail product-single__thumbnail--${PRODUCT_SECTION_ID}${image === featured ? ' active-thumb' : ''}" data-thumbnail-id="${PRODUCT_SECTION_ID}-${image.id}"${image === featured ? ' aria-current="true"' : ''}><img class="product-single__thumbnail-image" src="${escapeHtml(imagePath(image, 220))}" alt="Load image into Gallery viewer, ${escapeHtml(image.alt)}" width="110" height="110"></a></li>`,
    )
    .join('\n');
  return `${main}
<div data-thumbnail-slider><div class="thumbnails-wrapper" data-slider><ul class="product-single__thumbnails product-single__thumbnails-${PRODUCT_SECTION_ID}" data-slider-container>${thumbnails}</ul></div></div>`;
}

function renderOptionSelectors(product: CatalogueProduct, selected: CatalogueVariant): string {
  if (hasOnlyDefaultVariant(product)) return '';
  const selectors = product.options
    .map((option, position) => {
      const values = option.values
        .map((value) => `<option value="${escapeHtml(value)}"${selected.options[position] === value ? ' selected="selected"' : ''}>${escapeHtml(value)}</option>`)
        .join('');
      return `<div class="selector-wrapper js product-form__item">
  <label for="SingleOptionSelector-${position}">${escapeHtml(option.name)}</label>
  <select class="single-option-selector single-option-selector-${PRODUCT_SECTION_ID} product-form__input" id="SingleOptionSelector-${position}" data-index="option${position + 1}">${values}</select>
</div>`;
    })
    .join('\n');
  return `<div class="product-form__controls-group">${selectors}</div>`;
}

/** The master select classic themes post: every variant, sold-out ones disabled and labelled so. */
function renderMasterSelect(view: StorefrontView, product: CatalogueProduct, selected: CatalogueVariant): string {
  const options = product.variants
    .map((variant) => {
      const available = isVariantAvailable(variant);
      return `<option value="${variant.id}"${variant === selected ? ' selected="selected"' : ''}${available ? '' : ' disabled="disabled"'}>${escapeHtml(variant.title)}${available ? '' : ' - Sold out'}</option>`;
    })
    .join('\n');
  // id_input_disabled: a customised template left the master select disabled, so the post has no id.
  const disabled = view.faults.has('id_input_disabled') ? ' disabled="disabled"' : '';
  return `<select name="id" id="ProductSelect-${PRODUCT_SECTION_ID}" class="product-form__variants no-js"${disabled}>\n${options}\n</select>`;
}

function renderBuyButtons(product: CatalogueProduct, selected: CatalogueVariant): string {
  const available = isVariantAvailable(selected);
  const label = available ? 'Add to cart' : 'Sold out';
  return `<div class="product-form__controls-group">
  <div class="product-form__item">
    <label for="Quantity-${PRODUCT_SECTION_ID}">Quantity</label>
    <input type="number" id="Quantity-${PRODUCT_SECTION_ID}" name="quantity" value="1" min="1" pattern="[0-9]*" class="product-form__input product-form__input--quantity" data-quantity-input>
  </div>
</div>
<div class="product-form__error-message-wrapper product-form__error-message-wrapper--hidden product-form__error-message-wrapper--has-payment-button" data-error-message-wrapper role="alert">
  <span class="visually-hidden">Error </span><span class="product-form__error-message" data-error-message>Quantity must be 1 or more</span>
</div>
<div class="product-form__controls-group product-form__controls-group--submit">
  <div class="product-form__item product-form__item--submit product-form__item--payment-button${hasOnlyDefaultVariant(product) ? ' product-form__item--no-variants' : ''}">
    <button type="submit" name="add" id="AddToCart-${PRODUCT_SECTION_ID}" class="btn product-form__cart-submit btn--secondary-accent"${available ? '' : ' disabled="disabled"'} data-add-to-cart>
      <span id="AddToCartText-${PRODUCT_SECTION_ID}" data-add-to-cart-text>${label}</span>
    </button>
    <div data-shopify="payment-button" class="shopify-payment-button"><button type="button" class="shopify-payment-button__button shopify-payment-button__button--unbranded" data-testid="Checkout-button">Buy it now</button></div>
  </div>
</div>`;
}

/** The JSON-LD Debut's templates/product.liquid writes by hand: one Product, one Offer per variant. */
function productJsonLd(view: StorefrontView, product: CatalogueProduct, selected: CatalogueVariant): string {
  const image = product.images[0];
  return jsonForScript({
    '@context': 'http://schema.org/',
    '@type': 'Product',
    name: product.title,
    url: `${view.origin}/products/${product.handle}`,
    ...(image ? { image: [`${view.origin}${imagePath(image)}`] } : {}),
    description: product.descriptionHtml.replace(/<[^>]+>/g, ''),
    sku: selected.sku,
    brand: { '@type': 'Thing', name: product.vendor },
    offers: product.variants.map((variant) => ({
      '@type': 'Offer',
      sku: variant.sku,
      availability: `http://schema.org/${isVariantAvailable(variant) ? 'InStock' : 'OutOfStock'}`,
      price: Number(decimalString(variant.priceCents)),
      priceCurrency: SHOP.currency,
      url: `${view.origin}/products/${product.handle}?variant=${variant.id}`,
    })),
  });
}

function renderRecommendations(view: StorefrontView, product: CatalogueProduct): string {
  const others = view.catalogue.products.filter((candidate) => candidate.id !== product.id).slice(0, RECOMMENDATIONS_LIMIT);
  // Debut fetches this section from /recommendations/products after load; it is printed here already filled.
  return `<div id="shopify-section-product-recommendations" class="shopify-section">
<div class="page-width product-recommendations" data-base-url="/recommendations/products" data-product-id="${product.id}" data-section-id="product-recommendations" data-section-type="product-recommendations">
  <div class="product-recommendations__inner">
    <div class="section-header text-center"><h2>You may also like</h2></div>
    ${renderProductGrid(others, 'product-recommendations')}
  </div>
</div>
</div>`;
}

export function productPage(view: StorefrontView, product: CatalogueProduct, requestedVariantId: number | undefined): ThemePage {
  const selected = view.catalogue.selectedVariant(product, requestedVariantId);
  const soldOut = !isVariantAvailable(selected);
  const collectionHandle = /^\/collections\/([^/]+)\/products\//.exec(view.path)?.[1];
  const collection = collectionHandle ? view.catalogue.collectionByHandle(decodeURIComponent(collectionHandle)) : undefined;
  const main = `<div id="shopify-section-${PRODUCT_SECTION_ID}" class="shopify-section">
<div class="product-template__container page-width" id="ProductSection-${PRODUCT_SECTION_ID}" data-section-id="${PRODUCT_SECTION_ID}" data-section-type="product" data-enable-history-state="true" data-ajax-enabled="false">
  <div class="grid product-single product-single--medium-media">
    <div class="grid__item product-single__media-group medium-up--one-half" data-product-single-media-group>${renderMedia(product, selected)}</div>
    <div class="grid__item medium-up--one-half">
      <div class="product-single__meta">
        <h1 class="product-single__title">${escapeHtml(product.title)}</h1>
        <div class="product__price">${renderVariantPrice(selected)}</div>
        ${view.faults.has('liquid_error') ? LIQUID_ERROR_TEXT : ''}
        <div class="product__policies rte" data-product-policies><a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
        <form method="post" action="/cart/add" id="product_form_${product.id}" accept-charset="UTF-8" class="product-form product-form-${PRODUCT_SECTION_ID}${soldOut ? ' product-form--variant-sold-out' : ''}" enctype="multipart/form-data" novalidate="novalidate" data-product-form="">
          <input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓">
          ${renderOptionSelectors(product, selected)}
          ${renderMasterSelect(view, product, selected)}
          ${renderBuyButtons(product, selected)}
        </form>
      </div>
      <p class="visually-hidden" data-product-status aria-live="polite" role="status"></p>
      <div class="product-single__description rte">${product.descriptionHtml}</div>
      <div class="social-sharing">
        <a target="_blank" rel="noopener" href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(`${view.origin}/products/${product.handle}`)}" class="btn btn--small btn--share share-facebook"><span class="share-title" aria-hidden="true">Share</span><span class="visually-hidden">Share on Facebook</span></a>
        <a target="_blank" rel="noopener" href="https://twitter.com/share?url=${encodeURIComponent(`${view.origin}/products/${product.handle}`)}" class="btn btn--small btn--share share-twitter"><span class="share-title" aria-hidden="true">Tweet</span><span class="visually-hidden">Tweet on Twitter</span></a>
      </div>
    </div>
  </div>
</div>
<script type="application/json" id="ProductJson-${PRODUCT_SECTION_ID}">${jsonForScript(productAjaxJson(view.host, product))}</script>
</div>
${renderRecommendations(view, product)}
${collection ? `<div class="text-center return-link-wrapper page-width"><a href="/collections/${escapeHtml(collection.handle)}" class="btn btn--secondary btn--has-icon-before return-link">Back to ${escapeHtml(collection.title)}</a></div>` : ''}
<script>theme.productStrings = { addToCart: "Add to cart", soldOut: "Sold out", unavailable: "Unavailable" };</script>
<script type="application/ld+json">${productJsonLd(view, product, selected)}</script>`;
  return {
    ...productTemplateData(view, product, selected),
    scripts: ['product-form.js', 'payment-button.js'],
    main,
  };
}
