// sections/main-product in Dawn's default block order (vendor, title, price with the payment terms
// form, variant picker, quantity, buy buttons, description, collapsible rows), then the
// related-products section. `product-info#MainProduct-{section}` wraps the whole section and
// `section#ProductInfo-{section}` the info column, as in Dawn 15. The same renderer answers the
// Section Rendering API, which product-info.js calls on every option change.

import type { CatalogueProduct } from '../../catalogue.js';
import { escapeHtml, jsonForScript } from '../../rendering/html.js';
import { SPINNER } from '../../rendering/icons.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { LIQUID_ERROR_TEXT, productStructuredData, productTemplateData } from '../template-data.js';
import { type ProductSelection, resolveSelection } from './product-selection.js';
import { renderBuyButtons, renderInstallmentForm } from './render-buy-buttons.js';
import { renderVariantPrice } from './render-price.js';
import { renderProductMedia } from './render-product-media.js';
import { renderRelatedProductsPlaceholder } from './render-related-products.js';
import { type PickerType, renderVariantPicker } from './render-variant-picker.js';

/** A product JSON template: `product.json` (pills) or the alternate `product.dropdown.json`. */
export interface ProductTemplate {
  /** The template's section id prefix, e.g. `template--1`. */
  id: string;
  pickerType: PickerType;
}

export const PRODUCT_TEMPLATES = {
  default: { id: 'template--1', pickerType: 'button' },
  dropdown: { id: 'template--7', pickerType: 'dropdown' },
} as const satisfies Record<string, ProductTemplate>;

/** The merchant assigned the dropdown template to one product (its template suffix). */
const TEMPLATE_SUFFIX_BY_HANDLE: Readonly<Record<string, keyof typeof PRODUCT_TEMPLATES>> = { 'leather-wallet': 'dropdown' };

export const PRODUCT_SECTION_ID = `${PRODUCT_TEMPLATES.default.id}__main`;
const LOW_STOCK_THRESHOLD = 10;

/** `?view=dropdown` renders the alternate template, like Shopify's `?view=` for any template suffix. */
export function productTemplateFor(view: StorefrontView, product: CatalogueProduct): ProductTemplate {
  const requested = view.query.get('view');
  if (requested === 'dropdown' || requested === 'default') return PRODUCT_TEMPLATES[requested];
  return PRODUCT_TEMPLATES[TEMPLATE_SUFFIX_BY_HANDLE[product.handle] ?? 'default'];
}

function renderQuantity(view: StorefrontView, sectionId: string, product: CatalogueProduct, selection: ProductSelection): string {
  const inCart = view.cart.items.filter((item) => item.variant_id === selection.variant?.id).reduce((sum, item) => sum + item.quantity, 0);
  return `<div id="Quantity-Form-${sectionId}" class="product-form__input product-form__quantity">
  <span class="visually-hidden" id="quantity-label-${sectionId}">${inCart > 0 ? `Quantity (${inCart} in cart)` : 'Quantity'}</span>
  <label class="quantity__label form__label" for="Quantity-${sectionId}" aria-labelledby="quantity-label-${sectionId}"><span aria-hidden="true">Quantity</span> <span class="quantity__rules-cart${inCart > 0 ? '' : ' hidden'}" aria-hidden="true"><div class="loading__spinner hidden">${SPINNER}</div><span>(${inCart} in cart)</span></span></label>
  <div class="price-per-item__container"><quantity-input class="quantity" data-url="/products/${escapeHtml(product.handle)}" data-section="${sectionId}"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Decrease quantity for ${escapeHtml(product.title)}</span><span class="svg-wrapper" aria-hidden="true">−</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-${sectionId}" data-cart-quantity="${inCart}" data-min="1" min="1" step="1" value="1" form="product-form-${sectionId}"><button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${escapeHtml(product.title)}</span><span class="svg-wrapper" aria-hidden="true">+</span></button></quantity-input></div>
  <div class="quantity__rules caption" id="Quantity-Rules-${sectionId}"></div>
</div>`;
}

function renderInventory(sectionId: string, selection: ProductSelection): string {
  const variant = selection.variant;
  const low = variant !== null && variant.inventoryManagement === 'shopify' && variant.inventoryQuantity > 0 && variant.inventoryQuantity <= LOW_STOCK_THRESHOLD;
  return `<p class="product__inventory${low ? '' : ' visibility-hidden'}" id="Inventory-${sectionId}" role="status">${low ? `Low stock: ${variant.inventoryQuantity} left` : ''}</p>`;
}

