// The shopper on every theme the demo store speaks (Dawn, Horizon, a classic Debut-style theme),
// both devices, with the noise real stores carry switched on (newsletter popup, consent banner,
// chat bubble, market modal): healthy stores PASS; the journey faults give their documented code on
// every theme where they look different, the overlay and bot-protection faults on one theme each.
// Faults are store-wide state, so every case gets its own demo store on its own port.
import { test as base, expect } from '@playwright/test';
import { startDemoStore, type DemoStore } from '../../demo-store/server';
import { THEME_NAMES, type ThemeName } from '../../demo-store/themes/demo-theme';
import { themeByName } from '../../demo-store/themes/theme-registry';
import { findingCodes, readRows, type CheckRow, type IncidentRow } from '../helpers/read-database';
import { runSuite } from '../helpers/run-suite';

interface StoreSetup {
  theme: ThemeName;
  faults?: string[];
}

/** A demo store with all the noise on, for one test. */
const test = base.extend<{ openStore: (setup: StoreSetup) => Promise<DemoStore> }>({
  openStore: async ({}, use) => {
    const stores: DemoStore[] = [];
    await use(async ({ theme, faults = [] }) => {
      const store = await startDemoStore({ port: 0, theme, faults, noise: ['all'] });
      stores.push(store);
      return store;
    });
    await Promise.all(stores.map((store) => store.close()));
  },
});

type Details = { findings: Array<{ code: string; level: string; message: string }> };

for (const theme of THEME_NAMES) {
  test(`${theme}: a healthy store with popups, consent banner, chat and market modal passes on desktop and mobile`, async ({ openStore }) => {
    const store = await openStore({ theme });
    const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop,mobile' } });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const rows = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs ORDER BY device');
    expect(rows.map((row) => [row.device, row.status])).toEqual([
      ['desktop', 'PASS'],
      ['mobile', 'PASS'],
    ]);
    for (const row of rows) {
      const { findings } = JSON.parse(row.details) as Details;
      // The shopper saw the theme's own signal and recorded what it closed on the way, as info only.
      expect(findings.find((finding) => finding.code === 'cart.added')?.message).toMatch(/showed it by: (notification|drawer|popup|navigated to \/cart|cart count rose)/);
      expect(findings.every((finding) => finding.level === 'info'), JSON.stringify(findings)).toBe(true);
    }
  });
}

/** The add-to-cart and checkout faults look different per theme (Ajax vs form post, drawer vs notification). */
const journeyFaults: Array<{ fault: string; code: string }> = [
  { fault: 'atc_500', code: 'cart.add_failed' },
  { fault: 'atc_js_error', code: 'cart.add_no_request' },
  { fault: 'checkout_500', code: 'checkout.error' },
];

for (const theme of THEME_NAMES) {
  for (const { fault, code } of journeyFaults) {
    test(`${theme}: fault ${fault} is a FAIL with ${code}, noise on`, async ({ openStore }) => {
      const store = await openStore({ theme, faults: [fault] });
      const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop' } });

      expect(run.exitCode, run.stdout + run.stderr).toBe(1);
      const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
      expect(row.status).toBe('FAIL');
      expect(findingCodes(row)).toContain(code);
      expect(run.stdout).toContain(`${code}:`);
    });
  }
}

for (const theme of ['horizon', 'classic'] as const) {
  test(`${theme}: a default variant that is sold out is a WARN and the shopper buys another one`, async ({ openStore }) => {
    const store = await openStore({ theme, faults: ['sold_out_default'] });
    const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'mobile' } });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
    expect(row.status).toBe('WARN');
    expect(findingCodes(row)).toContain('product.default_variant_sold_out');
    expect(findingCodes(row)).toContain('cart.added');
  });
}

test('horizon: an overlay nobody can close is a FAIL page.blocking_overlay with a screenshot, not a timeout', async ({ openStore }) => {
  const store = await openStore({ theme: 'horizon', faults: ['blocking_popup'] });
  const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop' } });

  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
  expect(findingCodes(row)).toContain('page.blocking_overlay');
  expect(JSON.parse(row.screenshots)).toEqual(expect.arrayContaining([expect.stringMatching(/blocking-overlay/)]));
  expect(run.stdout).not.toMatch(/TimeoutError/);
});

