// Which variant a Dawn product page renders, and which option values it marks available.
// Dawn 15 asks for a variant by its option value ids (`?option_values=1,2`, sent by
// product-info.js on every option change) or by `?variant=ID`; without either Liquid's
// `selected_or_first_available_variant` applies. A combination no variant has is `null`,
// which Dawn renders as "Unavailable".

import { type Catalogue, type CatalogueProduct, type CatalogueVariant, isVariantAvailable } from '../../catalogue.js';

export interface ProductSelection {
  /** The variant to render; null when the requested option values match no variant. */
  variant: CatalogueVariant | null;
  /** The selected value per option position (what the picker shows checked). */
  values: string[];
}

/**
 * A stable stand-in for Shopify's `product_option_value.id`: derived from the product id, the
 * option position and the value's index, so the same value always gets the same id.
 */
export function optionValueId(product: CatalogueProduct, position: number, index: number): number {
  return (product.id % 1_000_000_000) * 1000 + (position + 1) * 100 + index;
}

function valuesFromIds(product: CatalogueProduct, ids: readonly number[]): string[] | undefined {
  const values = product.options.map((option, position) => {
    const index = option.values.findIndex((_value, candidate) => ids.includes(optionValueId(product, position, candidate)));
    return index < 0 ? undefined : option.values[index];
  });
  return values.every((value): value is string => value !== undefined) ? values : undefined;
}

/** Reads `option_values` first (Dawn 15's picker), then `variant`, then Liquid's default. */
export function resolveSelection(catalogue: Catalogue, product: CatalogueProduct, query: URLSearchParams): ProductSelection {
  const optionValues = query.get('option_values');
  if (optionValues) {
    const ids = optionValues.split(',').map(Number).filter(Number.isFinite);
    const values = valuesFromIds(product, ids);
    if (values) {
      const variant = product.variants.find((candidate) => candidate.options.every((value, index) => value === values[index])) ?? null;
      return { variant, values };
    }
  }
  const requested = query.get('variant');
  const variant = catalogue.selectedVariant(product, requested && /^\d+$/.test(requested) ? Number(requested) : undefined);
  return { variant, values: [...variant.options] };
}

/**
 * Shopify's `product_option_value.available`: some available variant has this value together
 * with the values selected for the options before it. Dawn greys out values that are not.
 */
export function isOptionValueAvailable(product: CatalogueProduct, selectedValues: readonly string[], position: number, value: string): boolean {
  return product.variants.some(
    (variant) =>
      isVariantAvailable(variant) &&
      variant.options[position] === value &&
      selectedValues.slice(0, position).every((selectedValue, index) => variant.options[index] === selectedValue),
  );
}
