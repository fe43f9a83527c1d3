// The visual auditor: opens home, a collection, the product and the cart with one item, on this
// project's device, the way a person sees them (popups and the cookie banner dismissed, the page settled,
// lazy sections revealed, animations frozen, dynamic regions masked), checks what a shopper would
// notice without any baseline (buy button reachable, no sideways scroll, header and footer, styles
// loaded, layout shift), then compares each page with the store's baseline: pixels first, a vision
// model second where one is configured. A page without a baseline becomes one (PASS, "baseline created");
// the reporter keeps it beside the database (core/visual-shots.ts, db/visual-baselines.ts).
import type { TestInfo } from '@playwright/test';
import { test, type SkillRecorder } from '../fixtures';
import { readVitals } from '../fixtures/page-vitals';
import { readSettings } from '../config/settings';
import { readVisualBaseline } from '../db/baseline-reads';
import { visualDetailsSchema, visualStoreKey, type VisualShot, type VisualTemplate } from '../core/visual-shots';
import { failedThemeStylesheets, horizontalOverflow, missingRegions, StylesheetFailures } from './visual-auditor/layout-checks';
import { captureFullPage, defaultMaskSelectors, revealLazyContent, selectorProblem, settlePage } from './visual-auditor/page-capture';
import { compareWithBaseline, diffWithBaseline } from './visual-auditor/shot-comparison';
import { createVisionJudge } from './visual-auditor/vision-judge';
import { worthRetaking, type Thresholds } from './visual-auditor/visual-verdict';
import { checkBuyButton, dismissLikeAShopper, modalShowing } from './visual-auditor/shopper-view';

test.afterEach(async ({ storefront }) => {
  await storefront.clearCart();
});

/** Google's "needs improvement" line: above it a shopper sees content jump. */
const clsWarnAbove = 0.1;

