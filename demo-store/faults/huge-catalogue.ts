// The huge_catalogue fault: /products.json pages through 5,000 products, as a store with a large
// catalogue does (limit at most 250, page=N). The store's own products come first; the rest are
// generated on the fly, full-sized entries, so the store never holds the whole list in memory either.

import type { CatalogueProduct } from '../catalogue.js';
import { productCatalogueJson } from '../rendering/product-json.js';
import type { RequestContext } from '../request-context.js';
import type { FaultModule } from './demo-fault.js';

const CATALOGUE_SIZE = 5000;
const MAX_PAGE_SIZE = 250;
const DEFAULT_PAGE_SIZE = 30;
const CREATED_AT = '2024-03-01T10:00:00-05:00';

/** Listing entries served while the fault was on, since the process started: what a monitor downloaded. */
let entriesServed = 0;

/** A generated product, shaped like the store's own (three sizes, a description, an image). */
function generatedProduct(index: number): CatalogueProduct {
  const id = 8100000000000 + index;
  return {
    id,
    handle: `archive-print-${index}`,
    title: `Archive Print No. ${index}`,
    vendor: 'Nano Demo',
    productType: 'Print',
    tags: ['archive', `series-${index % 40}`],
    descriptionHtml: `<p>Giclée print ${index} from the archive, on 300 gsm cotton rag paper. Ships rolled in a tube; frame not included.</p>`,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    publishedAt: CREATED_AT,
    options: [{ name: 'Size', values: ['A4', 'A3', 'A2'] }],
    variants: ['A4', 'A3', 'A2'].map((size, position) => ({
      id: 46100000000000 + index * 10 + position,
      title: size,
      options: [size],
      priceCents: 2500 + position * 1500,
      compareAtPriceCents: null,
      sku: `ARCH-${index}-${size}`,
      barcode: '',
      grams: 120 + position * 60,
      inventoryQuantity: 5,
      inventoryManagement: 'shopify',
      imageId: null,
    })),
    images: [{ id: 39100000000000 + index, file: 'canvas-tote.svg', width: 1000, height: 1000, alt: `Archive Print No. ${index}` }],
  };
}

function pageWindow(context: RequestContext): { offset: number; limit: number } {
  const limit = Math.min(Math.max(Number.parseInt(context.url.searchParams.get('limit') ?? '', 10) || DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const page = Math.max(Number.parseInt(context.url.searchParams.get('page') ?? '', 10) || 1, 1);
  return { offset: (page - 1) * limit, limit };
}

export const hugeCatalogueFault = {
  name: 'huge_catalogue',
  description:
    '/products.json lists 5,000 products, paged as Shopify pages it (limit at most 250, page=N): the store\'s own 8 first, then 4,992 generated "Archive Print No. N" entries (their product pages are not served).',
  expectedFinding: 'The journey completes (PASS, cart.added); product discovery reads one page of the listing, never all 5,000 products.',
  verdict: { status: 'PASS', code: 'cart.added', perTheme: false },
  livesIn: ['faults/huge-catalogue.ts (called by routes/catalogue-routes.ts)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/resilience/misbehaving-store.test.ts' },

  /** Called for GET /products.json; the page of the big listing, or undefined when the fault is off. */
  listingPage(context: RequestContext): { products: unknown[] } | undefined {
    if (!context.faults.has('huge_catalogue')) return undefined;
    const own = context.catalogue.products;
    const { offset, limit } = pageWindow(context);
    const products: unknown[] = [];
    for (let position = offset; position < Math.min(offset + limit, CATALOGUE_SIZE); position += 1) {
      products.push(productCatalogueJson(context.origin, own[position] ?? generatedProduct(position)));
    }
    entriesServed += products.length;
    return { products };
  },

  /** How many listing entries the store has served under this fault, for tests that bound a monitor's reading. */
  entriesServed(): number {
    return entriesServed;
  },
} satisfies FaultModule<'huge_catalogue'>;
