// How a year of history stays small (issue 12): a check row keeps what history needs, its evidence row what the
// check saw, for EVIDENCE_RETENTION_DAYS (by default not at all) when it passed and as long as the row when it
// did not; check_results puts them back together; the pixel auditor's memory is kept either way. Speed baselines keep each series' last 20 values in one row per store × skill × device;
// status timelines and speed charts read hourly sums the save adds to and retention drops by whole hours.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import type { SkillResult } from '../../core/skill-result';
import { readMetricBaselines, recentPixelVendors } from '../../db/baseline-reads';
import { readMetricWindows } from '../../db/metric-baselines';
import { listMigrations, migrate, migrationsDirectory } from '../../db/migrate';
import { openDatabase } from '../../db/open-database';
import { saveRun } from '../../db/save-run';
import { latestPixelMatrices, metricBuckets, statusBuckets } from '../../db/history-queries';
import { findingCatalogue } from '../../reporters/finding-registry';
import { makeTempDir } from '../helpers/paths';

const store = 'https://shop.example.com';

function result(skillName: string, status: SkillResult['status'], startedAt: string, details: Record<string, unknown> = {}): SkillResult {
  return {
    skillName, title: skillName, project: 'p', storeUrl: store, device: 'desktop', status, summary: status,
    findings: [
      { code: 'pixel.journey_incomplete', level: 'info', message: 'The journey stopped before checkout.', evidence: {} },
      ...(status === 'FAIL' ? [{ code: 'cart.add_failed', level: 'fail' as const, message: 'Adding to the cart failed.', evidence: { status: 500 } }] : []),
    ],
    metrics: { ttfb_ms: 200 }, screenshots: [`/reports/${skillName}-${status}.png`], durationMs: 10, attempts: 1, startedAt, details,
    evidence: { consoleErrors: [{ text: 'boom' }], pageErrors: [], failedRequests: [], pages: [{ step: 'home', url: `${store}/`, status: 200, ttfbMs: 120 }] },
  };
}

function save(database: Database.Database, at: string, results: SkillResult[], evidenceRetentionDays = 14): void {
  saveRun(database, { runId: at, startedAt: at, finishedAt: at, trigger: 'test', results, retentionDays: 90, evidenceRetentionDays, isOutage: findingCatalogue.isOutage });
}

const detailsOf = (database: Database.Database, table: 'check_runs' | 'check_results', skillName: string, at: string) =>
  JSON.parse((database.prepare(`SELECT details FROM ${table} WHERE skill_name = ? AND timestamp = ?`).get(skillName, at) as { details: string }).details);

