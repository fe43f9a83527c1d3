// sections/product-information as templates/product.json lays it out in a fresh Horizon
// install: the sticky add-to-cart bar first (it is printed before the content), then
// product-information-content with the media gallery and the product details group
// (title + price with installments form, divider, variant picker, buy buttons, description),
// then the product-recommendations section, which fills itself in after load.
import { type CatalogueProduct, type CatalogueVariant, hasOnlyDefaultVariant, isVariantAvailable, variantImage } from '../../catalogue.js';
import { escapeHtml, formatMoney, jsonForScript } from '../../rendering/html.js';
import { imagePath } from '../../rendering/product-images.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { LIQUID_ERROR_TEXT, productStructuredData, productTemplateData } from '../template-data.js';
import { productFormOpen, renderBuyButtons } from './render-buy-buttons.js';
import { renderRecommendationsShell } from './render-recommendations.js';
import { renderStickyAddToCart } from './render-sticky-add-to-cart.js';
import { renderVariantPicker } from './render-variant-picker.js';
import { requestedVariant } from './variant-options.js';

export const PRODUCT_SECTION_ID = 'template--2__main';
const PRICE_BLOCK_ID = 'price_tVjtKg';

/** snippets/price inside blocks/price (product-price), with the tax note and installments form. */
export function renderProductPrice(product: CatalogueProduct, variant: CatalogueVariant): string {
  const onSale = variant.compareAtPriceCents !== null && variant.compareAtPriceCents > variant.priceCents;
  const price = onSale
    ? `<span class="price-item__group price"><span class="visually-hidden">Sale price&nbsp;</span>${formatMoney(variant.priceCents)}</span><span class="price-item__group price-item--regular compare-at-price"><span class="visually-hidden">Regular price&nbsp;</span>${formatMoney(variant.compareAtPriceCents ?? 0)}</span>`
    : `<span class="price">${formatMoney(variant.priceCents)}</span>`;
  const installment = formatMoney(Math.round(variant.priceCents / 4));
  return `<product-price class="text-block text-block--align-left rte text-left paragraph spacing-style" data-block-id="${PRICE_BLOCK_ID}" data-product-id="${product.id}">
  <div ref="priceContainer">${price}</div>
  <div class="tax-note">Taxes included.</div>
  <div class="installments">
    ${productFormOpen(`product-form-installment-${PRICE_BLOCK_ID}`, 'payment-terms')}
      <input type="hidden" name="id" value="${variant.id}">
      <shopify-payment-terms variant-id="${variant.id}" shopify-meta=""><span class="shopify-installments">Pay in 4 interest-free installments of ${installment} with <b>Shop Pay</b></span></shopify-payment-terms>
    </form>
  </div>
</product-price>`;
}

function renderMediaGallery(product: CatalogueProduct, variant: CatalogueVariant): string {
  const featured = variantImage(product, variant);
  const ordered = featured ? [featured, ...product.images.filter((image) => image !== featured)] : product.images;
  const slides = ordered
    .map((image, index) => `<li class="product-media-container media-fit-contain" data-media-id="${image.id}"><img src="${escapeHtml(imagePath(image, 1100))}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"${index === 0 ? ' fetchpriority="high"' : ' loading="lazy"'} class="product-media__image"></li>`)
    .join('\n');
  return `<div class="product-information__media" data-testid="product-information-media">
  <media-gallery id="MediaGallery-${PRODUCT_SECTION_ID}" class="media-gallery media-gallery--grid media-gallery--two-column" data-presentation="grid" data-product-id="${product.id}">
    <ul class="media-gallery__grid list-unstyled">${slides}</ul>
  </media-gallery>
</div>`;
}

function renderDetails(view: StorefrontView, product: CatalogueProduct, variant: CatalogueVariant): string {
  return `<div class="product-details" id="ProductInformation-${PRODUCT_SECTION_ID}">
  <div class="group-block group-block--header">
    <div class="text-block text-block--title h3"><h1>${escapeHtml(product.title)}</h1></div>
    ${renderProductPrice(product, variant)}
  </div>
  ${view.faults.has('liquid_error') ? `<p class="liquid-error">${LIQUID_ERROR_TEXT}</p>` : ''}
  <hr class="divider" aria-hidden="true">
  ${renderVariantPicker({ host: view.host, sectionId: PRODUCT_SECTION_ID, blockId: 'variant_picker_R3rGDr', product, selected: variant })}
  ${renderBuyButtons(view, PRODUCT_SECTION_ID, product, variant)}
  <div class="text-block rte product-description">${product.descriptionHtml}</div>
  <details class="disclosure"><summary>Shipping &amp; returns</summary><div class="rte"><p>Free shipping over $75. Returns within 30 days.</p></div></details>
</div>`;
}

/** The section's own HTML (what ?section_id= and the full page both print inside the wrapper). */
export function renderProductInformation(view: StorefrontView, product: CatalogueProduct, variant: CatalogueVariant): string {
  return `<script type="application/ld+json">${jsonForScript(productStructuredData(view, product))}</script>
${renderStickyAddToCart(product, variant)}
<div class="section-background"></div>
<div class="product-information section section--page-width spacing-style relative" data-testid="product-information" data-variant-available="${isVariantAvailable(variant)}" data-single-variant="${hasOnlyDefaultVariant(product)}">
  <a class="skip-to-content-link button-secondary" href="#ProductInformation-${PRODUCT_SECTION_ID}">Skip to product information</a>
  <div class="product-information__grid product-information--media-left">
    ${renderMediaGallery(product, variant)}
    ${renderDetails(view, product, variant)}
  </div>
</div>`;
}

export function productPage(view: StorefrontView, product: CatalogueProduct): ThemePage {
  const variant = requestedVariant(product, view.query, (id) => view.catalogue.selectedVariant(product, id));
  const main = `<div id="shopify-section-${PRODUCT_SECTION_ID}" class="shopify-section">${renderProductInformation(view, product, variant)}</div>
${renderRecommendationsShell(product)}`;
  return { ...productTemplateData(view, product, variant), scripts: ['sticky-add-to-cart.js', 'product-recommendations.js'], main };
}
