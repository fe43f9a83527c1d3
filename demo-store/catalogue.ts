// Catalogue model and lookups. The data lives in catalogue-data.ts; this file
// turns it into the view a request sees, because some faults (sold_out_default)
// change inventory and every route must agree on the same faulted numbers.

import type { FaultName } from './faults/fault-registry.js';
import { soldOutDefaultFault } from './faults/sold-out-default.js';
import { COLLECTIONS, PRODUCTS } from './catalogue-data.js';

export const SHOP = {
  name: 'Nano Demo',
  domain: 'nano-demo.myshopify.com',
  id: 60123456789,
  currency: 'USD',
  themeId: 141234567890,
  themeStoreId: 887,
  vendor: 'Nano Demo',
} as const;

export interface CatalogueVariant {
  id: number;
  title: string;
  options: string[];
  priceCents: number;
  compareAtPriceCents: number | null;
  sku: string;
  barcode: string;
  grams: number;
  inventoryQuantity: number;
  /** null = not tracked (always available), like Shopify's inventory_management. */
  inventoryManagement: 'shopify' | null;
  imageId: number | null;
}

export interface CatalogueImage {
  id: number;
  file: string;
  width: number;
  height: number;
  alt: string;
}

export interface CatalogueProduct {
  id: number;
  handle: string;
  title: string;
  vendor: string;
  productType: string;
  tags: string[];
  descriptionHtml: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string;
  options: { name: string; values: string[] }[];
  variants: CatalogueVariant[];
  images: CatalogueImage[];
}

export interface CatalogueCollection {
  id: number;
  handle: string;
  title: string;
  descriptionHtml: string;
  /** 'all' mirrors Shopify's built-in /collections/all. */
  productHandles: string[] | 'all';
}

export interface VariantMatch {
  product: CatalogueProduct;
  variant: CatalogueVariant;
}

export function isVariantAvailable(variant: CatalogueVariant): boolean {
  return variant.inventoryManagement === null || variant.inventoryQuantity > 0;
}

export function isProductAvailable(product: CatalogueProduct): boolean {
  return product.variants.some(isVariantAvailable);
}

export function hasOnlyDefaultVariant(product: CatalogueProduct): boolean {
  return product.variants.length === 1 && product.variants[0]?.title === 'Default Title';
}

/** "Classic Tee - S / Black", or just the title for a default-variant product. */
export function variantName(product: CatalogueProduct, variant: CatalogueVariant): string {
  return hasOnlyDefaultVariant(product) ? product.title : `${product.title} - ${variant.title}`;
}

export function variantImage(product: CatalogueProduct, variant: CatalogueVariant): CatalogueImage | undefined {
  return product.images.find((image) => image.id === variant.imageId) ?? product.images[0];
}

/** Stock still addable for a variant; Infinity when inventory is not tracked. */
export function stockLimit(variant: CatalogueVariant): number {
  return variant.inventoryManagement === null ? Number.POSITIVE_INFINITY : Math.max(variant.inventoryQuantity, 0);
}

export class Catalogue {
  constructor(
    readonly products: readonly CatalogueProduct[],
    readonly collections: readonly CatalogueCollection[],
    private readonly preselectFirstVariant: boolean,
  ) {}

  productByHandle(handle: string): CatalogueProduct | undefined {
    return this.products.find((product) => product.handle === handle);
  }

  collectionByHandle(handle: string): CatalogueCollection | undefined {
    return this.collections.find((collection) => collection.handle === handle);
  }

  productsIn(collection: CatalogueCollection): CatalogueProduct[] {
    if (collection.productHandles === 'all') return [...this.products];
    return collection.productHandles
      .map((handle) => this.productByHandle(handle))
      .filter((product): product is CatalogueProduct => product !== undefined);
  }

  variantById(id: number): VariantMatch | undefined {
    for (const product of this.products) {
      const variant = product.variants.find((candidate) => candidate.id === id);
      if (variant) return { product, variant };
    }
    return undefined;
  }

  search(terms: string): CatalogueProduct[] {
    const words = terms.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return this.products.filter((product) => {
      const haystack = [product.title, product.productType, product.vendor, ...product.tags].join(' ').toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }

  /**
   * Liquid's `product.selected_or_first_available_variant`. Under sold_out_default
   * the theme is modelled as preselecting `product.variants.first` instead, which
   * is how a customised picker lands shoppers on a sold-out default.
   */
  selectedVariant(product: CatalogueProduct, requestedId: number | undefined): CatalogueVariant {
    const requested = product.variants.find((variant) => variant.id === requestedId);
    if (requested) return requested;
    const first = product.variants[0];
    if (!first) throw new Error(`product ${product.handle} has no variants`);
    if (this.preselectFirstVariant && product.variants.length > 1) return first;
    return product.variants.find(isVariantAvailable) ?? first;
  }
}

const catalogueCache = new Map<string, Catalogue>();

/** The catalogue as the active faults make it look; cached per fault set. */
export function catalogueFor(faults: ReadonlySet<FaultName>): Catalogue {
  const soldOutDefault = faults.has('sold_out_default');
  const key = soldOutDefault ? 'sold_out_default' : 'normal';
  const cached = catalogueCache.get(key);
  if (cached) return cached;
  const products = PRODUCTS.map((product) => (soldOutDefault ? soldOutDefaultFault.withFirstVariantSoldOut(product) : product));
  const catalogue = new Catalogue(products, COLLECTIONS, soldOutDefault);
  catalogueCache.set(key, catalogue);
  return catalogue;
}
