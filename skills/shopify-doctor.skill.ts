// The Shopify doctor: visits home, a collection, the product, the cart (with the product in it) and a
// search as a shopper does, and collects every error that shopper would hit or cause: script errors
// (named by the theme or app that owns the script), failed requests and Shopify API errors, Liquid
// errors and missing translations, broken images, SEO tags and Product structured data, mixed content
// and Shopify credentials in the page source; then the store's sitemap, robots.txt and product links.
// The diagnosis explains what it collected; speed belongs to storefront_vitals.
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { test } from '../fixtures';
import type { ProductJson } from '../fixtures/product-discovery';
import type { VisitedPage } from '../fixtures/storefront';
import { readPage, structuredDataProblems, type PageReading } from './shopify-doctor/page-checks';
import { PageObserver } from './shopify-doctor/page-observer';
import { appWeights, failedImages, networkFindings, scriptErrorFindings, type DoctorFinding } from './shopify-doctor/observation-findings';
import { isThirdParty, ownerOf } from './shopify-doctor/script-owners';
import { checkStore, productDataProblems } from './shopify-doctor/store-checks';
import { PerPageProblems } from './shopify-doctor/per-page-problems';

test.afterEach(async ({ storefront }) => {
  await storefront.clearCart();
});

/** A load event later than this holds the page's "loading" state for the shopper (issue: 8 s). */
const slowLoadMs = 8000;

const doctorDetailsSchema = z.object({
  pages: z.array(z.object({ page: z.string(), url: z.string(), status: z.number().nullable(), loadMs: z.number().nullable(), errors: z.number(), failedRequests: z.number() })),
  appWeight: z.array(z.object({ owner: z.string(), requests: z.number(), bytes: z.number(), slowestMs: z.number() })),
});

