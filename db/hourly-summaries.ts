// The dashboard's hourly summaries: PASS/WARN/FAIL counts per hour, store and skill (check_status_hourly), and
// TTFB, LCP and CLS sums per hour, store and device (check_metrics_hourly). The save adds a run's checks to them
// one group at a time, from the numbers it already holds; retention drops whole hours with the check rows.
import type Database from 'better-sqlite3';
import type { SkillResult } from '../core/skill-result';
import { statement } from './statement-cache';

/** The summaries' hour of a check: its timestamp's first 13 characters, 2026-11-30T14. */
const hourOf = (timestamp: string) => timestamp.slice(0, 13);

const chartedMetrics = ['ttfb_ms', 'lcp_ms', 'cls'] as const;

/** The status summary's column for each verdict it counts (SKIP is not counted). */
const countedAs = { PASS: 'pass', WARN: 'warn', FAIL: 'fail' } as const;

interface StatusCounts {
  hour: string;
  storeUrl: string;
  skillName: string;
  pass: number;
  warn: number;
  fail: number;
}

interface MetricSums {
  hour: string;
  storeUrl: string;
  device: string;
  sums: number[];
  counts: number[];
}

/** One entry per key, made on first sight. */
function groupOf<T>(groups: Map<string, T>, key: string, make: () => T): T {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = make()));
  return group;
}

export function addToHourlySummaries(database: Database.Database, results: SkillResult[]): void {
  const statuses = new Map<string, StatusCounts>();
  const metrics = new Map<string, MetricSums>();
  for (const result of results) {
    const hour = hourOf(result.startedAt);
    if (result.status !== 'SKIP') {
      const counts = groupOf(statuses, JSON.stringify([hour, result.storeUrl, result.skillName]), () => ({ hour, storeUrl: result.storeUrl, skillName: result.skillName, pass: 0, warn: 0, fail: 0 }));
      counts[countedAs[result.status]] += 1;
    }
    const charted = chartedMetrics.map((name) => result.metrics[name]);
    if (!charted.some(Number.isFinite)) continue;
    const sums = groupOf(metrics, JSON.stringify([hour, result.storeUrl, result.device]), () => ({ hour, storeUrl: result.storeUrl, device: result.device, sums: [0, 0, 0], counts: [0, 0, 0] }));
    charted.forEach((value, index) => {
      if (!Number.isFinite(value)) return;
      sums.sums[index] += value;
      sums.counts[index] += 1;
    });
  }
  const addStatus = statement(database,
    `INSERT INTO check_status_hourly (hour, store_url, skill_name, pass, warn, fail) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (hour, store_url, skill_name) DO UPDATE SET pass = pass + excluded.pass, warn = warn + excluded.warn, fail = fail + excluded.fail`,
  );
  for (const { hour, storeUrl, skillName, pass, warn, fail } of statuses.values()) addStatus.run(hour, storeUrl, skillName, pass, warn, fail);
  const addMetrics = statement(database,
    `INSERT INTO check_metrics_hourly (hour, store_url, device, ttfb_sum, ttfb_count, lcp_sum, lcp_count, cls_sum, cls_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (hour, store_url, device) DO UPDATE SET
       ttfb_sum = ttfb_sum + excluded.ttfb_sum, ttfb_count = ttfb_count + excluded.ttfb_count,
       lcp_sum = lcp_sum + excluded.lcp_sum, lcp_count = lcp_count + excluded.lcp_count,
       cls_sum = cls_sum + excluded.cls_sum, cls_count = cls_count + excluded.cls_count`,
  );
  for (const { hour, storeUrl, device, sums, counts } of metrics.values()) addMetrics.run(hour, storeUrl, device, sums[0], counts[0], sums[1], counts[1], sums[2], counts[2]);
}

/** Retention: the hours before the one `cutoff` falls in go whole (that hour stays until the next run after it). */
export function dropHourlySummariesBefore(database: Database.Database, cutoff: string): void {
  statement(database, 'DELETE FROM check_status_hourly WHERE hour < ?').run(hourOf(cutoff));
  statement(database, 'DELETE FROM check_metrics_hourly WHERE hour < ?').run(hourOf(cutoff));
}