test('a check row keeps findings that matter and metrics; check_results adds back what the check saw, until a passing check’s evidence expires', () => {
  const database = openDatabase(join(makeTempDir(), 'nano.db'));
  const first = '2026-11-01T00:00:00.000Z';
  const matrix = [{ vendor: 'ga4', cells: {} }];
  save(database, first, [result('pixel_auditor', 'PASS', first, { matrix, vendorsSeen: ['ga4'] }), result('headless_probe', 'FAIL', first)]);

  const row = detailsOf(database, 'check_runs', 'pixel_auditor', first);
  expect(row).toEqual({ findings: [], metrics: { ttfb_ms: 200 }, attempts: 1 });
  const whole = detailsOf(database, 'check_results', 'pixel_auditor', first);
  expect(whole.title).toBe('pixel_auditor');
  expect(whole.findings.map((finding: { code: string }) => finding.code)).toEqual(['pixel.journey_incomplete']);
  expect(whole.skillDetails).toEqual({ matrix, vendorsSeen: ['ga4'] });
  expect(whole.evidence.pages).toEqual([{ step: 'home', url: `${store}/`, status: 200, ttfbMs: 120 }]);
  expect(detailsOf(database, 'check_runs', 'headless_probe', first).findings.map((finding: { code: string }) => finding.code)).toEqual(['cart.add_failed']);
  // A failure's screenshots stay on its row (the dashboard shows the latest); a pass's are evidence.
  expect(database.prepare('SELECT skill_name, screenshots FROM check_runs ORDER BY skill_name').all()).toEqual([
    { skill_name: 'headless_probe', screenshots: '["/reports/headless_probe-FAIL.png"]' },
    { skill_name: 'pixel_auditor', screenshots: '[]' },
  ]);
  expect(database.prepare(`SELECT screenshots FROM check_results WHERE skill_name = 'pixel_auditor'`).get()).toEqual({ screenshots: '["/reports/pixel_auditor-PASS.png"]' });

  // Fifteen days on, the passing check's evidence has gone and the failing check's is still there.
  const later = '2026-11-16T00:00:00.000Z';
  save(database, later, [result('pixel_auditor', 'PASS', later, { matrix, vendorsSeen: ['ga4'] })]);
  expect(detailsOf(database, 'check_results', 'pixel_auditor', first)).toEqual(row);
  expect(detailsOf(database, 'check_results', 'pixel_auditor', later).skillDetails.vendorsSeen).toEqual(['ga4']);
  const failing = detailsOf(database, 'check_results', 'headless_probe', first);
  expect(failing.findings.map((finding: { code: string }) => finding.code)).toEqual(['pixel.journey_incomplete', 'cart.add_failed']);
  expect(failing.evidence.consoleErrors).toEqual([{ text: 'boom' }]);

  // Retention takes the failing check and its evidence together.
  const muchLater = '2027-02-15T00:00:00.000Z';
  save(database, muchLater, [result('headless_probe', 'PASS', muchLater)]);
  expect(database.prepare('SELECT timestamp FROM check_runs').all()).toEqual([{ timestamp: muchLater }]);
  expect(database.prepare('SELECT c.timestamp FROM check_evidence e LEFT JOIN check_runs c ON c.id = e.check_run_id').all()).toEqual([{ timestamp: muchLater }]);
  database.close();
});

test('by default a passing check keeps no evidence, a failing one keeps it; the pixel auditor’s vendors and newest matrix are kept either way', () => {
  const databasePath = join(makeTempDir(), 'nano.db');
  const database = openDatabase(databasePath);
  const first = '2026-11-01T00:00:00.000Z';
  const matrix = [{ vendor: 'ga4', cells: {} }];
  const mobile = (skillResult: SkillResult): SkillResult => ({ ...skillResult, device: 'mobile' });
  save(database, first, [result('pixel_auditor', 'PASS', first, { matrix, vendorsSeen: ['ga4', 'meta'] }), result('headless_probe', 'FAIL', first)], 0);
  expect(detailsOf(database, 'check_results', 'pixel_auditor', first)).toEqual({ findings: [], metrics: { ttfb_ms: 200 }, attempts: 1 });
  expect(detailsOf(database, 'check_results', 'headless_probe', first).evidence.consoleErrors).toEqual([{ text: 'boom' }]);
  expect(database.prepare('SELECT count(*) AS rows FROM check_evidence').get()).toEqual({ rows: 1 });

  // A day on, meta is gone from the desktop check, a phone check fails with no matrix: meta is still remembered from the day before.
  const next = '2026-11-02T00:00:00.000Z';
  save(database, next, [result('pixel_auditor', 'PASS', next, { matrix, vendorsSeen: ['ga4'] }), mobile(result('pixel_auditor', 'FAIL', next))], 0);
  expect(recentPixelVendors(databasePath, store, '2026-10-26T00:00:00.000Z')).toEqual(['ga4', 'meta']);
  expect(recentPixelVendors(databasePath, store, '2026-11-01T12:00:00.000Z')).toEqual(['ga4']);
  expect(latestPixelMatrices(database, first).map(({ device, timestamp, payload }) => ({ device, timestamp, matrix: payload && JSON.parse(payload) }))).toEqual([
    { device: 'desktop', timestamp: next, matrix },
    { device: 'mobile', timestamp: next, matrix: null },
  ]);
  expect(latestPixelMatrices(database, '2026-11-03T00:00:00.000Z')).toEqual([]);
  // A run saved late (a shard merged afterwards) does not hide a newer matrix.
  const late = '2026-11-01T12:00:00.000Z';
  save(database, late, [result('pixel_auditor', 'PASS', late, { matrix: [], vendorsSeen: [] })], 0);
  expect(latestPixelMatrices(database, first).find((row) => row.device === 'desktop')?.timestamp).toBe(next);

  // Retention forgets what was last seen more than RETENTION_DAYS ago.
  const muchLater = '2027-01-31T12:00:00.000Z';
  save(database, muchLater, [result('headless_probe', 'PASS', muchLater)], 0);
  expect(database.prepare('SELECT count(*) AS rows FROM pixel_vendors_seen').get()).toEqual({ rows: 0 });
  expect(database.prepare('SELECT count(*) AS rows FROM pixel_matrices_latest').get()).toEqual({ rows: 0 });
  database.close();
});

