// What the doctor reads from a rendered page: Liquid errors and missing translations a shopper sees,
// images that failed, the SEO tags search engines read, Product structured data against the product's
// own JSON, and Shopify credentials left in the page source.
import type { Page } from '@playwright/test';
import type { ProductJson } from '../../fixtures/product-discovery';

export interface LiquidError {
  text: string;
  template: string | null;
  line: number | null;
}

export interface PageReading {
  liquidErrors: LiquidError[];
  missingTranslations: string[];
  /** Images the browser finished and could not decode or fetch (naturalWidth 0). */
  brokenImages: string[];
  titles: number;
  hasDescription: boolean;
  canonical: string | null;
  jsonLd: unknown[];
  secrets: string[];
}

/** Shopify credentials that must never reach a browser: Admin API, shared secrets, custom and private apps. */
const secretPattern = /\b(shpat|shpss|shpca|shppa)_[a-fA-F0-9]{32}\b/g;

export async function readPage(page: Page): Promise<PageReading> {
  const [text, html, inPage] = await Promise.all([
    page.locator('body').innerText({ timeout: 5000 }).catch(() => ''),
    page.content().catch(() => ''),
    page
      .evaluate(() => {
        const images = [...document.images].filter((image) => image.complete && image.naturalWidth === 0 && (image.currentSrc || image.src));
        const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => {
          try {
            return JSON.parse(script.textContent ?? '');
          } catch {
            return { unparseable: (script.textContent ?? '').slice(0, 200) };
          }
        });
        return {
          brokenImages: images.map((image) => image.currentSrc || image.src),
          titles: document.querySelectorAll('head title').length,
          hasDescription: !!document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(),
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          jsonLd,
        };
      })
      .catch(() => ({ brokenImages: [] as string[], titles: 1, hasDescription: true, canonical: null, jsonLd: [] as unknown[] })),
  ]);
  const liquidErrors = [...text.matchAll(/Liquid (?:syntax )?error(?: \(([^)]*?)(?: line (\d+))?\))?: [^\n]{0,200}/g)].map((match) => ({
    text: match[0],
    template: match[1] ?? null,
    line: match[2] ? Number(match[2]) : null,
  }));
  const missingTranslations = [...new Set([...text.matchAll(/Translation missing: [\w.-]+/g)].map((match) => match[0]))];
  const secrets = [...new Set([...html.matchAll(secretPattern)].map((match) => `${match[1]}_…${match[0].slice(-4)}`))];
  return { liquidErrors, missingTranslations, ...inPage, secrets };
}

/** Every JSON-LD node, flattening @graph and arrays. */
function nodes(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  return [node, ...nodes(node['@graph'])];
}

const typeOf = (node: Record<string, unknown>): string[] => [node['@type']].flat().map(String);

/**
 * Problems with the product page's structured data: no Product (or ProductGroup) node, or one that
 * disagrees with the product's JSON on name, price, currency or availability.
 */
export function structuredDataProblems(jsonLd: unknown[], product: ProductJson, currency: string): string[] {
  const all = nodes(jsonLd);
  const productNode = all.find((node) => typeOf(node).some((type) => type === 'Product' || type === 'ProductGroup'));
  if (!productNode) return ['the product page has no Product JSON-LD (rich results and Shopping listings need it)'];
  const problems: string[] = [];
  if (typeof productNode.name === 'string' && productNode.name.trim() !== product.title.trim()) problems.push(`JSON-LD name "${productNode.name}" differs from the product title "${product.title}"`);
  const variantNodes = typeOf(productNode).includes('ProductGroup') ? nodes(productNode.hasVariant) : [productNode];
  const offers = variantNodes.flatMap((node) => nodes(node.offers));
  if (!offers.length) return [...problems, 'the Product JSON-LD has no offers (price, currency, availability)'];
  const prices = new Set(product.variants.map((variant) => (variant.price / 100).toFixed(2)));
  for (const offer of offers) {
    const price = Number(offer.price ?? (offer.priceSpecification as Record<string, unknown> | undefined)?.price);
    if (!Number.isFinite(price) || !prices.has(price.toFixed(2))) problems.push(`JSON-LD offer price ${String(offer.price)} is no price of the product (${[...prices].join(', ')})`);
    if (typeof offer.priceCurrency === 'string' && offer.priceCurrency.toUpperCase() !== currency) problems.push(`JSON-LD priceCurrency ${offer.priceCurrency}, the shop sells in ${currency}`);
    if (typeof offer.availability === 'string' && !/schema\.org\/(InStock|OutOfStock|PreOrder|BackOrder|SoldOut|LimitedAvailability|Discontinued|InStoreOnly|OnlineOnly|PreSale)$/.test(offer.availability)) problems.push(`JSON-LD availability "${offer.availability}" is not a schema.org value`);
  }
  if (!product.available && offers.every((offer) => /InStock$/.test(String(offer.availability)))) problems.push('JSON-LD says InStock but every variant is sold out');
  return [...new Set(problems)];
}