test('store pages look right, and as they did, on this device', async ({ storefront, skill, databasePath, storeUrl, deviceName, productHandle, collectionHandle }, testInfo) => {
  const settings = readSettings();
  const thresholds: Thresholds = { warnRatio: settings.VISUAL_WARN_RATIO, failRatio: settings.VISUAL_FAIL_RATIO };
  const maskSelector = [...defaultMaskSelectors, ...(settings.VISUAL_MASK ? [settings.VISUAL_MASK] : [])].join(', ');
  const judge = createVisionJudge();
  const storeKey = visualStoreKey(storeUrl);
  const shots: VisualShot[] = [];
  /** FAILs wait until every page was seen, so one broken page does not hide the others. */
  const failures: Array<{ code: string; message: string; evidence: Record<string, unknown> }> = [];
  const page = storefront.page;
  const stylesheetFailures = new StylesheetFailures();
  stylesheetFailures.watch(page);

  /** Everything about one page after it was opened: checks, shot, comparison, findings. */
  async function auditPage(template: VisualTemplate, blockers: string[] = []): Promise<void> {
    const url = page.url();
    await settlePage(page);
    const cls = (await readVitals(page))?.cls ?? null;
    if (cls !== null) {
      skill.metric(`${template}_cls`, cls);
      if (cls > clsWarnAbove) {
        const target = (await readVitals(page))?.largestShiftTarget ?? null;
        skill.warn('visual.layout_shift', `Content moved while the ${template} page loaded: layout shift ${cls.toFixed(3)} (above ${clsWarnAbove})${target ? `, most of all ${target}` : ''}.`, { template, url, cls: Number(cls.toFixed(3)), largestShiftTarget: target });
      }
    }
    await revealLazyContent(page);

    const stylesheets = await failedThemeStylesheets(page, stylesheetFailures);
    if (stylesheets.length) {
      blockers.push('unstyled');
      failures.push({ code: 'visual.unstyled', message: `The ${template} page is unstyled: ${stylesheets.map((sheet) => `${new URL(sheet.url).pathname} (${sheet.status ?? 'not loaded'})`).join(', ')} did not load.`, evidence: { template, url, stylesheets } });
    }
    const overflow = await horizontalOverflow(page, page.viewportSize()?.width ?? (await page.evaluate(() => screen.width)));
    if (overflow) {
      skill.warn('visual.horizontal_overflow', `The ${template} page scrolls sideways on ${deviceName}: it is ${overflow.pageWidth} px wide on a ${overflow.screenWidth} px screen${overflow.widest ? ` (widest: ${overflow.widest})` : ''}.`, { template, url, device: deviceName, ...overflow });
    }
    for (const region of await missingRegions(page)) {
      skill.warn('visual.region_missing', `The ${template} page shows no ${region}.`, { template, url, region });
    }

    const currentPath = testInfo.outputPath(`visual-${template}-current.png`);
    await storefront.overlays.closeOpenModals();
    let shot = await captureFullPage(page, currentPath, maskSelector);
    if (await modalShowing(storefront)) {
      // A popup opened while the shot was taken: close it as a shopper would and take the page again.
      await dismissLikeAShopper(storefront, 0);
      shot = await captureFullPage(page, currentPath, maskSelector);
    }
    const baseline = readVisualBaseline(databasePath, storeKey, deviceName, template);
    if (baseline.imagePath && worthRetaking(diffWithBaseline(baseline.imagePath, currentPath, thresholds).diff.changedRatio, thresholds)) {
      // A change is only reported if it is still there after the page had more time (and late popups were closed).
      await dismissLikeAShopper(storefront, 0);
      await settlePage(page, 1000, 4000);
      shot = await captureFullPage(page, currentPath, maskSelector);
    }
    await testInfo.attach(`visual ${template} — current`, { path: currentPath, contentType: 'image/png' });

    const record: VisualShot = {
      template, url, storeKey, currentPath, width: shot.width, height: shot.height, changedRatio: null, regions: [],
      baseline: baseline.imagePath ? 'compared' : blockers.length ? 'not-kept' : 'created',
      pixelVerdict: 'pass', verdict: 'pass', judgement: null, cls,
    };
    if (!baseline.imagePath) {
      if (record.baseline === 'created') skill.info('visual.baseline_created', `No baseline for the ${template} page on ${deviceName} yet: this shot becomes it.`, { template, url, device: deviceName });
    } else {
      const comparison = await compareWithBaseline({ template, device: deviceName, baselinePath: baseline.imagePath, currentPath, thresholds, judge });
      // A phone zooms out over a page wider than its screen, so everything looks smaller: the overflow is the
      // finding that explains it, and the change it causes is a WARN, not a second FAIL.
      if (overflow && comparison.verdict === 'fail') comparison.verdict = 'warn';
      Object.assign(record, { changedRatio: comparison.changedRatio, regions: comparison.regions, pixelVerdict: comparison.pixelVerdict, verdict: comparison.verdict, judgement: comparison.judgement });
      skill.metric(`${template}_changed_ratio`, comparison.changedRatio);
      await attachComparison(skill, testInfo, template, baseline.imagePath, comparison.diffPath, comparison.outlinedPath, comparison.verdict !== 'pass');
      const share = `${(comparison.changedRatio * 100).toFixed(1)}%`;
      const evidence = {
        template, url, device: deviceName, changedRatio: Number(comparison.changedRatio.toFixed(4)), regions: comparison.regions.slice(0, 6),
        sizeChanged: comparison.sizeChanged, baselineSince: baseline.since, judgement: comparison.judgement, where: comparison.judgement?.where ?? null,
      };
      const said = comparison.judgement ? ` The vision model (${comparison.judgement.model}) says: ${comparison.judgement.verdict.replace('_', ' ')}, ${comparison.judgement.where}: ${comparison.judgement.explanation}` : '';
      if (comparison.judgeProblem) skill.info('visual.judge_failed', `No vision judgement: ${comparison.judgeProblem}; the pixel verdict stands.`, { template, problem: comparison.judgeProblem });
      if (comparison.judgement?.verdict === 'intended_change') skill.info('visual.change_intended', `The ${template} page changed (${share}) and the vision model judged it intended: ${comparison.judgement.where}.`, evidence);
      if (comparison.verdict === 'fail') failures.push({ code: 'visual.major_change', message: `${share} of the ${template} page changed against its baseline (more than ${thresholds.failRatio * 100}%).${said}`, evidence });
      if (comparison.verdict === 'warn') skill.warn('visual.changed', `${share} of the ${template} page changed against its baseline (${describeRegions(comparison.regions)}).${said}`, evidence);
    }
    shots.push(record);
    // Recorded after every page, so a skill that stops early still hands over the shots it took.
    skill.details(visualDetailsSchema, { device: deviceName, warnRatio: thresholds.warnRatio, failRatio: thresholds.failRatio, judge: judge ? 'pixels+llm' : 'pixels', shots });
  }

  await skill.step('Home', async () => {
    storefront.failOnHttpError(await storefront.open('/', 'home'), 'The home page');
    const problem = settings.VISUAL_MASK ? await selectorProblem(page, settings.VISUAL_MASK) : null;
    if (problem) skill.fail('visual.mask_invalid', `VISUAL_MASK="${settings.VISUAL_MASK}" is not a CSS selector the browser accepts (${problem}); fix it in the environment or .env.`, { mask: settings.VISUAL_MASK, error: problem });
    // The first page is where newsletter and market popups show up; once closed, stores remember it.
    await dismissLikeAShopper(storefront, 3000);
    await auditPage('home');
  });

  await skill.step('Collection', async () => {
    storefront.failOnHttpError(await storefront.open(`/collections/${collectionHandle ?? 'all'}`, 'collection'), 'The collection page');
    await dismissLikeAShopper(storefront, 0);
    await auditPage('collection');
  });

  const variantId = await skill.step('Product', async () => {
    const { visit, product } = await storefront.openProduct(await storefront.chooseProduct(productHandle));
    storefront.failOnHttpError(visit, 'The product page');
    await dismissLikeAShopper(storefront, 0);
    // On a page without its styles the buy button lies wherever unstyled markup puts it: the missing stylesheet is the finding.
    const unstyled = (await failedThemeStylesheets(page, stylesheetFailures)).length > 0;
    const hidden = unstyled ? null : await checkBuyButton(storefront, product);
    const blockers: string[] = [];
    if (hidden) {
      blockers.push('buy button');
      await skill.screenshot(page, 'visual.buy_button_hidden', 'the product page with its buy button out of reach');
      failures.push({ code: 'visual.buy_button_hidden', message: hidden.message, evidence: { template: 'product', url: page.url(), device: deviceName, ...hidden.evidence } });
    }
    await auditPage('product', blockers);
    return product.variants.find((variant) => variant.available)?.id ?? null;
  });

  await skill.step('Cart', async () => {
    // Filled through the Ajax API: the buy button is the probe's to judge; here only the cart page's looks count.
    const added = variantId === null ? null : await storefront.cart.add(variantId);
    if (!added?.ok()) {
      skill.info('visual.page_skipped', `The cart page was not compared: no item could be put in the cart (${variantId === null ? 'the product is sold out' : `/cart/add.js answered ${added?.status() ?? 'nothing'}`}).`, { template: 'cart' });
      return;
    }
    storefront.failOnHttpError(await storefront.open('/cart', 'cart'), 'The cart page');
    await dismissLikeAShopper(storefront, 0);
    await auditPage('cart');
  });

  const [first, ...more] = failures;
  for (const failure of more) skill.finding({ ...failure, level: 'fail' });
  if (first) skill.fail(first.code, first.message, first.evidence);
});

function describeRegions(regions: ReadonlyArray<{ kind: string; y: number; height: number; removedRows?: number }>): string {
  if (!regions.length) return 'scattered pixels';
  const [largest] = regions;
  const where = largest.kind === 'removed' ? `${largest.removedRows} px removed at y=${largest.y}` : `${largest.kind} at y=${largest.y}–${largest.y + largest.height}`;
  return `${regions.length} region${regions.length === 1 ? '' : 's'}, largest ${where}`;
}

/** Baseline, diff and the outlined shot on the HTML report's page; the outlined shot first in line for alerts when the page changed. */
async function attachComparison(skill: SkillRecorder, testInfo: TestInfo, template: string, baselinePath: string, diffPath: string | null, outlinedPath: string | null, changed: boolean): Promise<void> {
  await testInfo.attach(`visual ${template} — baseline`, { path: baselinePath, contentType: 'image/png' });
  if (diffPath) await testInfo.attach(`visual ${template} — diff`, { path: diffPath, contentType: 'image/png' });
  if (outlinedPath) await testInfo.attach(`visual ${template} — changes outlined`, { path: outlinedPath, contentType: 'image/png' });
  if (changed && outlinedPath) skill.screenshots.push(outlinedPath);
}
