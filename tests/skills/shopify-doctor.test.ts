// The Shopify doctor through the real suite against the demo store, noise on: the faults that look
// different per theme (a Liquid error, broken images; the same markup for every device) on every theme on
// desktop, the others grouped into one store each by the status they give, on both devices. Healthy on every theme and device is in
// tests/fixtures/storefront-on-real-themes.test.ts.
import { test as base, expect } from '@playwright/test';
import { provenIn } from '../../demo-store/faults/demo-fault';
import { DEMO_FAULTS, FAULT_REGISTRY } from '../../demo-store/faults/fault-registry';
import { startDemoStore, type DemoStore } from '../../demo-store/server';
import { LEAKED_ADMIN_TOKEN } from '../../demo-store/faults/secret-in-source';
import { THEME_NAMES, type ThemeName } from '../../demo-store/themes/demo-theme';
import { findingCodes, readRows, type CheckRow } from '../helpers/read-database';
import { runSuite } from '../helpers/run-suite';

const thisFile = 'tests/skills/shopify-doctor.test.ts';
const doctorFaults = DEMO_FAULTS.filter((fault) => provenIn(fault) === thisFile);
const perTheme = doctorFaults.filter((fault) => fault.verdict.perTheme);
const slowApp = FAULT_REGISTRY.app_script_slow;
const grouped = doctorFaults.filter((fault) => !fault.verdict.perTheme && fault !== slowApp);

const test = base.extend<{ openStore: (theme: ThemeName, faults: string[]) => Promise<DemoStore> }>({
  openStore: async ({}, use) => {
    const stores: DemoStore[] = [];
    await use(async (theme, faults) => {
      const store = await startDemoStore({ port: 0, theme, faults, noise: ['all'] });
      stores.push(store);
      return store;
    });
    await Promise.all(stores.map((store) => store.close()));
  },
});

async function runDoctor(store: DemoStore, devices = 'desktop,mobile') {
  const run = await runSuite({ args: ['skills/shopify-doctor.skill.ts'], env: { STORE_URL: store.url, DEVICES: devices } });
  const rows = readRows<CheckRow>(run.databasePath, "SELECT * FROM check_results WHERE skill_name = 'shopify_doctor' ORDER BY device");
  return { run, rows, findings: (row: CheckRow) => JSON.parse(row.details).findings as Array<{ code: string; level: string; message: string; evidence: Record<string, unknown> }> };
}

for (const theme of THEME_NAMES) {
  test(`${theme}: ${perTheme.map((fault) => fault.name).join(' and ')}, each with its code`, async ({ openStore }) => {
    const { run, rows, findings } = await runDoctor(await openStore(theme, perTheme.map((fault) => fault.name)), 'desktop');
    expect(rows.map((row) => row.device)).toEqual(['desktop']);
    for (const row of rows) {
      expect(row.status, run.stdout).toBe('FAIL');
      for (const fault of perTheme) expect(findingCodes(row, ['fail', 'warn']), `${theme} ${row.device} ${fault.name}`).toContain(fault.verdict.code);
      const liquid = findings(row).find((finding) => finding.code === 'doctor.liquid_error');
      expect(liquid?.message).toMatch(/from sections\/main-product line 42 while answering 200/);
    }
  });
}

test(`the other doctor faults (${grouped.map((fault) => fault.name).join(', ')}) each carry their code, named by owner`, async ({ openStore }) => {
  const { run, rows, findings } = await runDoctor(await openStore('dawn', grouped.map((fault) => fault.name)));
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  for (const row of rows) {
    const codes = findingCodes(row, ['fail', 'warn']);
    for (const fault of grouped) expect(codes, `${row.device} ${fault.name}`).toContain(fault.verdict.code);
    const messages = findings(row).map((finding) => finding.message).join('\n');
    // Owners in words: the theme's asset, the app embed, the Storefront API and its error, one flood finding.
    expect(messages).toMatch(/The theme's recently-viewed\.js throws on 5 pages/);
    expect(messages).toMatch(/An app embed \(theme app extension\) throws .*reading 'rating'/);
    expect(messages).toMatch(/graphql\.json answered 200 with GraphQL errors \("Field 'sellingPlanGroups'/);
    expect(findings(row).filter((finding) => finding.code === 'doctor.console_flood')).toHaveLength(1);
    // The untranslated key once, with every page it shows on (the footer is on all five).
    expect(messages).toMatch(/Untranslated theme text on (\w+, ){4}\w+: Translation missing: en\.newsletter\.label\./);
    expect(JSON.stringify(findings(row))).not.toContain(LEAKED_ADMIN_TOKEN);
  }
  // The only FAIL is the leaked credential; the rest warn.
  expect(findingCodes(rows[0], ['fail'])).toEqual(['doctor.secret_in_source']);
});

test('a slow third-party app script is named by host, once, with the time it took', async ({ openStore }) => {
  const { run, rows, findings } = await runDoctor(await openStore('dawn', [slowApp.name]), 'desktop');
  const [row] = rows;
  expect(row.status, run.stdout).toBe(slowApp.verdict.status);
  expect(findingCodes(row, ['fail', 'warn'])).toEqual([slowApp.verdict.code]);
  expect(findings(row).find((finding) => finding.code === slowApp.verdict.code)?.message).toMatch(/^localhost's script took \d{4} ms to load on the home page/);
  const weights = JSON.parse(row.details).skillDetails.appWeight as Array<{ owner: string; slowestMs: number }>;
  expect(weights.find((weight) => weight.owner === 'localhost')?.slowestMs).toBeGreaterThan(3000);
});
