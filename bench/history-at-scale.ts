// History at scale: a year of 10 stores x 5 skills x 2 devices every 15 minutes (~3.5 M check rows) in a
// temporary database, written as the reporter writes it (saveRun with the alert queueing in its transaction)
// from the real SkillResults of a demo-store run (bench/fixtures/demo-store-results.json, made by
// bench/capture-results.ts), then bytes per row, the time to save one run and the time of every query the
// dashboard, `incidents` and the alert policy make. Not part of npm test or CI: a whole year needs ~3.5 GB
// of disk and about 8 minutes on two cores (docs/history.md has the numbers).
// Run: npx tsx bench/history-at-scale.ts [FRACTION] [--keep] [--evidence-days=N]   (0.1 = 36.5 days; the default 1 is the whole
// year; N is EVIDENCE_RETENTION_DAYS, by default 0: a passing check's evidence is not kept)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import type { SkillResult } from '../core/skill-result';
import { readDashboard } from '../dashboard/read-dashboard';
import { lastAlertAbout, settleHeldAndStale } from '../db/alert-outbox-queries';
import { clearStableFlapping, countOpeningsSince, isFlapping, previousCheckStatus } from '../db/alert-state-queries';
import { recentPixelVendors } from '../db/baseline-reads';
import { allBaselines, incidentsInWindow, latestFailureScreenshots, latestPixelMatrices, metricBuckets, recentRuns, statusBuckets } from '../db/history-queries';
import { listIncidents } from '../db/incident-history';
import { listOpenIncidents } from '../db/incident-queries';
import { listActiveMutes } from '../db/mute-queries';
import { openDatabase } from '../db/open-database';
import { pruneOldRows, saveRun } from '../db/save-run';
import { defaultFlapping } from '../reporters/alerts/alert-policy';
import { queueAlerts } from '../reporters/alerts/queue-alerts';
import { findingCatalogue } from '../reporters/finding-registry';

const { values: options, positionals } = parseArgs({ options: { keep: { type: 'boolean', default: false }, 'evidence-days': { type: 'string', default: '0' } }, allowPositionals: true });
const fraction = Number(positionals[0] ?? 1);
const keepFile = options.keep;
const evidenceDays = Number(options['evidence-days']);
const stores = Array.from({ length: 10 }, (_, index) => `https://store-${index}.example.com`);
const stepMs = 15 * 60_000;
const days = Math.max(1, Math.round(365 * fraction));
const end = Date.parse('2026-11-30T00:00:00Z');
const start = end - days * 86_400_000;
const retention = { retentionDays: 400, evidenceRetentionDays: evidenceDays };

interface Captured {
  healthy: SkillResult[];
  failing: SkillResult[];
}
const captured = JSON.parse(readFileSync(new URL('./fixtures/demo-store-results.json', import.meta.url), 'utf8')) as Captured;
const capturedStore = captured.healthy[0].storeUrl;
const skills = [...new Set(captured.healthy.map((result) => result.skillName))];
const devices = [...new Set(captured.healthy.map((result) => result.device))];
const [failure] = captured.failing;

/** The captured results as JSON per store, their URLs made that store's, parsed afresh for each run. */
const templates = new Map(stores.map((store) => [store, JSON.stringify(captured.healthy).replaceAll(capturedStore, store)]));
const failureTemplates = new Map(stores.map((store) => [store, JSON.stringify(failure).replaceAll(capturedStore, store)]));

/** A measurement wandering run to run (+-20%), so no two rows are alike. */
const wander = (value: number, tick: number, index: number) => value * (0.8 + (((tick * 7 + index * 13) % 41) / 100));

function jitter(metrics: Record<string, number>, tick: number): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).map(([name, value], index) => [name, Math.round(wander(value, tick, index) * 100) / 100]));
}

/** The vitals skill's per-template samples wander too, with a browser's precision (35.100000001490116 ms). */
function jitterDetails(details: SkillResult['details'], tick: number): SkillResult['details'] {
  if (!Array.isArray(details?.metricSamples)) return details;
  const samples = details.metricSamples as Array<{ value: number }>;
  return { ...details, metricSamples: samples.map((sample, index) => ({ ...sample, value: wander(sample.value, tick, index) })) };
}