const COLLAPSIBLE_ROWS = ['Materials', 'Shipping & Returns', 'Dimensions', 'Care Instructions'];

function renderCollapsibleRows(sectionId: string): string {
  return COLLAPSIBLE_ROWS.map(
    (heading, index) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-${index}-${sectionId}"><summary><div class="summary__title"><h2 class="h4 accordion__title inline-richtext">${escapeHtml(heading)}</h2></div></summary><div class="accordion__content rte" id="ProductAccordion-collapsible-row-${index}-${sectionId}"></div></details></div>`,
  ).join('\n');
}

/** The `product-info` element: what the section API returns and what quick add lifts into its modal. */
export function renderMainProduct(view: StorefrontView, product: CatalogueProduct, template: ProductTemplate): string {
  const sectionId = `${template.id}__main`;
  const selection = resolveSelection(view.catalogue, product, view.query);
  const buyInput = { sectionId, product, variant: selection.variant, lockIdInput: view.faults.has('id_input_disabled') };
  const url = `/products/${escapeHtml(product.handle)}`;
  const price = selection.variant ? renderVariantPrice(selection.variant) : '';
  return `<product-info id="MainProduct-${sectionId}" class="section-${sectionId}-padding gradient color-scheme-1" data-section="${sectionId}" data-product-id="${product.id}" data-update-url="true" data-url="${url}">
<div class="page-width">
<div class="product product--large product--left product--stacked product--mobile-hide grid grid--1-col grid--2-col-tablet">
  <div class="grid__item product__media-wrapper">${renderProductMedia(sectionId, product, selection.variant)}</div>
  <div class="product__info-wrapper grid__item scroll-trigger animate--slide-in">
    <section id="ProductInfo-${sectionId}" class="product__info-container product__column-sticky">
      <p class="product__text inline-richtext caption-with-letter-spacing">${escapeHtml(product.vendor)}</p>
      <div class="product__title"><h1>${escapeHtml(product.title)}</h1><a href="${url}" class="product__title"><h2 class="h1">${escapeHtml(product.title)}</h2></a></div>
      <div id="price-${sectionId}" role="status"${selection.variant ? '' : ' class="hidden"'}>${price}</div>
      <div class="product__tax caption rte">Shipping calculated at checkout.</div>
      ${renderInstallmentForm(buyInput)}
      ${view.faults.has('liquid_error') ? LIQUID_ERROR_TEXT : ''}
      ${renderVariantPicker({ host: view.host, sectionId, pickerType: template.pickerType, product, variant: selection.variant, selectedValues: selection.values })}
      ${renderInventory(sectionId, selection)}
      ${renderQuantity(view, sectionId, product, selection)}
      ${renderBuyButtons(buyInput)}
      <div class="product__description rte quick-add-hidden">${product.descriptionHtml}</div>
      ${renderCollapsibleRows(sectionId)}
      <a href="${url}" class="link product__view-details animate-arrow">View full details</a>
    </section>
  </div>
</div>
</div>
</product-info>`;
}

/** `?section_id={template}__main` on a product URL: the path names the product. */
export function renderMainProductSection(view: StorefrontView, template: ProductTemplate): string {
  const handle = /\/products\/([^/?.]+)/.exec(view.path)?.[1];
  const product = handle ? view.catalogue.productByHandle(decodeURIComponent(handle)) : undefined;
  return product ? renderMainProduct(view, product, template) : '';
}

export function productPage(view: StorefrontView, product: CatalogueProduct): ThemePage {
  const template = productTemplateFor(view, product);
  const selection = resolveSelection(view.catalogue, product, view.query);
  const variantForData = selection.variant ?? view.catalogue.selectedVariant(product, undefined);
  const main = `<section id="shopify-section-${template.id}__main" class="shopify-section section">${renderMainProduct(view, product, template)}
${view.faults.has('missing_json_ld') ? '' : `<script type="application/ld+json">${jsonForScript(productStructuredData(view, product))}</script>`}
</section>
<section id="shopify-section-${template.id}__related-products" class="shopify-section section">${renderRelatedProductsPlaceholder(`${template.id}__related-products`, product)}</section>`;
  return {
    ...productTemplateData(view, product, variantForData),
    scripts: ['product-info.js', 'product-form.js', 'quick-add.js', 'payment-button.js'],
    main,
  };
}
