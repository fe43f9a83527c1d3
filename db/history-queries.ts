// History as the dashboard reads it: per store and skill, status counts in time buckets, incidents
// with their diagnoses, the latest failure screenshots and pixel matrices, metric series, recent runs.
// Each query reads one time window through an index (db/migrations/…-history-indexes.sql).
import type Database from 'better-sqlite3';
import type { IncidentRow } from './incident-history';

export interface Window {
  /** ISO start of the window. */
  since: string;
  /** Bucket width for timelines and charts. */
  bucketMs: number;
}

export interface StatusBucketRow {
  store_url: string;
  skill_name: string;
  bucket: number;
  pass: number;
  warn: number;
  fail: number;
}

/**
 * Per store, skill and bucket: how many checks passed, warned and failed (SKIP left out), from the hourly
 * summary; whole hours, so the window starts at the top of the hour `since` falls in.
 */
export function statusBuckets(database: Database.Database, window: Window): StatusBucketRow[] {
  return database
    .prepare(
      `SELECT store_url, skill_name, max(0, CAST((julianday(hour || ':00:00Z') - julianday(@since)) * 86400000 / @bucketMs AS INTEGER)) AS bucket,
         sum(pass) AS pass, sum(warn) AS warn, sum(fail) AS fail
       FROM check_status_hourly WHERE hour >= substr(@since, 1, 13)
       GROUP BY store_url, skill_name, bucket ORDER BY store_url, skill_name, bucket`,
    )
    .all(window) as StatusBucketRow[];
}

export interface MetricBucketRow {
  store_url: string;
  device: string;
  bucket: number;
  ttfb_ms: number | null;
  lcp_ms: number | null;
  cls: number | null;
}

/** Mean TTFB, LCP and CLS per store, device and bucket, from the hourly sums of the checks that recorded them; whole hours, as statusBuckets. */
export function metricBuckets(database: Database.Database, window: Window): MetricBucketRow[] {
  return database
    .prepare(
      `SELECT store_url, device, max(0, CAST((julianday(hour || ':00:00Z') - julianday(@since)) * 86400000 / @bucketMs AS INTEGER)) AS bucket,
         sum(ttfb_sum) / nullif(sum(ttfb_count), 0) AS ttfb_ms, sum(lcp_sum) / nullif(sum(lcp_count), 0) AS lcp_ms, sum(cls_sum) / nullif(sum(cls_count), 0) AS cls
       FROM check_metrics_hourly WHERE hour >= substr(@since, 1, 13)
       GROUP BY store_url, device, bucket ORDER BY store_url, device, bucket`,
    )
    .all(window) as MetricBucketRow[];
}

export interface DashboardIncidentRow extends IncidentRow {
  diagnosis: string | null;
}

/** Open incidents, and those opened or resolved in the window, newest first, with the diagnosis of the run that opened them. */
export function incidentsInWindow(database: Database.Database, since: string, limit = 50): DashboardIncidentRow[] {
  return database
    .prepare(
      `SELECT i.id, i.store_url, i.skill_name, i.device, i.severity, i.status, i.summary, i.created_at, i.resolved_at, i.failure_count,
         (SELECT c.diagnosis FROM check_runs c WHERE c.run_id = i.opened_run_id AND c.store_url = i.store_url
            AND c.skill_name = i.skill_name AND c.device = i.device LIMIT 1) AS diagnosis
       FROM incidents i WHERE i.status = 'open' OR i.created_at >= @since OR i.resolved_at >= @since
       ORDER BY i.status = 'open' DESC, i.created_at DESC LIMIT @limit`,
    )
    .all({ since, limit }) as DashboardIncidentRow[];
}

export interface LatestCheckRow {
  store_url: string;
  skill_name: string;
  device: string;
  timestamp: string;
  summary: string;
  payload: string | null;
}

/** The newest FAIL with screenshots per store and skill in the window (screenshots as the JSON list of paths). */
export function latestFailureScreenshots(database: Database.Database, since: string): LatestCheckRow[] {
  return database
    .prepare(
      `SELECT store_url, skill_name, device, timestamp, summary, screenshots AS payload FROM check_runs WHERE id IN (
         SELECT max(id) FROM check_runs WHERE status = 'FAIL' AND timestamp >= ? AND screenshots != '[]' GROUP BY store_url, skill_name)
       ORDER BY timestamp DESC`,
    )
    .all(since) as LatestCheckRow[];
}

/** The newest pixel auditor check per store and device in the window (its matrix as JSON; db/pixel-memory.ts). */
export function latestPixelMatrices(database: Database.Database, since: string): LatestCheckRow[] {
  return database
    .prepare(
      `SELECT store_url, 'pixel_auditor' AS skill_name, device, checked_at AS timestamp, summary, matrix AS payload
       FROM pixel_matrices_latest WHERE checked_at >= ? ORDER BY store_url, device`,
    )
    .all(since) as LatestCheckRow[];
}

export interface BaselineRow {
  skill_name: string;
  store_url: string;
  baseline_data: string;
}

export function allBaselines(database: Database.Database): BaselineRow[] {
  return database.prepare('SELECT skill_name, store_url, baseline_data FROM baselines ORDER BY store_url, skill_name').all() as BaselineRow[];
}

export interface RecentRunRow {
  id: string;
  started_at: string;
  status: string;
  trigger: string;
  counts: string;
  duration_ms: number | null;
}

export function recentRuns(database: Database.Database, limit = 20): RecentRunRow[] {
  return database
    .prepare('SELECT id, started_at, status, trigger, counts, duration_ms FROM runs ORDER BY started_at DESC LIMIT ?')
    .all(limit) as RecentRunRow[];
}
