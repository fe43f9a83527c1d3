// The cart and line-item objects of the Ajax Cart API (/cart.js), field for
// field as Shopify documents them; money is integer cents of the presentment
// currency. Lines whose variant vanished from the catalogue are left out.

import { type Catalogue, type CatalogueProduct, type CatalogueVariant, hasOnlyDefaultVariant, SHOP, variantImage, variantName } from '../catalogue.js';
import type { Cart, CartLine } from './cart-store.js';
import { imagePath } from '../rendering/product-images.js';

export type LineItemJson = ReturnType<typeof lineItemJson>;
export type CartJson = ReturnType<typeof cartJson>;

function plainText(html: string): string {
  return html.replace(/<[^>]+>/g, '').trim();
}

export function lineItemJson(origin: string, product: CatalogueProduct, variant: CatalogueVariant, line: CartLine) {
  const image = variantImage(product, variant);
  const imageUrl = image ? `${origin}${imagePath(image)}` : null;
  const defaultOnly = hasOnlyDefaultVariant(product);
  const linePrice = variant.priceCents * line.quantity;
  return {
    id: variant.id,
    properties: line.properties,
    quantity: line.quantity,
    variant_id: variant.id,
    key: line.key,
    title: variantName(product, variant),
    price: variant.priceCents,
    original_price: variant.priceCents,
    presentment_price: variant.priceCents / 100,
    discounted_price: variant.priceCents,
    line_price: linePrice,
    original_line_price: linePrice,
    total_discount: 0,
    discounts: [] as unknown[],
    sku: variant.sku,
    grams: variant.grams,
    vendor: product.vendor,
    taxable: true,
    product_id: product.id,
    product_has_only_default_variant: defaultOnly,
    gift_card: false,
    final_price: variant.priceCents,
    final_line_price: linePrice,
    url: `/products/${product.handle}?variant=${variant.id}`,
    featured_image: image
      ? { aspect_ratio: image.width / image.height, alt: image.alt, height: image.height, url: imageUrl, width: image.width }
      : null,
    image: imageUrl,
    handle: product.handle,
    requires_shipping: true,
    product_type: product.productType,
    product_title: product.title,
    product_description: plainText(product.descriptionHtml),
    variant_title: defaultOnly ? null : variant.title,
    variant_options: variant.options,
    options_with_values: product.options.map((option, index) => ({ name: option.name, value: variant.options[index] ?? '' })),
    line_level_discount_allocations: [] as unknown[],
    line_level_total_discount: 0,
    quantity_rule: { min: 1, max: null, increment: 1 },
    has_components: false,
  };
}

export function cartLinesJson(origin: string, catalogue: Catalogue, lines: readonly CartLine[]): LineItemJson[] {
  return lines.flatMap((line) => {
    const match = catalogue.variantById(line.variantId);
    return match ? [lineItemJson(origin, match.product, match.variant, line)] : [];
  });
}

export function cartJson(origin: string, catalogue: Catalogue, cart: Cart) {
  const items = cartLinesJson(origin, catalogue, cart.lines);
  const total = items.reduce((sum, item) => sum + item.final_line_price, 0);
  return {
    token: cart.token,
    note: cart.note,
    attributes: cart.attributes,
    original_total_price: total,
    total_price: total,
    total_discount: 0,
    total_weight: items.reduce((sum, item) => sum + item.grams * item.quantity, 0),
    item_count: items.reduce((sum, item) => sum + item.quantity, 0),
    items,
    requires_shipping: items.length > 0,
    currency: SHOP.currency,
    items_subtotal_price: total,
    cart_level_discount_applications: [] as unknown[],
  };
}
