// History at scale: a year of 10 stores x 4 skills x 2 devices every 15 minutes (~2.8 M check rows, with
// details shaped like real ones) in a temporary database, then bytes per row, the time to save one run
// (with the alert policy's queueing in its transaction) and the time of every query the dashboard,
// `incidents` and the alert policy make. Not part of npm test or CI: it needs ~3 GB of disk and minutes.
// Run: npx tsx bench/history-at-scale.ts [FRACTION]   (0.1 = 36.5 days; the default 1 is the whole year)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { SkillResult } from '../core/skill-result';
import { readDashboard } from '../dashboard/read-dashboard';
import { lastAlertAbout } from '../db/alert-outbox-queries';
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

const fraction = Number(process.argv[2] ?? 1);
const keepFile = process.argv.includes('--keep');
const stores = Array.from({ length: 10 }, (_, index) => `https://store-${index}.example.com`);
const skills = ['headless_probe', 'pixel_auditor', 'cart_journey', 'search_results'];
const devices = ['desktop', 'mobile'];
const stepMs = 15 * 60_000;
const days = Math.max(1, Math.round(365 * fraction));
const end = Date.parse('2026-11-30T00:00:00Z');
const start = end - days * 86_400_000;

const pages = (store: string) => ['home', 'product', 'cart'].map((step, index) => ({ step, url: `${store}/${step === 'home' ? '' : step}`, status: 200, ttfbMs: 140 + index * 30 }));
const cell = (events: string[]) => ({ fired: events, missing: [], duplicate: [], wrong: [] });
const matrix = ['shopify', 'ga4', 'meta', 'tiktok'].map((vendor) => ({
  vendor, vendorIds: vendor === 'shopify' ? [] : [`${vendor.toUpperCase()}-123`], knownFrom: 'run',
  cells: { home: cell(['page_view']), collection: cell(['page_view']), product: cell(['page_view', 'view_item']), add_to_cart: cell(['add_to_cart']), cart: cell(['page_view']), checkout: cell(['page_view', 'begin_checkout']) },
}));

function details(store: string, skill: string, failing: boolean, tick: number): string {
  const metrics: Record<string, number> = skill === 'headless_probe'
    ? { ttfb_ms: 150 + (tick % 17) * 9, lcp_ms: 1100 + (tick % 23) * 31, cls: (tick % 7) / 100, home_ms: 1800, product_ms: 1500, checkout_status: 200 }
    : { [`${skill}_ms`]: 2400 + (tick % 11) * 40 };
  const findings = failing ? [{ code: 'cart.add_failed', level: 'fail', message: 'Adding Classic Tee to the cart failed: /cart/add answered HTTP 500.', evidence: { url: `${store}/cart/add`, status: 500, body: 'Internal Server Error' } }] : [];
  const skillDetails = skill === 'pixel_auditor' ? { matrix, vendorsSeen: ['shopify', 'ga4', 'meta', 'tiktok'], stepsReached: ['home', 'collection', 'product', 'add_to_cart', 'cart', 'checkout'], mode: 'intercept' } : {};
  return JSON.stringify({ title: skill, findings, metrics, evidence: { consoleErrors: [], pageErrors: [], failedRequests: failing ? [{ url: `${store}/cart/add`, method: 'POST', status: 500 }] : [], pages: pages(store) }, attempts: failing ? 2 : 1, skillDetails });
}

const diagnosis = JSON.stringify({ rootCause: '/cart/add answered HTTP 500: an app or the theme broke adding to the cart.', category: 'store-defect', severity: 'P1', remediation: ['Reproduce the add to cart by hand.', 'Disable recently installed cart apps.'], docsLinks: ['https://shopify.dev/docs/api/ajax/reference/cart'], confidence: 0.7, source: 'rules' });

