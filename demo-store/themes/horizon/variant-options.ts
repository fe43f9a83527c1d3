// The variant facts Horizon's picker prints: option value ids (Shopify's
// product_option_value.id, which the picker sends back as ?option_values=), which value is
// "available" given the other selections, and which variant a set of values resolves to.
import { type CatalogueProduct, type CatalogueVariant, isVariantAvailable } from '../../catalogue.js';

/** A stable, Shopify-shaped id for one option value (13 digits, unique per product/option/value). */
export function optionValueId(product: CatalogueProduct, position: number, index: number): number {
  return 2_000_000_000_000 + (product.id % 1_000_000_000) * 100 + position * 10 + index;
}

/** The variant carrying `value` at `position` with the other options as currently selected. */
export function variantForValue(product: CatalogueProduct, selected: CatalogueVariant, position: number, value: string): CatalogueVariant | undefined {
  return product.variants.find((variant) =>
    variant.options.every((optionValue, index) => (index === position ? optionValue === value : optionValue === selected.options[index])),
  );
}

/**
 * Liquid's product_option_value.available: some buyable variant has this value together with the
 * values selected for the options before it (Shopify's top-down rule, the one Dawn follows too).
 */
export function isOptionValueAvailable(product: CatalogueProduct, selected: CatalogueVariant, position: number, value: string): boolean {
  return product.variants.some(
    (variant) =>
      isVariantAvailable(variant) &&
      variant.options[position] === value &&
      selected.options.slice(0, position).every((selectedValue, index) => variant.options[index] === selectedValue),
  );
}

/**
 * The variant a product URL asks for: ?option_values= (what Horizon's picker fetches) wins,
 * then ?variant=, then the catalogue's selected_or_first_available_variant.
 */
export function requestedVariant(product: CatalogueProduct, query: URLSearchParams, pick: (id: number | undefined) => CatalogueVariant): CatalogueVariant {
  const optionValues = (query.get('option_values') ?? '').split(',').filter((id) => /^\d+$/.test(id)).map(Number);
  if (optionValues.length > 0) {
    const values = product.options.map((option, position) => {
      const index = option.values.findIndex((_, valueIndex) => optionValues.includes(optionValueId(product, position, valueIndex)));
      return index >= 0 ? option.values[index] : undefined;
    });
    const match = product.variants.find((variant) => variant.options.every((value, index) => values[index] === undefined || values[index] === value));
    if (match) return match;
  }
  const variant = query.get('variant');
  return pick(variant && /^\d+$/.test(variant) ? Number(variant) : undefined);
}
