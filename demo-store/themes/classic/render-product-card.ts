// snippets/product-card-grid: the whole card is one link (`a.grid-view-item__link` with the title
// in a visually-hidden span), the visible title is an aria-hidden div. Cards carry no forms:
// classic themes have no quick add, so a shopper must open the product page to buy.

import { type CatalogueProduct, isProductAvailable } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import { imagePath } from '../../rendering/product-images.js';
import { renderListingPrice } from './render-price.js';

export function renderProductCard(product: CatalogueProduct, sectionId: string): string {
  const image = product.images[0];
  const media = image
    ? `<div class="product-card__image-with-placeholder-wrapper">
    <div id="ProductCardImageWrapper-${sectionId}-${product.id}" class="grid-view-item__image-wrapper product-card__image-wrapper">
      <div style="padding-top:100%;"><img id="ProductCardImage-${sectionId}-${product.id}" class="grid-view-item__image" src="${escapeHtml(imagePath(image, 360))}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}" loading="lazy"></div>
    </div>
  </div>`
    : '';
  return `<div class="grid-view-item${isProductAvailable(product) ? '' : ' grid-view-item--sold-out'} product-card">
  <a class="grid-view-item__link grid-view-item__image-container full-width-link" href="/products/${escapeHtml(product.handle)}"><span class="visually-hidden">${escapeHtml(product.title)}</span></a>
  ${media}
  <div class="h4 grid-view-item__title product-card__title" aria-hidden="true">${escapeHtml(product.title)}</div>
  ${renderListingPrice(product)}
</div>`;
}

/** `ul.grid.grid--uniform.grid--view-items` of cards, four across on desktop, two on phones. */
export function renderProductGrid(products: readonly CatalogueProduct[], sectionId: string): string {
  const items = products
    .map((product) => `<li class="grid__item grid__item--${sectionId} small--one-half medium-up--one-quarter">${renderProductCard(product, sectionId)}</li>`)
    .join('\n');
  return `<ul class="grid grid--uniform grid--view-items">${items}</ul>`;
}
