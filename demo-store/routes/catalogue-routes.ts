// Public catalogue JSON: /products/h.js, /products/h.json, /products.json,
// /collections/h/products.json and predictive search (/search/suggest.json).

import { type CatalogueProduct, isProductAvailable } from '../catalogue.js';
import { decimalString } from '../rendering/html.js';
import { productAdminJson, productAjaxJson, productCatalogueJson } from '../rendering/product-json.js';
import { imagePath } from '../rendering/product-images.js';
import type { RequestContext } from '../request-context.js';
import { product404Fault } from '../faults/product-404.js';
import { hugeCatalogueFault } from '../faults/huge-catalogue.js';
import { sendJson } from './respond.js';

const MAX_PAGE_SIZE = 250;
const DEFAULT_PAGE_SIZE = 30;

function notFound(context: RequestContext): void {
  sendJson(context, 404, { status: 404, message: 'Not Found', description: 'Not Found' });
}

function paginate(context: RequestContext, products: CatalogueProduct[]): CatalogueProduct[] {
  const limit = Math.min(Math.max(Number.parseInt(context.url.searchParams.get('limit') ?? '', 10) || DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const page = Math.max(Number.parseInt(context.url.searchParams.get('page') ?? '', 10) || 1, 1);
  return products.slice((page - 1) * limit, page * limit);
}

function suggestProduct(context: RequestContext, product: CatalogueProduct) {
  const prices = product.variants.map((variant) => variant.priceCents);
  const image = product.images[0];
  return {
    available: isProductAvailable(product),
    body: product.descriptionHtml,
    compare_at_price_max: decimalString(Math.max(...product.variants.map((variant) => variant.compareAtPriceCents ?? 0))),
    compare_at_price_min: decimalString(Math.min(...product.variants.map((variant) => variant.compareAtPriceCents ?? 0))),
    handle: product.handle,
    id: product.id,
    image: image ? `${context.origin}${imagePath(image)}` : null,
    price: decimalString(Math.min(...prices)),
    price_max: decimalString(Math.max(...prices)),
    price_min: decimalString(Math.min(...prices)),
    tags: product.tags,
    title: product.title,
    type: product.productType,
    url: `/products/${product.handle}?_pos=1&_sid=demo&_ss=r`,
    vendor: product.vendor,
    featured_image: image ? { alt: image.alt, aspect_ratio: image.width / image.height, height: image.height, url: `${context.origin}${imagePath(image)}`, width: image.width } : null,
  };
}

function handleSuggest(context: RequestContext): void {
  const query = context.url.searchParams.get('q');
  if (query === null || query.trim() === '') {
    sendJson(context, 422, { status: 422, message: 'Invalid parameter error', description: 'Missing required parameter: q' });
    return;
  }
  const limit = Math.min(Math.max(Number.parseInt(context.url.searchParams.get('resources[limit]') ?? '', 10) || 10, 1), 10);
  const products = context.catalogue.search(query).slice(0, limit);
  sendJson(context, 200, {
    resources: {
      results: {
        products: products.map((product) => suggestProduct(context, product)),
        queries: [{ text: query, styled_text: `<mark>${query.replace(/[<>&"]/g, '')}</mark>`, url: `/search?q=${encodeURIComponent(query)}&_pos=1&_ss=r` }],
        collections: [] as unknown[],
        pages: [] as unknown[],
        articles: [] as unknown[],
      },
    },
  });
}

/** Handles the request if it is a catalogue JSON route; returns false otherwise. */
export function handleCatalogueRoute(context: RequestContext): boolean {
  if (context.method !== 'GET' && context.method !== 'HEAD') return false;
  const { pathname } = context.url;
  const productMatch = /^\/products\/([^/]+)\.(js|json)$/.exec(pathname);
  if (productMatch) {
    const product = context.catalogue.productByHandle(decodeURIComponent(productMatch[1] ?? ''));
    if (!product || product404Fault.hidesProducts(context)) notFound(context);
    else sendJson(context, 200, productMatch[2] === 'js' ? productAjaxJson(context.host, product) : productAdminJson(context.origin, product));
    return true;
  }
  if (pathname === '/products.json') {
    const bigListing = hugeCatalogueFault.listingPage(context);
    sendJson(context, 200, bigListing ?? { products: paginate(context, [...context.catalogue.products]).map((product) => productCatalogueJson(context.origin, product)) });
    return true;
  }
  const collectionMatch = /^\/collections\/([^/]+)\/products\.json$/.exec(pathname);
  if (collectionMatch) {
    const collection = context.catalogue.collectionByHandle(decodeURIComponent(collectionMatch[1] ?? ''));
    if (!collection) notFound(context);
    else sendJson(context, 200, { products: paginate(context, context.catalogue.productsIn(collection)).map((product) => productCatalogueJson(context.origin, product)) });
    return true;
  }
  if (pathname === '/search/suggest.json') {
    handleSuggest(context);
    return true;
  }
  return false;
}