test('classic: Shopify bot protection is "the monitor was blocked" (P3), never an outage', async ({ openStore }) => {
  const store = await openStore({ theme: 'classic', faults: ['bot_challenge'] });
  const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop' } });

  const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
  expect(findingCodes(row, ['fail', 'warn']), run.stdout).toEqual(['store.blocked_monitor']);
  const diagnosis = JSON.parse(row.diagnosis ?? '{}') as { category?: string; severity?: string; rootCause?: string };
  expect(diagnosis).toMatchObject({ category: 'monitor-misconfiguration', severity: 'P3' });
  expect(diagnosis.rootCause).toMatch(/monitor was blocked/);
  const [incident] = readRows<IncidentRow>(run.databasePath, 'SELECT * FROM incidents');
  expect(incident?.severity).toBe('P3');
});

test('dawn: a buy button the shopper cannot recognise is "the monitor cannot read this page" (P2), and ADD_TO_CART_SELECTOR fixes it', async ({ openStore }) => {
  const store = await openStore({ theme: 'dawn', faults: ['unlabelled_buy_button'] });
  const unreadable = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop' } });

  const [row] = readRows<CheckRow>(unreadable.databasePath, 'SELECT * FROM check_runs');
  expect(findingCodes(row, ['fail', 'warn']), unreadable.stdout).toEqual(['shopper.control_not_found']);
  const finding = (JSON.parse(row.details) as { findings: Array<{ code: string; message: string; evidence: { ariaSnapshot?: string; override?: string } }> }).findings.find((entry) => entry.code === 'shopper.control_not_found');
  expect(finding?.message).toMatch(/cannot read this page/);
  expect(finding?.evidence.override).toBe('ADD_TO_CART_SELECTOR');
  expect(finding?.evidence.ariaSnapshot).toMatch(/heading "Classic Tee"/);
  expect(JSON.parse(row.diagnosis ?? '{}')).toMatchObject({ category: 'monitor-misconfiguration', severity: 'P2' });

  const overridden = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop', ADD_TO_CART_SELECTOR: 'form[data-type="add-to-cart-form"] button[name="add"]' } });
  expect(overridden.exitCode, overridden.stdout).toBe(0);
});

test('PREVIEW_THEME_ID shops an unpublished theme, as Shopify previews one', async ({ openStore }) => {
  const store = await openStore({ theme: 'dawn' });
  const horizonId = themeByName('horizon').identity.id;
  const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop', PREVIEW_THEME_ID: String(horizonId) } });

  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
  const { findings } = JSON.parse(row.details) as Details;
  // Dawn (published) opens its cart notification; Horizon (previewed) only raises the cart count.
  expect(findings.find((finding) => finding.code === 'cart.added')?.message).toMatch(/cart count rose/);
  const pages = (JSON.parse(row.details) as { evidence: { pages: Array<{ url: string }> } }).evidence.pages;
  expect(pages[0]?.url).toContain(`preview_theme_id=${horizonId}`);
});

test('CONSENT=decline declines the cookie banner, and a locale-prefixed store URL (/en-ca) is shopped under its prefix', async ({ openStore }) => {
  const store = await openStore({ theme: 'classic' });
  const run = await runSuite({ env: { STORE_URL: `${store.url}/en-ca`, DEVICES: 'mobile', CONSENT: 'decline' } });

  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
  const details = JSON.parse(row.details) as Details & { evidence: { pages: Array<{ url: string }> } };
  const consent = details.findings.filter((finding) => finding.code === 'shopper.overlay_dismissed' && /cookie/i.test(finding.message));
  expect(consent.map((finding) => finding.message)).toEqual([expect.stringMatching(/pressed "Decline"/)]);
  expect(details.evidence.pages.map((page) => new URL(page.url).pathname)).toEqual(expect.arrayContaining(['/en-ca/', '/en-ca/cart']));
});
