// The SQLite store on real files: migrations are idempotent and race-safe, retention prunes,
// and two runs writing at once both land.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { listMigrations } from '../../db/migrate';
import { openDatabase } from '../../db/open-database';
import { saveRun } from '../../db/save-run';
import type { SkillResult } from '../../core/skill-result';
import { makeTempDir } from '../helpers/paths';
import { findingCatalogue } from '../../reporters/finding-registry';

function result(status: SkillResult['status'], startedAt: string): SkillResult {
  return {
    skillName: 'headless_probe', title: 'probe', project: 'p', storeUrl: 'https://shop.example.com', device: 'desktop',
    status, summary: status, findings: [], metrics: { ttfb_ms: 200 }, screenshots: [],
    evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] }, durationMs: 10, attempts: 1, startedAt,
  };
}

test('migrations run once and set user_version to the number of files', () => {
  const path = join(makeTempDir(), 'nano.db');
  openDatabase(path).close();
  const database = openDatabase(path);
  expect(database.pragma('user_version', { simple: true })).toBe(listMigrations().length);
  expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
  const tables = (database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((row) => row.name);
  expect(tables).toEqual(expect.arrayContaining(['runs', 'check_runs', 'baselines', 'incidents']));
  database.close();
});

test('a database from a newer Nano-SRE is refused with a clear message', () => {
  const path = join(makeTempDir(), 'nano.db');
  const raw = new Database(path);
  raw.pragma('user_version = 999');
  raw.close();
  expect(() => openDatabase(path)).toThrow(/schema version 999 .* upgrade Nano-SRE or point NANO_SRE_DB at another file/);
});

test('retention prunes check rows older than RETENTION_DAYS', () => {
  const database = openDatabase(join(makeTempDir(), 'nano.db'));
  const old = '2026-01-01T00:00:00.000Z';
  saveRun(database, { runId: 'old', startedAt: old, finishedAt: old, trigger: 'test', results: [result('PASS', old)], retentionDays: 90, evidenceRetentionDays: 14, isOutage: findingCatalogue.isOutage });
  const now = '2026-11-26T00:00:00.000Z';
  saveRun(database, { runId: 'new', startedAt: now, finishedAt: now, trigger: 'test', results: [result('PASS', now)], retentionDays: 90, evidenceRetentionDays: 14, isOutage: findingCatalogue.isOutage });
  const runIds = (database.prepare('SELECT run_id FROM check_runs').all() as Array<{ run_id: string }>).map((row) => row.run_id);
  expect(runIds).toEqual(['new']);
  database.close();
});

test('two processes writing runs into one file at once both land', async () => {
  const path = join(makeTempDir(), 'nano.db');
  const writer = `
    import { openDatabase } from '${join(process.cwd(), 'db/open-database.ts')}';
    import { saveRun } from '${join(process.cwd(), 'db/save-run.ts')}';
    const database = openDatabase(process.argv[2]);
    for (let index = 0; index < 40; index += 1) {
      const at = new Date().toISOString();
      saveRun(database, { runId: process.argv[3] + index, startedAt: at, finishedAt: at, trigger: 'test', retentionDays: 90, evidenceRetentionDays: 14, isOutage: () => false,
        results: [{ skillName: 's', title: 't', project: 'p', storeUrl: 'https://a.example.com', device: 'desktop', status: index % 2 ? 'FAIL' : 'PASS',
          summary: 'x', findings: [], metrics: {}, screenshots: [], evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] }, durationMs: 1, attempts: 1, startedAt: at }] });
    }
    database.close();`;
  const { spawn } = await import('node:child_process');
  const { writeFileSync } = await import('node:fs');
  const script = join(makeTempDir(), 'writer.ts');
  writeFileSync(script, writer);
  const run = (name: string) =>
    new Promise<number | null>((resolve) => spawn(process.execPath, ['--import', 'tsx', script, path, name], { stdio: 'inherit' }).on('close', resolve));
  expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0]);
  const database = openDatabase(path);
  expect(database.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 80 });
  const openIncidents = database.prepare(`SELECT count(*) AS n FROM incidents WHERE status = 'open'`).get() as { n: number };
  expect(openIncidents.n).toBeLessThanOrEqual(1);
  database.close();
});
