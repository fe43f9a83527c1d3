// sections/related-products: the product page prints an empty `product-recommendations`
// element; global.js fetches `/recommendations/products?limit=4&product_id=…&section_id=…`
// once it nears the viewport and swaps in the cards. Vanilla Dawn 15.4.1 renders these cards
// without quick add; this store models a merchant who turned quick add on (as Dawn's
// complementary-products block and many Dawn-based themes do), because real stores put extra
// /cart/add forms in recommendation cards and a monitor must not mistake them for the buy form.

import type { Catalogue, CatalogueProduct } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import type { StorefrontView } from '../demo-theme.js';
import { renderProductCard } from './render-product-card.js';

const DEFAULT_LIMIT = 4;

function attributesFor(sectionId: string, productId: number | string): string {
  return `class="related-products page-width section-${sectionId}-padding isolate scroll-trigger animate--slide-in" data-url="/recommendations/products?limit=${DEFAULT_LIMIT}" data-section-id="${sectionId}" data-product-id="${escapeHtml(productId)}"`;
}

/** What the product page itself prints: the element without recommendations. */
export function renderRelatedProductsPlaceholder(sectionId: string, product: CatalogueProduct): string {
  return `<div class="color-scheme-1 gradient"><product-recommendations ${attributesFor(sectionId, product.id)}></product-recommendations></div>`;
}

/** Shopify's "related" intent, simplified: same product type or a shared tag first, then the rest. */
function relatedProducts(catalogue: Catalogue, productId: number, limit: number): CatalogueProduct[] {
  const source = catalogue.products.find((product) => product.id === productId);
  if (!source) return [];
  const score = (product: CatalogueProduct): number =>
    (product.productType === source.productType ? 2 : 0) + (product.tags.some((tag) => source.tags.includes(tag)) ? 1 : 0);
  return catalogue.products
    .filter((product) => product.id !== source.id)
    .map((product, index) => ({ product, index, score: score(product) }))
    .sort((left, right) => right.score - left.score || left.index - right.index)
    .slice(0, limit)
    .map((entry) => entry.product);
}

/** `?section_id={template}__related-products`, answered on /recommendations/products. */
export function renderRelatedProductsSection(sectionId: string, view: StorefrontView): string {
  const productId = Number(view.query.get('product_id'));
  const limit = Math.min(Math.max(Number(view.query.get('limit')) || DEFAULT_LIMIT, 1), 10);
  const products = Number.isFinite(productId) ? relatedProducts(view.catalogue, productId, limit) : [];
  const body = products.length
    ? `<h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list">${products
        .map((product) => `<li class="grid__item">${renderProductCard(product, { sectionId, quickAdd: 'standard' })}</li>`)
        .join('\n')}</ul>`
    : '';
  return `<div class="color-scheme-1 gradient"><product-recommendations ${attributesFor(sectionId, view.query.get('product_id') ?? '')}>${body}</product-recommendations></div>`;
}
