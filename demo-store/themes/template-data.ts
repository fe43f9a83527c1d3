// What a template tells the platform whatever the theme renders: the title, page type, the
// ShopifyAnalytics product, the standard pixel events and the product JSON-LD. Each theme's
// templates spread these into their ThemePage and add only their own markup (`main`).
import type { CatalogueCollection, CatalogueProduct, CatalogueVariant } from '../catalogue.js';
import { SHOP, hasOnlyDefaultVariant, isVariantAvailable, variantName } from '../catalogue.js';
import { decimalString } from '../rendering/html.js';
import { pixelCart, pixelVariant } from '../rendering/pixel-payloads.js';
import { imagePath } from '../rendering/product-images.js';
import type { StorefrontView, ThemePage } from './demo-theme.js';

type TemplateData = Omit<ThemePage, 'main' | 'scripts' | 'headExtra'>;

function firstVariants(view: StorefrontView, products: readonly CatalogueProduct[]) {
  return products.flatMap((product) => (product.variants[0] ? [pixelVariant(view.origin, product, product.variants[0])] : []));
}

export function productTemplateData(view: StorefrontView, product: CatalogueProduct, selected: CatalogueVariant): TemplateData {
  return {
    title: product.title,
    pageType: 'product',
    resourceType: 'product',
    resourceId: product.id,
    canonicalPath: `/products/${product.handle}`,
    description: product.descriptionHtml.replace(/<[^>]+>/g, ''),
    analyticsProduct: {
      id: product.id,
      gid: `gid://shopify/Product/${product.id}`,
      vendor: product.vendor,
      type: product.productType,
      handle: product.handle,
      variants: product.variants.map((variant) => ({ id: variant.id, price: variant.priceCents, name: variantName(product, variant), public_title: hasOnlyDefaultVariant(product) ? null : variant.title, sku: variant.sku })),
      remote: false,
    },
    pixelEvents: [{ name: 'product_viewed', data: { productVariant: pixelVariant(view.origin, product, selected) } }],
  };
}

/** `{{ product | structured_data }}`: Product for a single variant, ProductGroup otherwise. */
export function productStructuredData(view: StorefrontView, product: CatalogueProduct): Record<string, unknown> {
  const url = `${view.origin}/products/${product.handle}`;
  const offer = (variant: CatalogueVariant) => ({
    '@type': 'Offer',
    availability: isVariantAvailable(variant) ? 'http://schema.org/InStock' : 'http://schema.org/OutOfStock',
    price: decimalString(variant.priceCents),
    priceCurrency: SHOP.currency,
    url: `${url}?variant=${variant.id}`,
  });
  const images = product.images.map((image) => `${view.origin}${imagePath(image)}`);
  const base = { '@context': 'http://schema.org/', name: product.title, description: product.descriptionHtml.replace(/<[^>]+>/g, ''), brand: { '@type': 'Brand', name: product.vendor }, image: images };
  const first = product.variants[0];
  if (hasOnlyDefaultVariant(product) && first) return { ...base, '@type': 'Product', url, sku: first.sku, offers: offer(first) };
  return {
    ...base,
    '@type': 'ProductGroup',
    productGroupID: String(product.id),
    url,
    variesBy: product.options.map((option) => option.name),
    hasVariant: product.variants.map((variant) => ({ '@type': 'Product', name: variantName(product, variant), sku: variant.sku, url: `${url}?variant=${variant.id}`, offers: offer(variant) })),
  };
}

export function collectionTemplateData(view: StorefrontView, collection: CatalogueCollection, products: readonly CatalogueProduct[]): TemplateData {
  return {
    title: collection.title,
    pageType: 'collection',
    resourceType: 'collection',
    resourceId: collection.id,
    canonicalPath: `/collections/${collection.handle}`,
    pixelEvents: [{ name: 'collection_viewed', data: { collection: { id: String(collection.id), title: collection.title, productVariants: firstVariants(view, products) } } }],
  };
}

export function searchTemplateData(view: StorefrontView, terms: string, results: readonly CatalogueProduct[]): TemplateData {
  return {
    title: terms ? `Search: ${results.length} results found for "${terms}"` : 'Search',
    pageType: 'searchresults',
    canonicalPath: '/search',
    pixelEvents: terms ? [{ name: 'search_submitted', data: { searchResult: { query: terms, productVariants: firstVariants(view, results) } } }] : [],
  };
}

export function cartTemplateData(view: StorefrontView): TemplateData {
  return { title: 'Your Shopping Cart', pageType: 'cart', canonicalPath: '/cart', pixelEvents: [{ name: 'cart_viewed', data: { cart: pixelCart(view.cart) } }] };
}

/** The text Shopify prints inline when a Liquid tag fails at render time (liquid_error fault). */
export const LIQUID_ERROR_TEXT = 'Liquid error (sections/main-product line 42): comparison of String with 0 failed';