function runResults(tick: number, at: Date): SkillResult[] {
  return stores.flatMap((store, storeIndex) => {
    const healthy = JSON.parse(templates.get(store)!) as SkillResult[];
    return healthy.map((result) => {
      // Each key has an hour-long outage about every 3 days, at its own time.
      const phase = (tick + storeIndex * 37 + result.skillName.length * 11 + (result.device === 'mobile' ? 5 : 0)) % 288;
      const base: SkillResult = phase < 4 ? { ...(JSON.parse(failureTemplates.get(store)!) as SkillResult), skillName: result.skillName, title: result.title, device: result.device, project: result.project } : result;
      return { ...base, metrics: jitter(base.metrics, tick), details: jitterDetails(base.details, tick), startedAt: at.toISOString() };
    });
  });
}

const policy = { afterFailures: 2, onWarn: true, cooldownMs: 3_600_000, remindMs: 4 * 3_600_000, ...defaultFlapping };

/** Saves one run of every store, skill and device as the reporter does; returns how long saveRun took (building the results is not timed). */
function save(database: Database.Database, tick: number, at: Date): number {
  const results = runResults(tick, at);
  const started = performance.now();
  saveRun(database, { runId: randomUUID(), startedAt: at.toISOString(), finishedAt: at.toISOString(), trigger: 'watch:interval', results, ...retention, isOutage: findingCatalogue.isOutage },
    (db, saved) => void queueAlerts(db, saved, { policy, channels: ['discord'], windows: [], reportsDir: tmpdir(), now: at }));
  return performance.now() - started;
}

function generate(database: Database.Database): number {
  let tick = 0;
  const delivered = database.prepare(`UPDATE alert_outbox SET status = 'delivered', attempts = 1, delivered_at = next_attempt_at WHERE status = 'pending'`);
  for (let dayStart = start; dayStart < end; dayStart += 86_400_000) {
    for (let at = dayStart; at < dayStart + 86_400_000 && at < end; at += stepMs, tick += 1) save(database, tick, new Date(at));
    // What a delivery pass does, once a day here: the alerts go out, and its housekeeping drops their screenshots.
    delivered.run();
    const now = new Date(dayStart + 86_400_000).toISOString();
    settleHeldAndStale(database, now, now, new Date(dayStart + 86_400_000 - retention.retentionDays * 86_400_000).toISOString());
  }
  return (database.prepare('SELECT count(*) AS rows FROM check_runs').get() as { rows: number }).rows;
}

/** Median of `rounds` timings after a warm-up; a body that times itself returns its own milliseconds. */
function time(body: () => unknown, rounds = 5): number {
  body(); // warm: prepared statements, page cache
  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const own = body();
    timings.push(typeof own === 'number' ? own : performance.now() - started);
  }
  return timings.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

const directory = mkdtempSync(join(tmpdir(), 'nano-sre-history-'));
const databasePath = join(directory, 'history.db');
const database = openDatabase(databasePath);
const generationStarted = performance.now();
const rows = generate(database);
database.pragma('wal_checkpoint(TRUNCATE)');
database.exec('ANALYZE');
const generationSeconds = (performance.now() - generationStarted) / 1000;
const bytes = statSync(databasePath).size;
const { detailBytes } = database.prepare('SELECT avg(length(details)) AS detailBytes FROM check_runs').get() as { detailBytes: number };
const { evidenceRows, evidenceBytes } = database.prepare('SELECT count(*) AS evidenceRows, avg(length(evidence) + length(skill_details) + coalesce(length(findings), 0)) AS evidenceBytes FROM check_evidence').get() as { evidenceRows: number; evidenceBytes: number };

