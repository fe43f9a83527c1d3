// What a developer meets in Playwright's HTML report when a check fails: the findings as
// annotations at the top of the test page, the skill's own line in the error frame (not our
// recorder's), the record as readable text, screenshots named for their finding, and diagnosis.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { startDemoStore } from '../../demo-store/server';
import { repositoryRoot } from '../helpers/paths';
import { runSuite } from '../helpers/run-suite';
import { runProject, writeProject } from '../helpers/temp-project';

interface JsonReport {
  suites: Array<{ specs: Array<{ tests: Array<{ annotations: Array<{ type: string; description?: string }>; results: Array<{ errors: Array<{ message: string; stack?: string; location?: { file: string; line: number } }>; attachments: Array<{ name: string; contentType: string; body?: string }> }> }> }> }>;
}

test('a failing skill shows its findings as annotations and its own line in the error frame', async () => {
  const store = await startDemoStore({ port: 0 });
  try {
    const directory = writeProject({
      'playwright.config.ts': `import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from ${JSON.stringify(join(repositoryRoot, 'config/browser.ts'))};
export default defineConfig({ testMatch: '**/*.skill.ts', reporter: [['json', { outputFile: 'report.json' }]], use: { launchOptions: chromiumLaunchOptions(process.env.CHROMIUM_PATH) } });`,
      'cart.skill.ts': `import { test } from ${JSON.stringify(join(repositoryRoot, 'fixtures/index.ts'))};
test('adds to cart', async ({ skill }) => {
  await skill.step('Add to cart', async () => {
    skill.warn('cart.count_not_updated', 'The cart holds 1 item(s) but the header shows 0.');
    skill.fail('cart.add_failed', 'Adding Classic Tee to the cart failed: /cart/add answered HTTP 500.');
  });
});
`,
    });
    const run = await runProject(directory, { STORE_URL: store.url });
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);

    const report = JSON.parse(readFileSync(join(directory, 'report.json'), 'utf8')) as JsonReport;
    const [result] = report.suites[0].specs[0].tests;
    expect(result.annotations).toEqual([
      { type: 'WARN cart.count_not_updated', description: 'The cart holds 1 item(s) but the header shows 0. (step: Add to cart)' },
      { type: 'FAIL cart.add_failed', description: 'Adding Classic Tee to the cart failed: /cart/add answered HTTP 500. (step: Add to cart)' },
    ]);
    const [error] = result.results[0].errors;
    expect(error.message).toContain('cart.add_failed: Adding Classic Tee to the cart failed');
    expect(error.location?.file).toMatch(/cart\.skill\.ts$/);
    expect(error.location?.line).toBe(5);
    expect(`${error.message}\n${error.stack ?? ''}`).not.toContain('skill-recorder.ts');
    const text = result.results[0].attachments.find((attachment) => attachment.name === 'skill record');
    expect(Buffer.from(text?.body ?? '', 'base64').toString('utf8')).toContain('FAIL cart.add_failed: Adding Classic Tee to the cart failed');
  } finally {
    await store.close();
  }
});

test('the HTML report of a failing demo run shows the finding without expanding anything, and diagnosis.md explains it', async ({ page }, testInfo) => {
  const store = await startDemoStore({ port: 0, faults: ['atc_500'] });
  try {
    const run = await runSuite({ args: ['skills/headless-probe.skill.ts'], env: { STORE_URL: store.url, DEVICES: 'desktop' } });
    expect(run.exitCode).toBe(1);
    const diagnosisPath = join(run.reportsDir, 'diagnosis.md');
    expect(run.stdout).toContain(`note: diagnosis of every WARN and FAIL: ${diagnosisPath}`);
    const diagnosis = readFileSync(diagnosisPath, 'utf8');
    expect(diagnosis).toContain('## FAIL headless_probe · desktop');
    expect(diagnosis).toContain('- FAIL cart.add_failed: Adding Classic Tee to the cart failed: /cart/add answered HTTP 500. (step: Add to cart)');
    expect(diagnosis).toMatch(/\*\*Diagnosis\*\* \(P0, store-defect/);

    const index = join(run.reportsDir, 'html', 'index.html');
    expect(existsSync(index)).toBe(true);
    await page.goto(pathToFileURL(index).href);
    await page.getByRole('link', { name: 'a shopper can find a product, add it to the cart and reach checkout' }).first().click();
    await expect(page.getByText('FAIL cart.add_failed', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Adding Classic Tee to the cart failed: /cart/add answered HTTP 500.').first()).toBeVisible();
    await expect(page.getByText('cart.add_failed — the error after pressing Add to cart').first()).toBeVisible();
    await testInfo.attach('the failing test page of the HTML report', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  } finally {
    await store.close();
  }
});
