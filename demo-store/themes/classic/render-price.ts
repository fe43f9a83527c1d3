// snippets/product-price (product page) and product-price-listing (cards): a `dl.price` whose
// modifier classes (price--on-sale, price--sold-out) pick which group Debut's CSS shows. The
// product page's theme.js flips the same classes and `[data-regular-price]`/`[data-sale-price]`
// texts when the shopper picks another variant, so keep the two in step.

import { type CatalogueProduct, type CatalogueVariant, isProductAvailable, isVariantAvailable } from '../../catalogue.js';
import { formatMoney } from '../../rendering/html.js';

interface PriceInput {
  priceCents: number;
  compareAtPriceCents: number | null;
  available: boolean;
  /** "from $X" on cards of products whose variant prices differ. */
  fromPrice: boolean;
  listing: boolean;
}

function renderPriceList(input: PriceInput): string {
  const onSale = input.compareAtPriceCents !== null && input.compareAtPriceCents > input.priceCents;
  const classes = ['price', input.available ? '' : 'price--sold-out', onSale ? 'price--on-sale' : '', input.listing ? 'price--listing' : ''].filter(Boolean).join(' ');
  const amount = input.fromPrice ? `from ${formatMoney(input.priceCents)}` : formatMoney(input.priceCents);
  const compareAt = onSale && input.compareAtPriceCents !== null ? formatMoney(input.compareAtPriceCents) : '';
  return `<dl class="${classes}" data-price>
  <div class="price__pricing-group">
    <div class="price__regular">
      <dt><span class="visually-hidden visually-hidden--inline">Regular price</span></dt>
      <dd><span class="price-item price-item--regular" data-regular-price>${amount}</span></dd>
    </div>
    <div class="price__sale">
      <dt><span class="visually-hidden visually-hidden--inline">Sale price</span></dt>
      <dd><span class="price-item price-item--sale" data-sale-price>${amount}</span></dd>
      <dt><span class="visually-hidden visually-hidden--inline">Regular price</span></dt>
      <dd><s class="price-item price-item--regular" data-compare-price>${compareAt}</s></dd>
    </div>
    <div class="price__badges">
      <span class="price__badge price__badge--sale" aria-hidden="true"><span>Sale</span></span>
      <span class="price__badge price__badge--sold-out"><span>Sold out</span></span>
    </div>
  </div>
</dl>`;
}

export function renderVariantPrice(variant: CatalogueVariant): string {
  return renderPriceList({ priceCents: variant.priceCents, compareAtPriceCents: variant.compareAtPriceCents, available: isVariantAvailable(variant), fromPrice: false, listing: false });
}

export function renderListingPrice(product: CatalogueProduct): string {
  const prices = product.variants.map((variant) => variant.priceCents);
  const cheapest = product.variants.reduce((best, variant) => (variant.priceCents < best.priceCents ? variant : best));
  return renderPriceList({
    priceCents: cheapest.priceCents,
    compareAtPriceCents: cheapest.compareAtPriceCents,
    available: isProductAvailable(product),
    fromPrice: Math.min(...prices) !== Math.max(...prices),
    listing: true,
  });
}
