// The shopper on every theme the demo store speaks (Dawn, Horizon, a classic Debut-style theme),
// both devices, with the noise real stores carry switched on (newsletter popup, consent banner,
// chat bubble, market modal): healthy stores PASS; the journey faults give their documented code on
// every theme where they look different, the overlay and bot-protection faults on one theme each
// (fault, verdict and themes come from demo-store/faults/fault-registry.ts).
// Faults are store-wide state, so every case gets its own demo store on its own port.
import { test as base, expect } from '@playwright/test';
import { DEMO_FAULTS, FAULT_REGISTRY } from '../../demo-store/faults/fault-registry';
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

/**
 * The faults that look different per theme (Ajax vs form post, drawer vs notification), on the themes
 * the registry names. The faults proven on one theme only have their own test below, which reads its
 * theme and code from the same registry entry.
 */
const journeyFaults = DEMO_FAULTS.filter((fault) => fault.verdict.perTheme && fault.endToEnd.themes.length > 0);

for (const theme of THEME_NAMES) {
  for (const {
    name: fault,
    verdict: { status, code },
  } of journeyFaults.filter((journeyFault) => journeyFault.endToEnd.themes.includes(theme))) {
    test(`${theme}: fault ${fault} is a ${status} with ${code}, noise on`, async ({ openStore }) => {
      const store = await openStore({ theme, faults: [fault] });
      const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop' } });

      expect(run.exitCode, run.stdout + run.stderr).toBe(status === 'FAIL' ? 1 : 0);
      const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
      expect(row.status).toBe(status);
      expect(findingCodes(row)).toContain(code);
      expect(run.stdout).toContain(`${code}:`);
    });
  }
}

const soldOutDefault = FAULT_REGISTRY.sold_out_default;
for (const theme of soldOutDefault.endToEnd.themes) {
  test(`${theme}: a default variant that is sold out is a ${soldOutDefault.verdict.status} and the shopper buys another one`, async ({ openStore }) => {
    const store = await openStore({ theme, faults: [soldOutDefault.name] });
    const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'mobile' } });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
    expect(row.status).toBe(soldOutDefault.verdict.status);
    expect(findingCodes(row)).toContain(soldOutDefault.verdict.code);
    expect(findingCodes(row)).toContain('cart.added');
  });
}

const blockingPopup = FAULT_REGISTRY.blocking_popup;
for (const theme of blockingPopup.endToEnd.themes) {
  test(`${theme}: an overlay nobody can close is a ${blockingPopup.verdict.status} ${blockingPopup.verdict.code} with a screenshot, not a timeout`, async ({ openStore }) => {
    const store = await openStore({ theme, faults: [blockingPopup.name] });
    const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop' } });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
    expect(findingCodes(row)).toContain(blockingPopup.verdict.code);
    expect(JSON.parse(row.screenshots)).toEqual(expect.arrayContaining([expect.stringMatching(/blocking-overlay/)]));
    expect(run.stdout).not.toMatch(/TimeoutError/);
  });
}

const botChallenge = FAULT_REGISTRY.bot_challenge;
for (const theme of botChallenge.endToEnd.themes) {
  test(`${theme}: Shopify bot protection is "the monitor was blocked" (P3), never an outage`, async ({ openStore }) => {
    const store = await openStore({ theme, faults: [botChallenge.name] });
    const run = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop' } });

    const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
    expect(findingCodes(row, ['fail', 'warn']), run.stdout).toEqual([botChallenge.verdict.code]);
    const diagnosis = JSON.parse(row.diagnosis ?? '{}') as { category?: string; severity?: string; rootCause?: string };
    expect(diagnosis).toMatchObject({ category: 'monitor-misconfiguration', severity: 'P3' });
    expect(diagnosis.rootCause).toMatch(/monitor was blocked/);
    const [incident] = readRows<IncidentRow>(run.databasePath, 'SELECT * FROM incidents');
    expect(incident?.severity).toBe('P3');
  });
}

const unlabelledBuyButton = FAULT_REGISTRY.unlabelled_buy_button;
for (const theme of unlabelledBuyButton.endToEnd.themes) {
  test(`${theme}: a buy button the shopper cannot recognise is "the monitor cannot read this page" (P2), and ADD_TO_CART_SELECTOR fixes it`, async ({ openStore }) => {
    const { code } = unlabelledBuyButton.verdict;
    const store = await openStore({ theme, faults: [unlabelledBuyButton.name] });
    const unreadable = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop' } });

    const [row] = readRows<CheckRow>(unreadable.databasePath, 'SELECT * FROM check_runs');
    expect(findingCodes(row, ['fail', 'warn']), unreadable.stdout).toEqual([code]);
    const finding = (JSON.parse(row.details) as { findings: Array<{ code: string; message: string; evidence: { ariaSnapshot?: string; override?: string } }> }).findings.find((entry) => entry.code === code);
    expect(finding?.message).toMatch(/cannot read this page/);
    expect(finding?.evidence.override).toBe('ADD_TO_CART_SELECTOR');
    expect(finding?.evidence.ariaSnapshot).toMatch(/heading "Classic Tee"/);
    expect(JSON.parse(row.diagnosis ?? '{}')).toMatchObject({ category: 'monitor-misconfiguration', severity: 'P2' });

    const overridden = await runSuite({ env: { STORE_URL: store.url, DEVICES: 'desktop', ADD_TO_CART_SELECTOR: 'form[data-type="add-to-cart-form"] button[name="add"]' } });
    expect(overridden.exitCode, overridden.stdout).toBe(0);
  });
}

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