test('speed baselines keep each series’ values of the last 20 checks, newest first, and give their median and MAD', () => {
  const path = join(makeTempDir(), 'nano.db');
  const database = openDatabase(path);
  for (let index = 0; index < 25; index += 1) {
    const at = new Date(Date.parse('2026-11-01T00:00:00Z') + index * 900_000).toISOString();
    const samples = [{ template: 'home', metric: 'ttfb', value: 100 + index }, { template: 'product', metric: 'lcp', value: 1000 }];
    save(database, at, [result('storefront_vitals', index === 24 ? 'FAIL' : 'PASS', at, { metricSamples: samples })]);
  }
  // The FAIL run (value 124) measured nothing reliable; the window is the 20 checks before it, newest first.
  expect(database.prepare('SELECT count(*) AS rows FROM metric_window_samples').get()).toEqual({ rows: 20 });
  expect(readMetricWindows(database, { storeUrl: store, skillName: 'storefront_vitals', device: 'desktop' }).home.ttfb).toEqual(Array.from({ length: 20 }, (_, index) => 123 - index));
  // Those are the skill's baselines; its metrics are not averaged a second time in `baselines`.
  expect(database.prepare('SELECT skill_name FROM baselines').all()).toEqual([]);
  database.close();
  expect(readMetricBaselines(path, store, 'storefront_vitals', 'desktop')).toEqual({
    home: { ttfb: { median: 113.5, mad: 5, samples: 20 } },
    product: { lcp: { median: 1000, mad: 0, samples: 20 } },
  });
});

/** A database as an older Nano-SRE left it: migrated only as far as the files before `firstMissing`. */
function olderDatabase(firstMissing: string): Database.Database {
  const olderMigrations = makeTempDir();
  const names = listMigrations();
  for (const name of names.slice(0, names.indexOf(firstMissing))) copyFileSync(join(migrationsDirectory, name), join(olderMigrations, name));
  const old = new Database(join(makeTempDir(), 'nano.db'));
  migrate(old, olderMigrations);
  return old;
}

test('samples recorded before metric_windows existed become its windows when the database is upgraded', () => {
  const old = olderDatabase('2026-11-30-05-metric-windows.sql');
  const insert = old.prepare(`INSERT INTO metric_samples (run_id, recorded_at, store_url, skill_name, template, device, metric, value) VALUES ('r', ?, ?, 'storefront_vitals', 'home', 'mobile', 'lcp', ?)`);
  for (let index = 0; index < 22; index += 1) insert.run(new Date(Date.parse('2026-11-01T00:00:00Z') + index * 60_000).toISOString(), store, 2000 + index);
  old.close();

  const upgraded = openDatabase(old.name);
  expect(readMetricWindows(upgraded, { storeUrl: store, skillName: 'storefront_vitals', device: 'mobile' })).toEqual({ home: { lcp: Array.from({ length: 20 }, (_, index) => 2021 - index) } });
  upgraded.close();
  expect(readMetricBaselines(old.name, store, 'storefront_vitals', 'mobile')).toEqual({ home: { lcp: { median: 2011.5, mad: 5, samples: 20 } } });
});

