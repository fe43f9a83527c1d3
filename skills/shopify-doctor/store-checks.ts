// The store's state beyond one journey: /sitemap.xml and /robots.txt answer as Shopify serves them,
// a sample of the product links the store publishes still answer, and the product's JSON has what
// a shopper needs (prices, images).
import type { APIRequestContext } from '@playwright/test';
import type { ProductJson } from '../../fixtures/product-discovery';

export interface StoreProblem {
  code: 'doctor.seo' | 'doctor.broken_link' | 'doctor.product_data';
  message: string;
  evidence: Record<string, unknown>;
}

/** How many product links to try: enough to catch a purge, few enough to stay a light visitor. */
const sampleSize = 5;

async function fetchText(request: APIRequestContext, url: string): Promise<{ status: number; body: string; contentType: string } | null> {
  const response = await request.get(url, { failOnStatusCode: false, maxRedirects: 5, timeout: 10_000 }).catch(() => null);
  if (!response) return null;
  return { status: response.status(), body: (await response.text().catch(() => '')).slice(0, 200_000), contentType: response.headers()['content-type'] ?? '' };
}

export async function checkStore(request: APIRequestContext, url: (path: string) => string, homeProductLinks: string[]): Promise<StoreProblem[]> {
  const problems: StoreProblem[] = [];
  const [sitemap, robots] = await Promise.all([fetchText(request, url('/sitemap.xml')), fetchText(request, url('/robots.txt'))]);
  if (!sitemap || sitemap.status !== 200 || !/<(sitemapindex|urlset)\b/.test(sitemap.body)) {
    problems.push({ code: 'doctor.seo', message: `/sitemap.xml answered ${sitemap ? `HTTP ${sitemap.status}` : 'nothing'} instead of a sitemap index.`, evidence: { url: url('/sitemap.xml'), status: sitemap?.status ?? null } });
  }
  if (!robots || robots.status !== 200 || !/user-agent:/i.test(robots.body)) {
    problems.push({ code: 'doctor.seo', message: `/robots.txt answered ${robots ? `HTTP ${robots.status}` : 'nothing'} without rules for crawlers.`, evidence: { url: url('/robots.txt'), status: robots?.status ?? null } });
  } else if (/^\s*disallow:\s*\/\s*$/im.test(robots.body.split(/user-agent:\s*\*/i)[1]?.split(/user-agent:/i)[0] ?? '')) {
    problems.push({ code: 'doctor.seo', message: '/robots.txt disallows the whole store for every crawler (Disallow: /).', evidence: { url: url('/robots.txt') } });
  }

  const sitemapProducts = await productLinksFromSitemap(request, sitemap?.body ?? '', url);
  const links = [...new Set([...sitemapProducts, ...homeProductLinks])].slice(0, sampleSize);
  const answers = await Promise.all(links.map(async (link) => ({ link, status: (await request.head(link, { failOnStatusCode: false, maxRedirects: 5, timeout: 10_000 }).catch(() => null))?.status() ?? null })));
  const broken = answers.filter((answer) => answer.status === 404 || answer.status === 410);
  if (broken.length) {
    problems.push({ code: 'doctor.broken_link', message: `${broken.length} of ${answers.length} product links the store publishes answer 404: ${broken.map((answer) => new URL(answer.link).pathname).join(', ')}.`, evidence: { broken, sampled: answers.length } });
  }
  return problems;
}

/** The product sitemap's first URLs (Shopify: sitemap.xml is an index pointing at sitemap_products_1.xml…). */
async function productLinksFromSitemap(request: APIRequestContext, index: string, url: (path: string) => string): Promise<string[]> {
  const productSitemap = [...index.matchAll(/<loc>([^<]*sitemap_products[^<]*)<\/loc>/g)][0]?.[1];
  const body = productSitemap ? ((await fetchText(request, productSitemap.replace(/&amp;/g, '&')))?.body ?? '') : index;
  return [...body.matchAll(/<loc>([^<]*\/products\/[^<]+)<\/loc>/g)].map((match) => match[1].replace(/&amp;/g, '&')).map((link) => {
    // Sitemaps print the primary domain; the monitor may be pointed at another (a preview, the .myshopify.com domain).
    const path = new URL(link).pathname;
    return url(path);
  });
}

/** A product a shopper cannot buy well: variants without a price, or no image at all. */
export function productDataProblems(product: ProductJson & { images?: unknown[]; featured_image?: string | null }): StoreProblem[] {
  const problems: StoreProblem[] = [];
  const unpriced = product.variants.filter((variant) => !Number.isFinite(variant.price) || variant.price <= 0);
  if (unpriced.length) problems.push({ code: 'doctor.product_data', message: `${product.title}: ${unpriced.length} variant(s) have no price (${unpriced.map((variant) => variant.title).join(', ')}).`, evidence: { handle: product.handle, variants: unpriced.map((variant) => variant.id) } });
  if (Array.isArray(product.images) && product.images.length === 0 && !product.featured_image) problems.push({ code: 'doctor.product_data', message: `${product.title} has no product image.`, evidence: { handle: product.handle } });
  return problems;
}
