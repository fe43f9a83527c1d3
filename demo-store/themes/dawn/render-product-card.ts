// snippets/card-product.liquid, reduced to what a shopper and a monitor use:
// `.card__heading a.full-unstyled-link[href="/products/…"]`, the price and the
// "Sold out"/"Sale" badge. Images carry width/height so cards never shift.

import { type CatalogueProduct, isProductAvailable } from '../../catalogue.js';
import { escapeHtml } from '../../html.js';
import { imagePath } from '../../product-images.js';
import { renderCardPrice } from './render-price.js';

function badge(product: CatalogueProduct): string {
  if (!isProductAvailable(product)) return `<span id="Badge-${product.id}" class="badge badge--bottom-left color-scheme-3">Sold out</span>`;
  const onSale = product.variants.some((variant) => variant.compareAtPriceCents !== null && variant.compareAtPriceCents > variant.priceCents);
  return onSale ? `<span id="Badge-${product.id}" class="badge badge--bottom-left color-scheme-4">Sale</span>` : '';
}

export function renderProductCard(product: CatalogueProduct): string {
  const image = product.images[0];
  const media = image
    ? `<div class="card__media"><div class="media media--transparent media--hover-effect"><img src="${escapeHtml(imagePath(image, 533))}" alt="${escapeHtml(image.alt)}" class="motion-reduce" loading="lazy" width="${image.width}" height="${image.height}"></div></div>`
    : '';
  return `<li class="grid__item">
  <div class="card-wrapper product-card-wrapper underline-links-hover">
    <div class="card card--standard card--media" style="--ratio-percent: 100%;">
      <div class="card__inner color-scheme-2 gradient ratio" style="--ratio-percent: 100%;">
        ${media}
        <div class="card__content"><div class="card__badge bottom left">${badge(product)}</div></div>
      </div>
      <div class="card__content">
        <div class="card__information">
          <h3 class="card__heading h5" id="title-${product.id}"><a href="/products/${escapeHtml(product.handle)}" id="CardLink-${product.id}" class="full-unstyled-link" aria-labelledby="CardLink-${product.id} Badge-${product.id}">${escapeHtml(product.title)}</a></h3>
          <div class="card-information"><span class="caption-large light"></span>${renderCardPrice(product)}</div>
        </div>
      </div>
    </div>
  </div>
</li>`;
}

export function renderProductGrid(products: readonly CatalogueProduct[], gridId = 'product-grid'): string {
  return `<ul id="${gridId}" class="grid product-grid grid--2-col-tablet-down grid--4-col-desktop" role="list">${products.map(renderProductCard).join('\n')}</ul>`;
}
