// snippets/price.liquid. The modifier classes (price--on-sale, price--sold-out)
// are what Dawn's CSS and monitors key on; the product page's variant picker
// re-renders this same markup client-side, so keep the two in step.

import { type CatalogueProduct, type CatalogueVariant, isProductAvailable, isVariantAvailable } from '../../catalogue.js';
import { formatMoneyWithCurrency } from '../../rendering/html.js';

export interface PriceInput {
  priceCents: number;
  compareAtPriceCents: number | null;
  available: boolean;
  /** Product-page size and badges; cards use the compact form. */
  large: boolean;
  /** "From $X" on cards of products whose variant prices differ. */
  fromPrice?: boolean;
}

export function renderPrice(input: PriceInput): string {
  const onSale = input.compareAtPriceCents !== null && input.compareAtPriceCents > input.priceCents;
  const classes = ['price', input.large ? 'price--large' : '', onSale ? 'price--on-sale' : '', input.available ? '' : 'price--sold-out', 'price--show-badge']
    .filter(Boolean)
    .join(' ');
  const amount = `${input.fromPrice ? 'From ' : ''}${formatMoneyWithCurrency(input.priceCents)}`;
  const compareAt = onSale && input.compareAtPriceCents !== null ? formatMoneyWithCurrency(input.compareAtPriceCents) : '';
  return `<div class="${classes}">
  <div class="price__container">
    <div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${amount}</span></div>
    <div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><span><s class="price-item price-item--regular">${compareAt}</s></span><span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale price-item--last">${amount}</span></div>
  </div>
  ${input.large ? '<span class="badge price__badge-sale color-scheme-4">Sale</span><span class="badge price__badge-sold-out color-scheme-3">Sold out</span>' : ''}
</div>`;
}

export function renderVariantPrice(variant: CatalogueVariant): string {
  return renderPrice({ priceCents: variant.priceCents, compareAtPriceCents: variant.compareAtPriceCents, available: isVariantAvailable(variant), large: true });
}

export function renderCardPrice(product: CatalogueProduct): string {
  const prices = product.variants.map((variant) => variant.priceCents);
  const cheapest = product.variants.reduce((best, variant) => (variant.priceCents < best.priceCents ? variant : best));
  return renderPrice({
    priceCents: cheapest.priceCents,
    compareAtPriceCents: cheapest.compareAtPriceCents,
    available: isProductAvailable(product),
    large: false,
    fromPrice: Math.min(...prices) !== Math.max(...prices),
  });
}