test('metric windows kept one row per key become a row per check when the database is upgraded, newest last', () => {
  const old = olderDatabase('2026-11-30-09-metric-window-samples.sql');
  const insert = old.prepare(`INSERT INTO metric_windows (store_url, skill_name, device, series, updated_at) VALUES (?, 'storefront_vitals', ?, ?, '2026-11-30T00:00:00.000Z')`);
  insert.run(store, 'desktop', JSON.stringify({ home: { ttfb: [3, 2, 1], lcp: [30, 20, 10] }, product: { inp: [7] } }));
  insert.run(store, 'mobile', 'not json');
  old.close();

  const database = openDatabase(old.name);
  const desktop = { storeUrl: store, skillName: 'storefront_vitals', device: 'desktop' };
  expect(readMetricWindows(database, desktop)).toEqual({ home: { ttfb: [3, 2, 1], lcp: [30, 20, 10] }, product: { inp: [7] } });
  expect(readMetricWindows(database, { ...desktop, device: 'mobile' })).toEqual({});
  // The next check's samples come first.
  save(database, '2026-11-30T01:00:00.000Z', [result('storefront_vitals', 'PASS', '2026-11-30T01:00:00.000Z', { metricSamples: [{ template: 'home', metric: 'ttfb', value: 4 }] })]);
  expect(readMetricWindows(database, desktop).home).toEqual({ ttfb: [4, 3, 2, 1], lcp: [30, 20, 10] });
  database.close();
});

test('the pixel auditor’s vendors and newest matrices come from the evidence already kept when the database is upgraded', () => {
  const old = olderDatabase('2026-11-30-08-pixel-memory.sql');
  const check = old.prepare(`INSERT INTO check_runs (timestamp, store_url, skill_name, device, status, summary) VALUES (?, ?, 'pixel_auditor', ?, 'PASS', 'ok')`);
  const evidence = old.prepare(`INSERT INTO check_evidence (check_run_id, passed_at, title, evidence, skill_details) VALUES (?, ?, 't', '{}', ?)`);
  for (const [at, device, vendorsSeen] of [['2026-11-01T00:00:00.000Z', 'desktop', ['ga4', 'meta']], ['2026-11-02T00:00:00.000Z', 'desktop', ['ga4']], ['2026-11-02T00:00:00.000Z', 'mobile', ['tiktok']]] as const) {
    const id = check.run(at, store, device).lastInsertRowid;
    evidence.run(id, at, JSON.stringify({ vendorsSeen, matrix: [{ vendor: vendorsSeen[0], at }] }));
  }
  old.close();

  const database = openDatabase(old.name);
  expect(recentPixelVendors(old.name, store, '2026-10-30T00:00:00.000Z')).toEqual(['ga4', 'meta', 'tiktok']);
  expect(database.prepare('SELECT vendor, last_seen_at FROM pixel_vendors_seen ORDER BY vendor').all()).toEqual([
    { vendor: 'ga4', last_seen_at: '2026-11-02T00:00:00.000Z' },
    { vendor: 'meta', last_seen_at: '2026-11-01T00:00:00.000Z' },
    { vendor: 'tiktok', last_seen_at: '2026-11-02T00:00:00.000Z' },
  ]);
  expect(latestPixelMatrices(database, '2026-10-30T00:00:00.000Z').map((row) => [row.device, JSON.parse(row.payload ?? 'null')])).toEqual([
    ['desktop', [{ vendor: 'ga4', at: '2026-11-02T00:00:00.000Z' }]],
    ['mobile', [{ vendor: 'tiktok', at: '2026-11-02T00:00:00.000Z' }]],
  ]);
  database.close();
});

