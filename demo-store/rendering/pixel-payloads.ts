// Web Pixels API payload shapes (SHOPIFY-FACTS §4.2): what the server hands the
// pixel runtime for the events of a page load. Amounts are decimal numbers in
// the presentment currency, never cents, because that is what vendors receive.

import { type CatalogueProduct, type CatalogueVariant, SHOP, variantImage } from '../catalogue.js';
import type { CartJson, LineItemJson } from '../cart/cart-json.js';
import { imagePath } from './product-images.js';

export interface MoneyV2 {
  amount: number;
  currencyCode: string;
}

export type PixelEventName = 'page_viewed' | 'product_viewed' | 'collection_viewed' | 'search_submitted' | 'cart_viewed' | 'checkout_started';

export interface PixelEvent {
  name: PixelEventName;
  data: Record<string, unknown>;
}

export function money(cents: number): MoneyV2 {
  return { amount: Number((cents / 100).toFixed(2)), currencyCode: SHOP.currency };
}

export function pixelVariant(origin: string, product: CatalogueProduct, variant: CatalogueVariant) {
  const image = variantImage(product, variant);
  return {
    id: String(variant.id),
    title: variant.title,
    untranslatedTitle: variant.title,
    sku: variant.sku,
    image: { src: image ? `${origin}${imagePath(image)}` : null },
    price: money(variant.priceCents),
    product: {
      id: String(product.id),
      title: product.title,
      untranslatedTitle: product.title,
      type: product.productType,
      vendor: product.vendor,
      url: `/products/${product.handle}`,
    },
  };
}

export function pixelLineVariant(item: LineItemJson) {
  return {
    id: String(item.variant_id),
    title: item.variant_title ?? 'Default Title',
    untranslatedTitle: item.variant_title ?? 'Default Title',
    sku: item.sku,
    image: { src: item.image },
    price: money(item.final_price),
    product: {
      id: String(item.product_id),
      title: item.product_title,
      untranslatedTitle: item.product_title,
      type: item.product_type,
      vendor: item.vendor,
      url: item.url,
    },
  };
}

export function pixelCart(cart: CartJson) {
  if (cart.item_count === 0) return null;
  return {
    id: cart.token,
    attributes: Object.entries(cart.attributes).map(([key, value]) => ({ key, value })),
    cost: { totalAmount: money(cart.total_price) },
    lines: cart.items.map((item) => ({
      cost: { totalAmount: money(item.final_line_price) },
      merchandise: pixelLineVariant(item),
      quantity: item.quantity,
    })),
    totalQuantity: cart.item_count,
  };
}

/** The Checkout object of checkout_started, built from the cart being checked out. */
export function pixelCheckout(cart: CartJson, checkoutToken: string) {
  return {
    token: checkoutToken,
    currencyCode: SHOP.currency,
    totalPrice: money(cart.total_price),
    subtotalPrice: money(cart.items_subtotal_price),
    totalTax: money(0),
    discountsAmount: money(0),
    shippingLine: { price: money(0) },
    lineItems: cart.items.map((item) => ({
      id: item.key,
      title: item.product_title,
      quantity: item.quantity,
      variant: pixelLineVariant(item),
      finalLinePrice: money(item.final_line_price),
      discountAllocations: [] as unknown[],
      properties: [] as unknown[],
      sellingPlanAllocation: null,
    })),
    order: null,
    email: null,
    phone: null,
    attributes: [] as unknown[],
  };
}
