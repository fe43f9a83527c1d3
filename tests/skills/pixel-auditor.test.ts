// The pixel auditor through the real suite against the demo store (default theme, desktop, noise on):
// its faults grouped by verdict (pixels do not depend on the theme, so one theme proves them; the healthy
// matrix on every theme and device is in tests/fixtures/storefront-on-real-themes.test.ts), consent
// where the store requires it, and intercept vs observe, proven by what left the browser.
import { test as base, expect } from '@playwright/test';
import { provenIn } from '../../demo-store/faults/demo-fault';
import { DEMO_FAULTS } from '../../demo-store/faults/fault-registry';
import { startDemoStore, type DemoStore } from '../../demo-store/server';
import { knownVendors } from '../../skills/pixel-auditor/known-vendors';
import { expectFullPixelMatrix, pixelDetails, pixelRows } from '../helpers/pixel-matrix';
import { findingCodes } from '../helpers/read-database';
import { runSuite } from '../helpers/run-suite';

const thisFile = 'tests/skills/pixel-auditor.test.ts';
const pixelFaults = DEMO_FAULTS.filter((fault) => fault.endToEnd.defaultTheme && provenIn(fault) === thisFile);

const test = base.extend<{ openStore: (options?: { faults?: string[]; consentRequired?: boolean }) => Promise<DemoStore> }>({
  openStore: async ({}, use) => {
    const stores: DemoStore[] = [];
    await use(async ({ faults = [], consentRequired = false } = {}) => {
      const store = await startDemoStore({ port: 0, faults, consentRequired, noise: ['all'] });
      stores.push(store);
      return store;
    });
    await Promise.all(stores.map((store) => store.close()));
  },
});

function auditPixels(store: DemoStore, env: Record<string, string> = {}) {
  return runSuite({ args: ['skills/pixel-auditor.skill.ts'], env: { STORE_URL: store.url, DEVICES: 'desktop', ...env } });
}

// Faults that need no consent banner answer to show, grouped by the status they give: each group's run
// must carry every one of its faults' codes, and a group of WARN faults must not become a FAIL.
for (const status of ['WARN', 'FAIL'] as const) {
  const group = pixelFaults.filter((fault) => fault.verdict.status === status && fault.name !== 'pixel_before_consent');
  test(`pixel faults that give ${status} (${group.map((fault) => fault.name).join(', ')}) each carry their code`, async ({ openStore }) => {
    const store = await openStore({ faults: group.map((fault) => fault.name) });
    const run = await auditPixels(store);

    expect(run.exitCode, run.stdout + run.stderr).toBe(status === 'FAIL' ? 1 : 0);
    const [row] = pixelRows(run.databasePath);
    expect(row.status).toBe(status);
    const codes = findingCodes(row, ['fail', 'warn']);
    for (const fault of group) expect(codes, fault.name).toContain(fault.verdict.code);
    // Only the faults' own codes: a broken vendor never spills into another vendor's findings.
    expect([...new Set(codes)].sort()).toEqual([...new Set(group.map((fault) => fault.verdict.code))].sort());
    expect(run.stdout).toContain(`${group[0].verdict.code}:`);
  });
}

test('where consent is required nothing tracks before the answer and the funnel fires after it; a tag that ignores it is pixel.before_consent', async ({ openStore }) => {
  const healthy = await openStore({ consentRequired: true });
  const leaky = await openStore({ consentRequired: true, faults: ['pixel_before_consent'] });
  const [healthyRun, leakyRun] = await Promise.all([auditPixels(healthy), auditPixels(leaky)]);

  expectFullPixelMatrix(healthyRun.databasePath);
  expect(pixelDetails(pixelRows(healthyRun.databasePath)[0]).consent).toEqual({ choice: 'accept', required: true, answered: true });

  const [row] = pixelRows(leakyRun.databasePath);
  expect(row.status, leakyRun.stdout).toBe('WARN');
  expect(findingCodes(row, ['fail', 'warn'])).toEqual(['pixel.before_consent']);
  expect(JSON.parse(row.details).findings.find((finding: { code: string }) => finding.code === 'pixel.before_consent').message).toMatch(/Meta Pixel PageView/);
});

test('intercept mode answers every hit in the browser; observe mode lets them out; a vendor gone from every page is still known from history', async ({ openStore }) => {
  const store = await openStore();
  const intercepted = await auditPixels(store);
  const monorailAfterIntercept = ((await (await fetch(`${store.url}/__demo/monorail`)).json()) as unknown[]).length;
  const observed = await auditPixels(store, { PIXEL_MODE: 'observe' });
  const monorailAfterObserve = ((await (await fetch(`${store.url}/__demo/monorail`)).json()) as unknown[]).length;

  const vendorHost = /google-analytics\.com|facebook\.com|tiktok\.com/;
  const failedVendorRequests = (databasePath: string) =>
    (JSON.parse(pixelRows(databasePath)[0].details).evidence.failedRequests as Array<{ url: string }>).filter((request) => vendorHost.test(new URL(request.url).hostname));

  // Intercepted: no hit reached the network (offline, any that did would fail) and the store's own
  // monorail endpoint received nothing. Observed: the browser tried the vendors, and monorail got the beacons.
  expectFullPixelMatrix(intercepted.databasePath);
  expect(pixelDetails(pixelRows(intercepted.databasePath)[0]).mode).toBe('intercept');
  expect(failedVendorRequests(intercepted.databasePath)).toEqual([]);
  expect(monorailAfterIntercept).toBe(0);
  expect(pixelDetails(pixelRows(observed.databasePath)[0]).mode).toBe('observe');
  expect(failedVendorRequests(observed.databasePath).length).toBeGreaterThan(0);
  expect(monorailAfterObserve).toBeGreaterThan(0);

  // The run's history names the vendors it saw, so a vendor gone from every page (and from the setup) is still expected.
  const known = knownVendors({ configured: undefined, seen: [], inSetup: [], databasePath: intercepted.databasePath, storeUrl: store.url, now: new Date() });
  expect(Object.fromEntries(known)).toEqual({ shopify: 'seen in the last 7 days', ga4: 'seen in the last 7 days', meta: 'seen in the last 7 days', tiktok: 'seen in the last 7 days' });
  const longAgo = knownVendors({ configured: undefined, seen: [], inSetup: [], databasePath: intercepted.databasePath, storeUrl: store.url, now: new Date(Date.now() + 8 * 24 * 3600 * 1000) });
  expect(longAgo.size).toBe(0);
});

test('when adding to cart is broken the pixels owe no add to cart: the audit passes with what it reached, the probe owns the failure', async ({ openStore }) => {
  const store = await openStore({ faults: ['atc_500'] });
  const run = await auditPixels(store);

  const [row] = pixelRows(run.databasePath);
  expect(row.status, run.stdout).toBe('PASS');
  expect(findingCodes(row)).toContain('pixel.journey_incomplete');
  expect(pixelDetails(row).stepsReached).toEqual(['home', 'collection', 'product']);
});