function generate(database: Database.Database): number {
  const insertRun = database.prepare(`INSERT INTO runs (id, started_at, finished_at, status, trigger, stores, counts, duration_ms) VALUES (?, ?, ?, ?, 'watch:interval', '[]', '{}', 240000)`);
  const insertCheck = database.prepare(
    `INSERT INTO check_runs (run_id, timestamp, store_url, skill_name, device, project, status, summary, details, screenshots, duration_ms, retries, diagnosis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 4000, ?, ?)`,
  );
  const insertIncident = database.prepare(
    `INSERT INTO incidents (created_at, resolved_at, store_url, skill_name, device, severity, summary, status, finding_codes, failure_count, last_seen_at, opened_run_id, resolved_run_id, announced_at)
     VALUES (?, ?, ?, ?, ?, 'P1', 'Adding Classic Tee to the cart failed.', ?, '["cart.add_failed"]', 4, ?, ?, ?, ?)`,
  );
  const insertAlert = database.prepare(
    `INSERT INTO alert_outbox (alert_id, created_at, run_id, channel, kind, event, subject_keys, status, attempts, next_attempt_at, delivered_at) VALUES (?, ?, ?, 'discord', ?, '{}', ?, 'delivered', 1, ?, ?)`,
  );
  let rows = 0;
  let tick = 0;
  const day = database.transaction((dayStart: number) => {
    for (let at = dayStart; at < dayStart + 86_400_000 && at < end; at += stepMs, tick += 1) {
      const runId = `run-${tick}`;
      const timestamp = new Date(at).toISOString();
      insertRun.run(runId, timestamp, new Date(at + 240_000).toISOString(), 'PASS');
      for (const [storeIndex, store] of stores.entries()) {
        for (const skill of skills) {
          for (const device of devices) {
            // Each key has an hour-long outage about every 3 days, at its own time.
            const phase = (tick + storeIndex * 37 + skill.length * 11 + (device === 'mobile' ? 5 : 0)) % 288;
            const failing = phase < 4;
            insertCheck.run(runId, timestamp, store, skill, device, `${store} ${device}`, failing ? 'FAIL' : 'PASS', failing ? 'Adding Classic Tee to the cart failed: /cart/add answered HTTP 500.' : 'all steps passed',
              details(store, skill, failing, tick), failing ? `["reports/test-results/${runId}/${skill}-${device}.png"]` : '[]', failing ? 1 : 0, failing ? diagnosis : null);
            rows += 1;
            if (phase === 0) {
              const resolvedAt = new Date(at + 4 * stepMs).toISOString();
              const open = at + 4 * stepMs > end;
              insertIncident.run(timestamp, open ? null : resolvedAt, store, skill, device, open ? 'open' : 'resolved', timestamp, runId, open ? null : `run-${tick + 4}`, timestamp);
              const subject = JSON.stringify([`${store}\u0000${skill}\u0000${device}`]);
              insertAlert.run(`alert-${tick}-${rows}`, timestamp, runId, 'incident-opened', subject, timestamp, timestamp);
              if (!open) insertAlert.run(`alert-${tick}-${rows}-r`, resolvedAt, runId, 'incident-resolved', subject, resolvedAt, resolvedAt);
            }
          }
        }
      }
    }
  });
  for (let dayStart = start; dayStart < end; dayStart += 86_400_000) day(dayStart);
  return rows;
}

function oneRun(at: Date, runId: string): SkillResult[] {
  return stores.flatMap((storeUrl) => skills.flatMap((skillName) => devices.map((device): SkillResult => {
    const parsed = JSON.parse(details(storeUrl, skillName, false, 1));
    return { skillName, title: skillName, project: `${storeUrl} ${device}`, storeUrl, device, status: 'PASS', summary: 'all steps passed', findings: [], metrics: parsed.metrics, details: parsed.skillDetails,
      screenshots: [], evidence: parsed.evidence, durationMs: 4000, attempts: 1, startedAt: at.toISOString(), ...(runId ? {} : {}) };
  })));
}

function time(body: () => unknown, rounds = 5): number {
  body(); // warm: prepared statements, page cache
  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    body();
    timings.push(performance.now() - started);
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

const now = new Date(end);
const iso = now.toISOString();
const week = { since: new Date(end - 7 * 86_400_000).toISOString(), bucketMs: 3_600_000 };
const key = { storeUrl: stores[3], skillName: 'headless_probe', device: 'mobile' };
const policy = { afterFailures: 2, onWarn: true, cooldownMs: 3_600_000, remindMs: 4 * 3_600_000, ...defaultFlapping };

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
  ['retention: prune (nothing due)', time(() => pruneOldRows(database, 400, iso))],
];

// One run of everything (80 results), saved as the reporter saves it, with the alert queueing in its transaction.
// The results are built before the clock starts: the reporter has them in memory when it saves.
const prepared = Array.from({ length: 6 }, (_, index) => {
  const at = new Date(end + (index + 1) * stepMs);
  return { at, runId: `bench-${index + 1}`, results: oneRun(at, `bench-${index + 1}`) };
});
let runIndex = 0;
const saveMs = time(() => {
  const { at, runId, results: runResults } = prepared[runIndex++];
  saveRun(database, { runId, startedAt: at.toISOString(), finishedAt: at.toISOString(), trigger: 'bench', results: runResults, retentionDays: 400, isOutage: findingCatalogue.isOutage },
    (db, saved) => void queueAlerts(db, saved, { policy, channels: ['stdout'], windows: [], reportsDir: directory, now: at }));
});
database.close();

console.log(`History: ${days} days x ${stores.length} stores x ${skills.length} skills x ${devices.length} devices every 15 min = ${rows.toLocaleString('en')} check rows, generated in ${generationSeconds.toFixed(0)} s`);
console.log(`  database ${(bytes / 1e9).toFixed(2)} GB = ${Math.round(bytes / rows)} bytes per check row, indexes and the other tables included (details JSON ${Math.round(detailBytes)} bytes on average)`);
console.log(`  a full year at this rate: ${((bytes / rows) * 2_803_200 / 1e9).toFixed(2)} GB (goal: < 1 KB per row)`);
console.log(`  save one run (80 results, incidents, baselines, alert queueing): ${saveMs.toFixed(1)} ms (goal: < 5 ms)`);
console.log('  queries (median of 5, ms; goal: < 200):');
for (const [name, ms] of results) console.log(`    ${name.padEnd(44)} ${ms.toFixed(2).padStart(8)}${ms >= 200 ? '  OVER' : ''}`);
if (keepFile) console.log(`  kept: ${databasePath}`);
else rmSync(directory, { recursive: true, force: true });