const now = new Date(end);
const iso = now.toISOString();
const week = { since: new Date(end - 7 * 86_400_000).toISOString(), bucketMs: 3_600_000 };
const key = { storeUrl: stores[3], skillName: 'headless_probe', device: 'mobile' };
const results: Array<[string, number]> = [
  ['dashboard: status buckets (7 days)', time(() => statusBuckets(database, week))],
  ['dashboard: metric buckets (7 days)', time(() => metricBuckets(database, week))],
  ['dashboard: status buckets (90 days)', time(() => statusBuckets(database, { since: new Date(end - 90 * 86_400_000).toISOString(), bucketMs: 12 * 3_600_000 }))],
  ['dashboard: metric buckets (90 days)', time(() => metricBuckets(database, { since: new Date(end - 90 * 86_400_000).toISOString(), bucketMs: 12 * 3_600_000 }))],
  ['dashboard: incidents in window', time(() => incidentsInWindow(database, week.since))],
  ['dashboard: latest failure screenshots', time(() => latestFailureScreenshots(database, week.since))],
  ['dashboard: latest pixel matrices', time(() => latestPixelMatrices(database, week.since))],
  ['dashboard: baselines', time(() => allBaselines(database))],
  ['dashboard: recent runs', time(() => recentRuns(database))],
  ['dashboard: whole page data (7 days)', time(() => readDashboard(database, { sinceMs: 7 * 86_400_000, now }))],
  ['incidents: open', time(() => listIncidents(database, { includeResolved: false, limit: 50 }, now))],
  ['incidents --all', time(() => listIncidents(database, { includeResolved: true, limit: 50 }, now))],
  ['policy: open incidents', time(() => listOpenIncidents(database))],
  ['policy: openings of a key since', time(() => countOpeningsSince(database, key, new Date(end - 3_600_000).toISOString()))],
  ['policy: is flapping', time(() => isFlapping(database, key))],
  ['policy: clear stable flapping', time(() => clearStableFlapping(database, new Date(end - 3_600_000).toISOString()))],
  ['policy: previous status of a key', time(() => previousCheckStatus(database, key, 'none'))],
  ['policy: last warning alert of a key', time(() => lastAlertAbout(database, 'warning-raised', `${key.storeUrl}\u0000${key.skillName}\u0000${key.device}`))],
  ['policy: active mutes', time(() => listActiveMutes(database, iso))],
  ['worker: recent pixel vendors (7 days)', time(() => recentPixelVendors(databasePath, stores[3], week.since))],
  ['retention: prune (nothing due)', time(() => pruneOldRows(database, retention, iso))],
];

// More runs of everything (100 results each), saved as the reporter saves them.
let nextTick = Math.round((end - start) / stepMs);
const saveMs = time(() => {
  const at = new Date(start + nextTick * stepMs);
  return save(database, nextTick++, at);
}, 21); // a WAL checkpoint lands in about one save in ten
database.close();

console.log(`History: ${days} days x ${stores.length} stores x ${skills.length} skills x ${devices.length} devices every 15 min = ${rows.toLocaleString('en')} check rows, generated in ${generationSeconds.toFixed(0)} s`);
console.log(`  database ${(bytes / 1e9).toFixed(2)} GB = ${Math.round(bytes / rows)} bytes per check row, indexes and the other tables included (details JSON ${Math.round(detailBytes)} bytes on average)`);
console.log(`  evidence kept for ${evidenceRows.toLocaleString('en')} checks (every warning's or failure's${evidenceDays ? ` and the last ${evidenceDays} days' passing checks'` : ''}), ${Math.round(evidenceBytes)} bytes each`);
const rowsPerYear = 365 * 96 * stores.length * skills.length * devices.length;
console.log(`  a full year at this rate: ${((bytes / rows) * rowsPerYear / 1e9).toFixed(2)} GB for ${rowsPerYear.toLocaleString('en')} rows (goal: < 1 KB per row)${fraction < 1 ? '; less than a year over-weights the kept evidence' : ''}`);
console.log(`  save one run (${stores.length * skills.length * devices.length} results, incidents, baselines, alert queueing): ${saveMs.toFixed(1)} ms (median of 21; goal: < 5 ms)`);
console.log('  queries (median of 5, ms; goal: < 200):');
for (const [name, ms] of results) console.log(`    ${name.padEnd(44)} ${ms.toFixed(2).padStart(8)}${ms >= 200 ? '  OVER' : ''}`);
if (keepFile) console.log(`  kept: ${databasePath}`);
else rmSync(directory, { recursive: true, force: true });
