// Storefront speed per page template and device: TTFB, FCP, LCP, CLS and INP as Google's web-vitals
// measures them, total blocking time, page weight and request count, for home, a collection, the product
// (INP from the shopper's own Add to cart click) and the cart. Judged against web.dev's bands and the
// store's own baseline (skills/storefront-vitals/judge-vitals.ts); a page that looks slow is measured
// once more before anything is said. Speed degrades a store, it never takes it down: this skill only warns.
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { test } from '../fixtures';
import type { PageVitals } from '../fixtures/page-vitals';
import type { ProductJson } from '../fixtures/product-discovery';
import { readMetricBaselines } from '../db/baseline-reads';
import { judgeTemplate, metricSamples, type VitalsFinding } from './storefront-vitals/judge-vitals';
import { vitalsTable } from './storefront-vitals/vitals-table';

test.afterEach(async ({ storefront }) => {
  await storefront.clearCart();
});

const vitalsSchema = z.object({ ttfb: z.number().nullable(), fcp: z.number().nullable(), lcp: z.number().nullable(), cls: z.number().nullable(), inp: z.number().nullable(), tbt: z.number(), weightBytes: z.number(), requests: z.number(), lcpElement: z.string().nullable(), largestShiftTarget: z.string().nullable() });
const vitalsDetailsSchema = z.object({
  templates: z.array(z.object({ template: z.string(), url: z.string(), attempts: z.array(vitalsSchema), baseline: z.record(z.string(), z.object({ median: z.number(), mad: z.number(), samples: z.number() })) })),
  metricSamples: z.array(z.object({ template: z.string(), metric: z.string(), value: z.number() })),
});
type TemplateDetails = z.infer<typeof vitalsDetailsSchema>['templates'][number];

test('every page template loads fast for its shoppers, against the bands and this store’s own baseline', async ({ storefront, skill, vitals, productHandle, collectionHandle, stepTimeoutMs, databasePath, storeUrl, deviceName }) => {
  const page = storefront.page;
  const baselines = readMetricBaselines(databasePath, storeUrl, 'storefront_vitals', deviceName);
  const measured: TemplateDetails[] = [];
  const findings: VitalsFinding[] = [];
  let product: ProductJson | undefined;

  /** Measures a template; when it looks slow or heavy, measures it once more and judges both. */
  async function measureTemplate(template: string, measure: () => Promise<PageVitals>): Promise<void> {
    const attempts = [await measure()];
    if (judgeTemplate(template, attempts, baselines[template]).length) attempts.push(await measure());
    findings.push(...judgeTemplate(template, attempts, baselines[template]));
    measured.push({ template, url: page.url(), attempts, baseline: baselines[template] ?? {} });
    for (const [metric, value] of Object.entries(attempts.at(-1)!)) if (typeof value === 'number') skill.metric(`${template}_${metric}`, value);
  }

  /** Opens a page as a shopper arrives on it and reads its vitals once it has loaded and settled. */
  async function openAndRead(path: string, label: string): Promise<PageVitals> {
    const visit = await storefront.open(path, label);
    storefront.failOnHttpError(visit, `The ${label} page`);
    return settledVitals(page, vitals);
  }

  await skill.step('Home', () => measureTemplate('home', () => openAndRead('/', 'home')));
  await skill.step('Collection', () => measureTemplate('collection', () => openAndRead(`/collections/${collectionHandle ?? 'all'}`, 'collection')));
  await skill.step('Product', async () => {
    const chosen = await storefront.chooseProduct(productHandle);
    await measureTemplate('product', async () => {
      const { visit, product: json } = await storefront.openProduct(chosen);
      storefront.failOnHttpError(visit, 'The product page');
      product = json;
      const loaded = await settledVitals(page, vitals);
      // INP comes from the shopper's own click; a theme that posts the form leaves the page, and INP with it.
      const variant = json.variants.find((candidate) => candidate.available);
      if (!variant) return loaded;
      const productUrl = page.url();
      await storefront.addToCart(json, variant.id, Math.min(stepTimeoutMs, 10_000));
      await page.waitForTimeout(300);
      const inp = page.url() === productUrl ? ((await vitals.read(page))?.inp ?? null) : null;
      return { ...loaded, inp };
    });
  });
  await skill.step('Cart', async () => {
    // The cart page with the product in it (the product step added it); an empty cart page is another template.
    const available = product?.variants.find((variant) => variant.available);
    if (available && !(await storefront.readCart())?.item_count) await storefront.cart.add(available.id);
    await measureTemplate('cart', () => openAndRead('/cart', 'cart'));
  });

  skill.details(vitalsDetailsSchema, { templates: measured, metricSamples: measured.flatMap((entry) => metricSamples(entry.template, entry.attempts.at(-1)!)) });
  await skill.attachText('vitals', vitalsTable(measured));
  skill.recordAll(findings);
});

/** Vitals once the page has loaded and its largest paint and layout shifts have settled. */
async function settledVitals(page: Page, vitals: { read(page: Page): Promise<PageVitals | null> }): Promise<PageVitals> {
  await page.waitForLoadState('load', { timeout: 20_000 }).catch(() => undefined);
  await page.waitForTimeout(1000);
  return (await vitals.read(page)) ?? { ttfb: null, fcp: null, lcp: null, cls: null, inp: null, tbt: 0, weightBytes: 0, requests: 0, lcpElement: null, largestShiftTarget: null };
}
