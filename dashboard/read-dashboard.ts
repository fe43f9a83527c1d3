// The dashboard's data, read once from SQLite for a window of time and shaped for both renderings
// (HTML and the Markdown job summary): checks with uptime and timelines, incidents, speed, pixels.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { incidentSummary, type IncidentSummary } from '../db/incident-history';
import {
  allBaselines,
  incidentsInWindow,
  latestFailureScreenshots,
  latestPixelMatrices,
  metricBuckets,
  recentRuns,
  statusBuckets,
} from '../db/history-queries';
import type { MatrixRow } from '../skills/pixel-auditor/funnel-audit';

export type BucketStatus = 'PASS' | 'WARN' | 'FAIL' | 'NONE';

export interface CheckSummary {
  storeUrl: string;
  skillName: string;
  checks: number;
  /** Share of checks that were not FAIL (a WARN still served shoppers). */
  uptimePercent: number;
  failures: number;
  warnings: number;
  /** One entry per bucket of the window: the worst status seen in it. */
  timeline: BucketStatus[];
}

export interface DashboardIncident extends IncidentSummary {
  rootCause?: string;
  remediation?: string[];
}

export const chartedMetrics = ['ttfb_ms', 'lcp_ms', 'cls'] as const;
export type ChartedMetric = (typeof chartedMetrics)[number];

export interface MetricSeries {
  storeUrl: string;
  device: string;
  /** Bucket start times, seconds since the epoch (uPlot's x). */
  times: number[];
  values: Record<ChartedMetric, Array<number | null>>;
  baseline: Partial<Record<ChartedMetric, number>>;
}

export interface FailureScreenshot {
  storeUrl: string;
  skillName: string;
  device: string;
  at: string;
  summary: string;
  path: string;
  /** data: URI when the file is still on disk and small enough to inline. */
  dataUri?: string;
}

export interface PixelMatrix {
  storeUrl: string;
  device: string;
  at: string;
  matrix: MatrixRow[];
}

export interface DashboardData {
  generatedAt: string;
  since: string;
  bucketMs: number;
  checks: CheckSummary[];
  incidents: DashboardIncident[];
  metrics: MetricSeries[];
  screenshots: FailureScreenshot[];
  pixelMatrices: PixelMatrix[];
  runs: Array<{ id: string; startedAt: string; status: string; trigger: string; durationMs: number | null; counts: Record<string, number> }>;
}

export interface DashboardWindow {
  sinceMs: number;
  now: Date;
}

/** A page stays light: screenshots above this are linked by path instead of inlined. */
const maxInlineScreenshotBytes = 1_500_000;
/** About this many buckets per timeline and chart, whatever the window. */
const targetBuckets = 168;

function parseJson<T>(text: string | null, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function worst(pass: number, warn: number, fail: number): BucketStatus {
  if (fail) return 'FAIL';
  if (warn) return 'WARN';
  return pass ? 'PASS' : 'NONE';
}

function inlineScreenshot(path: string): string | undefined {
  try {
    if (!existsSync(path) || statSync(path).size > maxInlineScreenshotBytes) return undefined;
    const type = path.endsWith('.jpg') || path.endsWith('.jpeg') ? 'image/jpeg' : 'image/png';
    return `data:${type};base64,${readFileSync(path).toString('base64')}`;
  } catch {
    return undefined;
  }
}

export function readDashboard(database: Database.Database, window: DashboardWindow): DashboardData {
  const since = new Date(window.now.getTime() - window.sinceMs).toISOString();
  // Whole hours: the status summary is hourly (db/history-queries.ts), and hour edges read well on an axis.
  const bucketMs = Math.max(3_600_000, Math.ceil(window.sinceMs / targetBuckets / 3_600_000) * 3_600_000);
  const bucketCount = Math.ceil(window.sinceMs / bucketMs);
  const range = { since, bucketMs };

  const checks = new Map<string, CheckSummary & { pass: number }>();
  for (const row of statusBuckets(database, range)) {
    const key = `${row.store_url}\u0000${row.skill_name}`;
    const summary = checks.get(key) ?? { storeUrl: row.store_url, skillName: row.skill_name, checks: 0, pass: 0, failures: 0, warnings: 0, uptimePercent: 100, timeline: Array<BucketStatus>(bucketCount).fill('NONE') };
    summary.checks += row.pass + row.warn + row.fail;
    summary.pass += row.pass;
    summary.failures += row.fail;
    summary.warnings += row.warn;
    if (row.bucket >= 0 && row.bucket < bucketCount) summary.timeline[row.bucket] = worst(row.pass, row.warn, row.fail);
    checks.set(key, summary);
  }
  for (const summary of checks.values()) summary.uptimePercent = summary.checks ? (100 * (summary.checks - summary.failures)) / summary.checks : 100;

  const baselines = new Map<string, Partial<Record<ChartedMetric, number>>>();
  for (const row of allBaselines(database)) {
    const data = parseJson<Record<string, Record<string, { mean: number }>>>(row.baseline_data, {});
    for (const [device, metrics] of Object.entries(data)) {
      const key = `${row.store_url}\u0000${device}`;
      const entry = baselines.get(key) ?? {};
      for (const metric of chartedMetrics) if (metrics[metric] && entry[metric] === undefined) entry[metric] = metrics[metric].mean;
      baselines.set(key, entry);
    }
  }
  const series = new Map<string, MetricSeries>();
  const startSeconds = Date.parse(since) / 1000;
  for (const row of metricBuckets(database, range)) {
    const key = `${row.store_url}\u0000${row.device}`;
    const entry = series.get(key) ?? { storeUrl: row.store_url, device: row.device, times: [], values: { ttfb_ms: [], lcp_ms: [], cls: [] }, baseline: baselines.get(key) ?? {} };
    entry.times.push(startSeconds + (row.bucket * bucketMs) / 1000);
    for (const metric of chartedMetrics) entry.values[metric].push(row[metric] === null ? null : Math.round(row[metric] * 1000) / 1000);
    series.set(key, entry);
  }

  return {
    generatedAt: window.now.toISOString(),
    since,
    bucketMs,
    checks: [...checks.values()].map(({ pass: _pass, ...summary }) => summary),
    incidents: incidentsInWindow(database, since).map((row) => {
      const diagnosis = parseJson<{ rootCause?: string; remediation?: string[] } | null>(row.diagnosis, null);
      return { ...incidentSummary(row, window.now), rootCause: diagnosis?.rootCause, remediation: diagnosis?.remediation };
    }),
    metrics: [...series.values()],
    screenshots: latestFailureScreenshots(database, since).flatMap((row) =>
      parseJson<string[]>(row.payload, []).slice(0, 2).map((path) => ({ storeUrl: row.store_url, skillName: row.skill_name, device: row.device, at: row.timestamp, summary: row.summary, path, dataUri: inlineScreenshot(path) })),
    ),
    pixelMatrices: latestPixelMatrices(database, since).flatMap((row) => {
      const matrix = parseJson<MatrixRow[] | null>(row.payload, null);
      return Array.isArray(matrix) && matrix.length ? [{ storeUrl: row.store_url, device: row.device, at: row.timestamp, matrix }] : [];
    }),
    runs: recentRuns(database).map((row) => ({ id: row.id, startedAt: row.started_at, status: row.status, trigger: row.trigger, durationMs: row.duration_ms, counts: parseJson(row.counts, {}) })),
  };
}
