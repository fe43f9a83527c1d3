// The demo catalogue. Each product exists to exercise one storefront situation a
// monitor meets on real stores: multi-variant with a sold-out combination, a
// single "Default Title" variant, fully sold out, on sale, and low stock.
// Ids are shaped like real Shopify ids (13-digit products, 14-digit variants).

import type { CatalogueCollection, CatalogueImage, CatalogueProduct, CatalogueVariant } from './catalogue.js';

const CREATED_AT = '2025-01-15T10:00:00-05:00';
const UPDATED_AT = '2025-06-02T09:30:00-04:00';

function image(id: number, file: string, alt: string): CatalogueImage {
  return { id, file, width: 1000, height: 1000, alt };
}

interface VariantSeed {
  id: number;
  options: string[];
  priceCents: number;
  compareAtPriceCents?: number;
  inventory: number;
  tracked?: boolean;
  imageId?: number;
}

function variants(skuPrefix: string, seeds: VariantSeed[]): CatalogueVariant[] {
  return seeds.map((seed) => ({
    id: seed.id,
    title: seed.options.join(' / '),
    options: seed.options,
    priceCents: seed.priceCents,
    compareAtPriceCents: seed.compareAtPriceCents ?? null,
    sku: seed.options[0] === 'Default Title' ? skuPrefix : `${skuPrefix}-${seed.options.map((o) => o[0]).join('')}`,
    barcode: '',
    grams: 250,
    inventoryQuantity: seed.inventory,
    inventoryManagement: seed.tracked === false ? null : 'shopify',
    imageId: seed.imageId ?? null,
  }));
}

function product(fields: Omit<CatalogueProduct, 'vendor' | 'createdAt' | 'updatedAt' | 'publishedAt'>): CatalogueProduct {
  return { vendor: 'Nano Demo', createdAt: CREATED_AT, updatedAt: UPDATED_AT, publishedAt: CREATED_AT, ...fields };
}

const TEE_BLACK = 37012345678901;
const TEE_WHITE = 37012345678902;