test('speed charts read hourly means that follow the check rows in and out', () => {
  const database = openDatabase(join(makeTempDir(), 'nano.db'));
  const withMetrics = (at: string, metrics: Record<string, number>) => ({ ...result('headless_probe', 'PASS', at), metrics });
  save(database, '2026-11-01T10:05:00.000Z', [withMetrics('2026-11-01T10:05:00.000Z', { ttfb_ms: 100, lcp_ms: 1000, cls: 0.1 })]);
  save(database, '2026-11-01T10:50:00.000Z', [withMetrics('2026-11-01T10:50:00.000Z', { ttfb_ms: 300, lcp_ms: 2000 })]);
  save(database, '2026-11-01T11:10:00.000Z', [withMetrics('2026-11-01T11:10:00.000Z', { home_ms: 900 })]);
  save(database, '2026-11-01T12:00:00.000Z', [withMetrics('2026-11-01T12:00:00.000Z', { ttfb_ms: 500 })]);
  const window = { since: '2026-11-01T10:00:00.000Z', bucketMs: 3_600_000 };
  expect(metricBuckets(database, window)).toEqual([
    { store_url: store, device: 'desktop', bucket: 0, ttfb_ms: 200, lcp_ms: 1500, cls: 0.1 },
    { store_url: store, device: 'desktop', bucket: 2, ttfb_ms: 500, lcp_ms: null, cls: null },
  ]);
  // 91 days on, retention has taken those checks and their hours with them.
  save(database, '2027-01-31T11:00:00.000Z', [withMetrics('2027-01-31T11:00:00.000Z', { ttfb_ms: 700 })]);
  expect(database.prepare('SELECT hour, ttfb_count FROM check_metrics_hourly').all()).toEqual([{ hour: '2027-01-31T11', ttfb_count: 1 }]);
  database.close();
});

test('status timelines count each hour’s checks by verdict, SKIP left out, and go with their hours', () => {
  const database = openDatabase(join(makeTempDir(), 'nano.db'));
  const mobile = (skillResult: SkillResult): SkillResult => ({ ...skillResult, device: 'mobile' });
  save(database, '2026-11-01T10:05:00.000Z', [
    result('headless_probe', 'PASS', '2026-11-01T10:05:00.000Z'), mobile(result('headless_probe', 'WARN', '2026-11-01T10:05:00.000Z')),
    result('pixel_auditor', 'SKIP', '2026-11-01T10:05:00.000Z'), mobile(result('pixel_auditor', 'FAIL', '2026-11-01T10:05:00.000Z')),
  ]);
  save(database, '2026-11-01T10:35:00.000Z', [result('headless_probe', 'FAIL', '2026-11-01T10:35:00.000Z'), mobile(result('headless_probe', 'PASS', '2026-11-01T10:35:00.000Z'))]);
  save(database, '2026-11-01T11:05:00.000Z', [result('headless_probe', 'PASS', '2026-11-01T11:05:00.000Z')]);
  expect(statusBuckets(database, { since: '2026-11-01T10:00:00.000Z', bucketMs: 3_600_000 })).toEqual([
    { store_url: store, skill_name: 'headless_probe', bucket: 0, pass: 2, warn: 1, fail: 1 },
    { store_url: store, skill_name: 'headless_probe', bucket: 1, pass: 1, warn: 0, fail: 0 },
    { store_url: store, skill_name: 'pixel_auditor', bucket: 0, pass: 0, warn: 0, fail: 1 },
  ]);
  // 90 days and an hour on, the hours of 10:00 and 11:00 have gone with their checks; the new run's hour is there.
  save(database, '2027-01-30T12:10:00.000Z', [result('headless_probe', 'WARN', '2027-01-30T12:10:00.000Z')]);
  expect(database.prepare('SELECT hour, pass, warn, fail FROM check_status_hourly').all()).toEqual([{ hour: '2027-01-30T12', pass: 0, warn: 1, fail: 0 }]);
  database.close();
});
