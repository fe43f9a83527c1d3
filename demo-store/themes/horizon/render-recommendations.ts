// sections/product-recommendations: the product page prints an empty shell whose script fetches
// /recommendations/products?limit=4&product_id=…&section_id=…&intent=related and swaps in this
// same section rendered with cards (each available card carrying its quick add).
import type { CatalogueProduct } from '../../catalogue.js';
import type { StorefrontView } from '../demo-theme.js';
import { renderProductGrid } from './render-product-card.js';

export const RECOMMENDATIONS_SECTION_ID = 'template--2__product_recommendations_qggXJq';
const MAX_PRODUCTS = 4;

function renderRecommendations(productId: string, products: readonly CatalogueProduct[] | undefined): string {
  const performed = products !== undefined;
  return `<product-recommendations id="product-recommendations-${RECOMMENDATIONS_SECTION_ID}" class="product-recommendations" data-url="/recommendations/products?limit=${MAX_PRODUCTS}" data-section-id="${RECOMMENDATIONS_SECTION_ID}" data-product-id="${productId}" data-intent="related" data-testid="product-recommendations-section" data-recommendations-performed="${performed}">
  <div class="section section--page-width section-resource-list spacing-style gap-style">
    ${performed && products.length > 0 ? `<div class="section-resource-list__header"><h2 class="h4">You may also like</h2></div>${renderProductGrid(products, RECOMMENDATIONS_SECTION_ID)}` : ''}
  </div>
</product-recommendations>`;
}

/** What the product page prints before the script has fetched anything. */
export function renderRecommendationsShell(product: CatalogueProduct): string {
  return `<div id="shopify-section-${RECOMMENDATIONS_SECTION_ID}" class="shopify-section">${renderRecommendations(String(product.id), undefined)}</div>`;
}

/** The section as the recommendations endpoint renders it (?section_id= with product_id). */
export function renderRecommendationsSection(view: StorefrontView): string {
  const productId = view.query.get('product_id') ?? '';
  const source = view.catalogue.products.find((product) => String(product.id) === productId);
  const related = source ? view.catalogue.products.filter((product) => product !== source).slice(0, MAX_PRODUCTS) : [];
  return renderRecommendations(productId, related);
}
