// `nano-sre incidents` as a user runs it: open incidents with how long they have lasted, exit 1
// while any is open; --all adds resolved ones.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../db/open-database';
import { saveRun } from '../../db/save-run';
import type { SkillResult } from '../../core/skill-result';
import { runNode } from '../helpers/run-node';
import { makeTempDir, repositoryRoot } from '../helpers/paths';
import { findingCatalogue } from '../../reporters/finding-registry';

function result(status: SkillResult['status'], device: string, at: string): SkillResult {
  return {
    skillName: 'headless_probe', title: 'probe', project: 'p', storeUrl: 'https://shop.example.com', device, status,
    summary: status === 'FAIL' ? 'Checkout answered HTTP 500 at /checkout.' : 'all steps passed',
    findings: status === 'FAIL' ? [{ code: 'checkout.error', level: 'fail', message: 'Checkout answered HTTP 500 at /checkout.', evidence: {} }] : [],
    metrics: {}, screenshots: [], evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] }, durationMs: 1, attempts: 1, startedAt: at,
  };
}

test('incidents lists what is open, and --all what was', async () => {
  const databasePath = join(makeTempDir(), 'nano.db');
  const database = openDatabase(databasePath);
  const opened = new Date(Date.now() - 90 * 60_000).toISOString();
  saveRun(database, { runId: 'r1', startedAt: opened, finishedAt: opened, trigger: 'test', retentionDays: 90, evidenceRetentionDays: 14, isOutage: findingCatalogue.isOutage, results: [result('FAIL', 'desktop', opened), result('FAIL', 'mobile', opened)] });
  const later = new Date(Date.now() - 30 * 60_000).toISOString();
  saveRun(database, { runId: 'r2', startedAt: later, finishedAt: later, trigger: 'test', retentionDays: 90, evidenceRetentionDays: 14, isOutage: findingCatalogue.isOutage, results: [result('FAIL', 'desktop', later), result('PASS', 'mobile', later)] });
  database.close();

  const cli = (args: string[]) => runNode(join(repositoryRoot, 'bin/nano-sre.js'), args, { cwd: repositoryRoot, env: { ...process.env, NANO_SRE_DB: databasePath } });
  const open = await cli(['incidents']);
  expect(open.exitCode).toBe(1);
  expect(open.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^#\d+ P1 OPEN for 1h 30m · headless_probe on https:\/\/shop.example.com \(desktop\) · Checkout answered HTTP 500/)]);

  const all = await cli(['incidents', '--all']);
  expect(all.stdout).toMatch(/P1 resolved after 1h 0m · headless_probe on https:\/\/shop.example.com \(mobile\)/);
  expect(await cli(['incidents', '--limit', 'lots'])).toMatchObject({ exitCode: 2, stderr: 'nano-sre: --limit "lots" is not a whole number above 0\n' });
});