export const PRODUCTS: readonly CatalogueProduct[] = [
  product({
    id: 8012345678901,
    handle: 'classic-tee',
    title: 'Classic Tee',
    productType: 'T-Shirt',
    tags: ['apparel', 'cotton', 'tee'],
    descriptionHtml: '<p>A heavyweight organic cotton tee with a relaxed fit. Pre-shrunk, garment dyed, made to last.</p>',
    options: [
      { name: 'Size', values: ['S', 'M', 'L'] },
      { name: 'Color', values: ['Black', 'White'] },
    ],
    // L / White is the sold-out combination.
    variants: variants('TEE', [
      { id: 45012345678901, options: ['S', 'Black'], priceCents: 2500, inventory: 20, imageId: TEE_BLACK },
      { id: 45012345678902, options: ['S', 'White'], priceCents: 2500, inventory: 20, imageId: TEE_WHITE },
      { id: 45012345678903, options: ['M', 'Black'], priceCents: 2500, inventory: 20, imageId: TEE_BLACK },
      { id: 45012345678904, options: ['M', 'White'], priceCents: 2500, inventory: 20, imageId: TEE_WHITE },
      { id: 45012345678905, options: ['L', 'Black'], priceCents: 2500, inventory: 20, imageId: TEE_BLACK },
      { id: 45012345678906, options: ['L', 'White'], priceCents: 2500, inventory: 0, imageId: TEE_WHITE },
    ]),
    images: [image(TEE_BLACK, 'classic-tee-black.svg', 'Classic Tee in black'), image(TEE_WHITE, 'classic-tee-white.svg', 'Classic Tee in white')],
  }),
  product({
    id: 8012345678902,
    handle: 'canvas-tote',
    title: 'Canvas Tote',
    productType: 'Bag',
    tags: ['accessories', 'bag'],
    descriptionHtml: '<p>Sturdy 16 oz canvas tote with an inside pocket. Carries a week of groceries.</p>',
    options: [{ name: 'Title', values: ['Default Title'] }],
    variants: variants('TOTE', [{ id: 45012345678911, options: ['Default Title'], priceCents: 3200, inventory: 50 }]),
    images: [image(37012345678911, 'canvas-tote.svg', 'Canvas Tote')],
  }),
  product({
    id: 8012345678903,
    handle: 'wool-beanie',
    title: 'Wool Beanie',
    productType: 'Hat',
    tags: ['accessories', 'apparel', 'wool'],
    descriptionHtml: '<p>Ribbed merino wool beanie. Back in the autumn.</p>',
    options: [{ name: 'Title', values: ['Default Title'] }],
    variants: variants('BEANIE', [{ id: 45012345678921, options: ['Default Title'], priceCents: 2800, inventory: 0 }]),
    images: [image(37012345678921, 'wool-beanie.svg', 'Wool Beanie')],
  }),
  product({
    id: 8012345678904,
    handle: 'linen-shirt',
    title: 'Linen Shirt',
    productType: 'Shirt',
    tags: ['apparel', 'linen', 'sale'],
    descriptionHtml: '<p>Breathable European linen shirt with a camp collar. Now on sale.</p>',
    options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
    variants: variants('LINEN', [
      { id: 45012345678931, options: ['S'], priceCents: 4800, compareAtPriceCents: 6800, inventory: 12 },
      { id: 45012345678932, options: ['M'], priceCents: 4800, compareAtPriceCents: 6800, inventory: 12 },
      { id: 45012345678933, options: ['L'], priceCents: 4800, compareAtPriceCents: 6800, inventory: 12 },
    ]),
    images: [image(37012345678931, 'linen-shirt.svg', 'Linen Shirt')],
  }),
  product({
    id: 8012345678905,
    handle: 'ceramic-mug',
    title: 'Ceramic Mug',
    productType: 'Mug',
    tags: ['home', 'kitchen'],
    descriptionHtml: '<p>Hand-glazed stoneware mug, 350 ml. Small batch: only a few left.</p>',
    options: [{ name: 'Title', values: ['Default Title'] }],
    variants: variants('MUG', [{ id: 45012345678941, options: ['Default Title'], priceCents: 1800, inventory: 3 }]),
    images: [image(37012345678941, 'ceramic-mug.svg', 'Ceramic Mug')],
  }),
  product({
    id: 8012345678906,
    handle: 'everyday-socks',
    title: 'Everyday Socks',
    productType: 'Socks',
    tags: ['apparel', 'cotton'],
    descriptionHtml: '<p>Three pairs of cushioned cotton crew socks.</p>',
    options: [{ name: 'Title', values: ['Default Title'] }],
    variants: variants('SOCKS', [{ id: 45012345678951, options: ['Default Title'], priceCents: 1400, inventory: 0, tracked: false }]),
    images: [image(37012345678951, 'everyday-socks.svg', 'Everyday Socks')],
  }),
  product({
    id: 8012345678907,
    handle: 'leather-wallet',
    title: 'Leather Wallet',
    productType: 'Wallet',
    tags: ['accessories', 'leather'],
    descriptionHtml: '<p>Slim vegetable-tanned leather wallet with four card slots.</p>',
    options: [{ name: 'Color', values: ['Tan', 'Black'] }],
    variants: variants('WALLET', [
      { id: 45012345678961, options: ['Tan'], priceCents: 5500, inventory: 8 },
      { id: 45012345678962, options: ['Black'], priceCents: 5500, inventory: 8 },
    ]),
    images: [image(37012345678961, 'leather-wallet.svg', 'Leather Wallet')],
  }),
  product({
    id: 8012345678908,
    handle: 'soy-candle',
    title: 'Soy Candle',
    productType: 'Candle',
    tags: ['home'],
    descriptionHtml: '<p>Cedar and fig scented soy wax candle, about 45 hours of burn time.</p>',
    options: [{ name: 'Title', values: ['Default Title'] }],
    variants: variants('CANDLE', [{ id: 45012345678971, options: ['Default Title'], priceCents: 2200, inventory: 30 }]),
    images: [image(37012345678971, 'soy-candle.svg', 'Soy Candle')],
  }),
];

export const COLLECTIONS: readonly CatalogueCollection[] = [
  { id: 291234567801, handle: 'all', title: 'Products', descriptionHtml: '', productHandles: 'all' },
  {
    id: 291234567802,
    handle: 'apparel',
    title: 'Apparel',
    descriptionHtml: '<p>Tees, shirts and the things you wear every day.</p>',
    productHandles: ['classic-tee', 'linen-shirt', 'wool-beanie', 'everyday-socks'],
  },
  {
    id: 291234567803,
    handle: 'accessories',
    title: 'Accessories',
    descriptionHtml: '<p>Bags, wallets and small goods.</p>',
    productHandles: ['canvas-tote', 'leather-wallet', 'wool-beanie'],
  },
  {
    id: 291234567804,
    handle: 'home',
    title: 'Home',
    descriptionHtml: '<p>For the kitchen and the living room.</p>',
    productHandles: ['ceramic-mug', 'soy-candle'],
  },
];
