// snippets/card-product: `.card__heading a.full-unstyled-link[href="/products/…"]`, the price,
// the "Sold out"/"Sale" badge and, where the section turns it on, Dawn's standard quick add:
// a one-variant product gets its own product form and "Add to cart" submit (name=add); a
// multi-variant one gets a "Choose options" button (also type=submit name=add, outside any
// form) that opens a quick-add modal filled from the product page.

import { type CatalogueProduct, isProductAvailable, isVariantAvailable } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import { ICON_CLOSE, SPINNER } from '../../rendering/icons.js';
import { imagePath } from '../../rendering/product-images.js';
import { renderCardPrice } from './render-price.js';

export interface CardOptions {
  /** The section rendering the card: card ids are `{kind}-{section}-{product id}`. */
  sectionId: string;
  /** Dawn's `quick_add` section setting (`bulk` is not modelled). */
  quickAdd: 'none' | 'standard';
}

function badge(product: CatalogueProduct, sectionId: string): string {
  const id = `Badge-${sectionId}-${product.id}`;
  if (!isProductAvailable(product)) return `<span id="${id}" class="badge badge--bottom-left color-scheme-3">Sold out</span>`;
  const onSale = product.variants.some((variant) => variant.compareAtPriceCents !== null && variant.compareAtPriceCents > variant.priceCents);
  return onSale ? `<span id="${id}" class="badge badge--bottom-left color-scheme-4">Sale</span>` : '';
}

function renderQuickAdd(product: CatalogueProduct, sectionId: string): string {
  const formId = `quick-add-${sectionId}${product.id}`;
  const labelledBy = `${formId}-submit title-${sectionId}-${product.id}`;
  if (product.variants.length > 1) {
    return `<div class="quick-add no-js-hidden">
  <modal-opener data-modal="#QuickAdd-${product.id}">
    <button id="${formId}-submit" type="submit" name="add" class="quick-add__submit button button--full-width button--secondary" aria-haspopup="dialog" aria-labelledby="${labelledBy}" data-product-url="/products/${escapeHtml(product.handle)}">Choose options<div class="loading__spinner hidden">${SPINNER}</div></button>
  </modal-opener>
  <quick-add-modal id="QuickAdd-${product.id}" class="quick-add-modal">
    <div role="dialog" aria-label="Choose options for ${escapeHtml(product.title)}" aria-modal="true" class="quick-add-modal__content global-settings-popup" tabindex="-1">
      <button id="ModalClose-${product.id}" type="button" class="quick-add-modal__toggle" aria-label="Close">${ICON_CLOSE}</button>
      <div id="QuickAddInfo-${product.id}" class="quick-add-modal__content-info"></div>
    </div>
  </quick-add-modal>
</div>`;
  }
  const variant = product.variants[0];
  const available = variant !== undefined && isVariantAvailable(variant);
  return `<div class="quick-add no-js-hidden">
  <product-form data-section-id="${sectionId}">
    <form method="post" action="/cart/add" id="${formId}" accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓">
      <input type="hidden" name="id" value="${variant?.id ?? ''}" class="product-variant-id"${available ? '' : ' disabled'}>
      <button id="${formId}-submit" type="submit" name="add" class="quick-add__submit button button--full-width button--secondary" aria-haspopup="dialog" aria-labelledby="${labelledBy}" aria-live="polite" data-sold-out-message="true"${available ? '' : ' disabled'}>
        <span>${available ? 'Add to cart' : 'Sold out'}</span><span class="sold-out-message hidden">Sold out</span>
        <div class="loading__spinner hidden">${SPINNER}</div>
      </button>
      <input type="hidden" name="product-id" value="${product.id}"><input type="hidden" name="section-id" value="${sectionId}">
    </form>
  </product-form>
</div>`;
}

export function renderProductCard(product: CatalogueProduct, options: CardOptions): string {
  const { sectionId } = options;
  const image = product.images[0];
  const media = image
    ? `<div class="card__media"><div class="media media--transparent media--hover-effect"><img src="${escapeHtml(imagePath(image, 533))}" sizes="(min-width: 1200px) 267px, (min-width: 990px) calc((100vw - 130px) / 4), (min-width: 750px) calc((100vw - 120px) / 3), calc((100vw - 35px) / 2)" alt="${escapeHtml(image.alt)}" class="motion-reduce" loading="lazy" width="${image.width}" height="${image.height}"></div></div>`
    : '';
  return `<div class="card-wrapper product-card-wrapper underline-links-hover">
  <div class="card card--standard card--media" style="--ratio-percent: 100%;">
    <div class="card__inner color-scheme-2 gradient ratio" style="--ratio-percent: 100%;">
      ${media}
      <div class="card__content"><div class="card__badge bottom left">${badge(product, sectionId)}</div></div>
    </div>
    <div class="card__content">
      <div class="card__information">
        <h3 class="card__heading h5" id="title-${sectionId}-${product.id}"><a href="/products/${escapeHtml(product.handle)}" id="CardLink-${sectionId}-${product.id}" class="full-unstyled-link" aria-labelledby="CardLink-${sectionId}-${product.id} Badge-${sectionId}-${product.id}">${escapeHtml(product.title)}</a></h3>
        <div class="card-information"><span class="caption-large light"></span>${renderCardPrice(product)}</div>
      </div>
      ${options.quickAdd === 'standard' ? renderQuickAdd(product, sectionId) : ''}
    </div>
  </div>
</div>`;
}

/** A product grid whose items reveal on scroll one after another (`data-cascade`). */
export function renderProductGrid(products: readonly CatalogueProduct[], options: CardOptions & { gridId?: string }): string {
  const items = products
    .map(
      (product, index) =>
        `<li class="grid__item scroll-trigger animate--slide-in" data-cascade style="--animation-order: ${index + 1};">${renderProductCard(product, options)}</li>`,
    )
    .join('\n');
  return `<ul id="${options.gridId ?? 'product-grid'}" class="grid product-grid grid--2-col-tablet-down grid--4-col-desktop" role="list">${items}</ul>`;
}
