// The dashboard as people see it: `nano-sre dashboard` writes one self-contained file from a seeded
// database; Chromium opens it offline (phone-sized, too) and every section shows the seeded data.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTempDir, repositoryRoot } from '../helpers/paths';
import { runNode } from '../helpers/run-node';
import { seedHistory } from './seed-history';

test('every section renders with data, offline, on a desktop and a phone', async ({ page }) => {
  const directory = makeTempDir();
  await page.setContent('<div style="width:320px;height:200px;background:linear-gradient(90deg,#dc2626,#facc15)">500</div>');
  const databasePath = seedHistory(directory, await page.screenshot());
  const summary = join(directory, 'summary.md');
  writeFileSync(summary, '');
  const out = join(directory, 'dashboard.html');
  const run = await runNode(join(repositoryRoot, 'bin/nano-sre.js'), ['dashboard', '--since', '2d', '--out', out, '--markdown'], {
    cwd: directory,
    env: { ...process.env, NANO_SRE_DB: databasePath, GITHUB_STEP_SUMMARY: summary },
  });
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toContain(out);

  // Self-contained: nothing may leave the page.
  const outside: string[] = [];
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (outside.push(route.request().url()), route.abort())));
  await page.goto(`file://${out}`);

  await expect(page.locator('#summary')).toContainText('2open incidents');
  const checks = page.locator('#checks tbody tr');
  await expect(checks).toHaveCount(4); // 2 stores x 2 skills
  await expect(checks.filter({ hasText: 'shop-two.example.com' }).filter({ hasText: 'headless_probe' })).toContainText('75.00%');
  expect(await page.locator('#checks .timeline i.FAIL').count()).toBeGreaterThanOrEqual(6);
  expect(await page.locator('#checks .timeline i.WARN').count()).toBeGreaterThanOrEqual(1);

  const incidents = page.locator('#incidents tr');
  await expect(incidents).toHaveCount(2); // shop-two desktop and mobile
  await expect(incidents.first()).toContainText(/#\d+ P1/);
  await expect(incidents.first()).toContainText('open for 6h 0m');
  await expect(incidents.first()).toContainText('an app hooked into /cart/add is failing');
  await expect(incidents.first()).toContainText('Disable the cart app');

  await expect(page.locator('body')).toHaveAttribute('data-charts-ready', '4'); // 2 stores x 2 devices
  await expect(page.locator('#speed canvas')).toHaveCount(4);
  await expect(page.locator('#speed .u-legend').first()).toContainText('ttfb_ms baseline');

  await expect(page.locator('#pixels table')).toHaveCount(4);
  await expect(page.locator('#pixels table').first()).toContainText('−add_to_cart');

  const shot = page.locator('#screenshots img').first();
  await expect(shot).toBeVisible();
  expect(await shot.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1280); // the seeded screenshot, inlined

  await expect(page.locator('#runs tbody tr')).toHaveCount(20);
  await expect(page.locator('#runs tbody')).toContainText('watch:github');
  expect(outside).toEqual([]);
  await test.info().attach('dashboard (desktop)', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  // A phone: nothing wider than the screen except inside the scrolling tables.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.locator('#speed canvas').first().evaluate((canvas) => canvas.getBoundingClientRect().width)).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await test.info().attach('dashboard (phone)', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  const markdown = readFileSync(summary, 'utf8');
  expect(markdown).toMatch(/^## Nano-SRE · 2 open incident\(s\)/);
  expect(markdown).toContain('| 🔴 | https://shop-two.example.com | headless_probe | 75.00% | 48 | 12 | 0 |');
});

test('dashboard refuses a bad --since, and a missing database, with one line each', async () => {
  const directory = makeTempDir();
  const cli = (args: string[]) => runNode(join(repositoryRoot, 'bin/nano-sre.js'), args, { cwd: directory, env: { ...process.env, NANO_SRE_DB: join(directory, 'none.db') } });
  expect(await cli(['dashboard', '--since', 'a week'])).toMatchObject({ exitCode: 2, stderr: 'nano-sre: --since "a week" is not a duration; use e.g. --since 24h, --since 7d or --since 90m\n' });
  const missing = await cli(['dashboard']);
  expect(missing.exitCode).toBe(2);
  expect(missing.stderr).toMatch(/^nano-sre: there is no database at NANO_SRE_DB=.*none\.db yet; run the suite first/);
});
