// The reporter on a tiny project of its own: each Playwright outcome becomes the documented
// SkillResult status, rows land in SQLite, results.json is written, and the exit code follows FAIL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readRows, type CheckRow } from '../helpers/read-database';
import { repositoryRoot } from '../helpers/paths';
import { runProject, writeProject } from '../helpers/temp-project';

const record = (findings: object[]) =>
  `await testInfo.attach('nano-sre-skill-record', { contentType: 'application/json', body: JSON.stringify({ skillName: testInfo.title, storeUrl: 'https://shop.example.com', device: 'desktop', findings: ${JSON.stringify(findings)}, metrics: { ttfb_ms: 120 } }) });`;

const config = `
import { defineConfig } from '@playwright/test';
export default defineConfig({
  retries: 1,
  reporter: [['${join(repositoryRoot, 'reporters/nano-sre-reporter.ts')}']],
  projects: [{ name: 'shop desktop', metadata: { storeUrl: 'https://shop.example.com', device: 'desktop' } }],
});`;

const skills = `
import { test } from '@playwright/test';
test('passes', async ({}, testInfo) => { ${record([])} });
test('warns', async ({}, testInfo) => { ${record([{ code: 'vitals.poor', level: 'warn', message: 'slow home page' }])} });
test('fails', async ({}, testInfo) => {
  ${record([{ code: 'cart.add_failed', level: 'fail', message: 'add to cart answered 500' }])}
  throw new Error('[cart.add_failed] add to cart answered 500');
});
test('throws', async ({}, testInfo) => {
  ${record([])}
  throw new Error('locator not found');
});
test('flaky', async ({}, testInfo) => {
  ${record([])}
  if (testInfo.retry === 0) throw new Error('first attempt broke');
});
test('skipped', async () => { test.skip(true, 'not applicable to this store'); });
`;

test('each Playwright outcome maps to its SkillResult status and is stored', async () => {
  const directory = writeProject({ 'playwright.config.ts': config, 'outcomes.spec.ts': skills });
  const databasePath = join(directory, 'nano.db');
  const run = await runProject(directory, { NANO_SRE_DB: databasePath, REPORTS_DIR: join(directory, 'reports') });

  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  const rows = readRows<CheckRow>(databasePath, 'SELECT * FROM check_results ORDER BY skill_name');
  const statusBySkill = Object.fromEntries(rows.map((row) => [row.skill_name, row.status]));
  expect(statusBySkill).toEqual({ passes: 'PASS', warns: 'WARN', fails: 'FAIL', throws: 'FAIL', flaky: 'WARN', outcomes: 'SKIP' });

  const codes = (skill: string) => JSON.parse(rows.find((row) => row.skill_name === skill)!.details).findings.map((finding: { code: string }) => finding.code);
  expect(codes('throws')).toEqual(['skill.error']);
  expect(codes('flaky')).toEqual(['skill.flaky']);
  expect(JSON.parse(rows.find((row) => row.skill_name === 'flaky')!.details).findings[0].message).toContain('first attempt broke');

  const results = JSON.parse(readFileSync(join(directory, 'reports', 'results.json'), 'utf8'));
  expect(results.results).toHaveLength(6);
  expect(run.stdout).toMatch(/1 passed, 2 warned, 2 failed, 1 skipped/);

  const incidents = readRows<{ skill_name: string; status: string }>(databasePath, 'SELECT skill_name, status FROM incidents ORDER BY skill_name');
  expect(incidents).toEqual([
    { skill_name: 'fails', status: 'open' },
    { skill_name: 'throws', status: 'open' },
  ]);
  const baseline = readRows<{ skill_name: string; baseline_data: string }>(databasePath, 'SELECT skill_name, baseline_data FROM baselines');
  expect(baseline.map((row) => row.skill_name)).toEqual(['passes']);
  expect(JSON.parse(baseline[0].baseline_data).desktop.ttfb_ms.mean).toBe(120);
});

test('an unwritable database path is one clear line and results.json still holds the run', async () => {
  const directory = writeProject({ 'playwright.config.ts': config, 'one.spec.ts': `import { test } from '@playwright/test';\ntest('passes', async ({}, testInfo) => { ${record([])} });` });
  const run = await runProject(directory, { NANO_SRE_DB: '/proc/nano-sre/nano.db', REPORTS_DIR: join(directory, 'reports') });

  expect(run.exitCode).toBe(1);
  expect(run.stderr).toMatch(/nano-sre: results were not stored in SQLite: cannot open the database at NANO_SRE_DB=\/proc\/nano-sre\/nano.db .*point NANO_SRE_DB at a writable file path/);
  const results = JSON.parse(readFileSync(join(directory, 'reports', 'results.json'), 'utf8'));
  expect(results.results[0].status).toBe('PASS');
});