test('every page a shopper visits is free of script, request, Liquid, SEO and security errors', async ({ storefront, skill, productHandle, collectionHandle }) => {
  const page = storefront.page;
  const storeHost = new URL(storefront.storeUrl).host;
  const observer = new PageObserver((url) => isThirdParty(url, storeHost));
  observer.attach(page);
  const findings: DoctorFinding[] = [];
  const perPage = new PerPageProblems();
  const slowLoads: Array<{ page: string; loadMs: number }> = [];
  const visited: Array<z.infer<typeof doctorDetailsSchema>['pages'][number]> = [];
  let product: ProductJson | undefined;
  let currency = 'USD';

  /** Opens one page (a path, or the caller's own way of opening it), lets its scripts run, and reads what a shopper would see. */
  async function audit(label: string, open: string | (() => Promise<VisitedPage>)): Promise<PageReading> {
    observer.enter(label);
    const visit = typeof open === 'string' ? await storefront.open(open, label) : await open();
    await page.waitForLoadState('load', { timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    const reading = await readPage(page);
    const loadMs = await loadEventMs(page);
    visited.push({ page: label, url: visit.url, status: visit.status, loadMs, errors: 0, failedRequests: 0 });
    recordReading(label, visit.url, reading);
    if (loadMs !== null && loadMs > slowLoadMs) slowLoads.push({ page: label, loadMs });
    if (label === 'home') await checkTransport(visit.response?.headers() ?? {});
    return reading;
  }

  await skill.step('Home', async () => {
    await audit('home', '/');
    currency = await storefront.activeCurrency();
  });
  await skill.step('Collection', async () => {
    await audit('collection', `/collections/${collectionHandle ?? 'all'}`);
  });
  await skill.step('Product', async () => {
    const chosen = await storefront.chooseProduct(productHandle);
    let opened: ProductJson | undefined;
    const reading = await audit('product', async () => {
      const { visit, product: json } = await storefront.openProduct(chosen);
      opened = json;
      return visit;
    });
    product = opened!;
    for (const problem of structuredDataProblems(reading.jsonLd, product, currency)) findings.push({ code: 'doctor.structured_data', level: 'warn', message: `The product page's structured data: ${problem}.`, evidence: { url: page.url(), problem } });
    for (const problem of productDataProblems(product)) findings.push({ ...problem, level: 'warn' });
  });
  await skill.step('Cart', async () => {
    // The cart page with something in it, added through the Ajax API: adding like a shopper is the probe's check.
    const available = product?.variants.find((variant) => variant.available);
    if (available) await storefront.cart.add(available.id);
    await audit('cart', '/cart');
  });
  await skill.step('Search', async () => {
    const term = product?.title.split(/\s+/).find((word) => word.length > 2) ?? 'a';
    await audit('search', `/search?q=${encodeURIComponent(term)}&options%5Bprefix%5D=last`);
  });
  await skill.step('Store', async () => {
    const links = await page.locator('a[href*="/products/"]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href)).catch(() => [] as string[]);
    findings.push(...(await checkStore(page.request, (path) => storefront.url(path), links)).map((problem) => ({ ...problem, level: 'warn' as const })));
  });

  await observer.settle();
  for (const image of failedImages(observer.requests)) perPage.note('doctor.broken_image', image.page, [image.url]);
  findings.push(...perPage.findings());
  const network = networkFindings(observer.requests, storeHost, storefront.storeUrl.startsWith('https:'));
  findings.push(...scriptErrorFindings(observer.errors, storeHost), ...network);
  // A slow script already names what held the load event up; otherwise say which pages loaded late.
  if (slowLoads.length && !network.some((finding) => finding.code === 'doctor.slow_third_party')) findings.push(slowLoad(slowLoads));
  for (const entry of visited) {
    entry.errors = observer.errors.filter((error) => error.page === entry.page).length;
    entry.failedRequests = observer.requests.filter((request) => request.page === entry.page && (request.failure !== null || (request.status ?? 0) >= 400)).length;
  }
  const weights = appWeights(observer.requests, storeHost);
  skill.details(doctorDetailsSchema, { pages: visited, appWeight: weights });
  skill.metric('doctor_pages', visited.length);
  skill.metric('doctor_errors', observer.errors.length);
  if (weights.length) await skill.attachText('app weight', weights.map((weight) => `${weight.owner.padEnd(40)} ${String(weight.requests).padStart(4)} requests ${String(Math.round(weight.bytes / 1024)).padStart(7)} KB  slowest ${weight.slowestMs} ms`).join('\n'));
  skill.recordAll(findings);

  /** Page-level problems, gathered across pages so one finding names every page it happened on. */
  function recordReading(label: string, url: string, reading: PageReading): void {
    for (const error of reading.liquidErrors) {
      findings.push({ code: 'doctor.liquid_error', level: 'fail', message: `The ${label} page shows a Liquid error${error.template ? ` from ${error.template}${error.line ? ` line ${error.line}` : ''}` : ''} while answering 200: "${error.text}".`, evidence: { url, page: label, ...error } });
    }
    if (reading.missingTranslations.length) perPage.note('doctor.translation_missing', label, reading.missingTranslations);
    if (reading.brokenImages.length) perPage.note('doctor.broken_image', label, reading.brokenImages);
    if (reading.secrets.length) perPage.note('doctor.secret_in_source', label, reading.secrets);
    const seo = [
      ...(reading.titles !== 1 ? [`${reading.titles} <title> tags`] : []),
      ...(!reading.hasDescription && ['home', 'product'].includes(label) ? ['no meta description'] : []),
      ...(!reading.canonical && label !== 'search' ? ['no canonical link'] : []),
    ];
    if (seo.length) perPage.note('doctor.seo', label, seo);
  }

  function slowLoad(pages: Array<{ page: string; loadMs: number }>): DoctorFinding {
    const labels = new Set(pages.map((entry) => entry.page));
    const slowest = observer.requests
      .filter((request) => labels.has(request.page) && isThirdParty(request.url, storeHost))
      .sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0))[0];
    const culprit = slowest ? ownerOf(slowest.url, storeHost).name : null;
    const times = pages.map((entry) => `${entry.page} ${Math.round(entry.loadMs)} ms`).join(', ');
    return { code: 'doctor.slow_third_party', level: 'warn', message: `Pages finished loading after the ${slowLoadMs} ms limit (${times})${culprit ? `; the slowest third party was ${culprit} (${Math.round(slowest?.durationMs ?? 0)} ms)` : ''}.`, evidence: { pages, limitMs: slowLoadMs, owner: culprit, url: slowest?.url ?? null } };
  }

  /** Real stores answer over HTTPS with HSTS; a loopback or plain-HTTP test store is not judged. */
  async function checkTransport(headers: Record<string, string>): Promise<void> {
    const url = new URL(storefront.storeUrl);
    const local = /^(127\.|localhost$|\[::1\])/.test(url.hostname);
    if (local) return;
    if (url.protocol !== 'https:') findings.push({ code: 'doctor.insecure', level: 'warn', message: `The store is monitored over plain HTTP (${url.origin}); shoppers' sessions and carts travel unencrypted.`, evidence: { url: url.origin } });
    else if (!headers['strict-transport-security']) findings.push({ code: 'doctor.insecure', level: 'warn', message: 'The home page answers without Strict-Transport-Security (HSTS), so a first visit can be downgraded to HTTP.', evidence: { url: url.origin } });
  }
});

async function loadEventMs(page: Page): Promise<number | null> {
  return page
    .evaluate(() => {
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return entry && entry.loadEventEnd > 0 ? entry.loadEventEnd : null;
    })
    .catch(() => null);
}
