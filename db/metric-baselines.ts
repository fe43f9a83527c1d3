// Speed baselines: per store x skill x device, each page template's and metric's last 20 values (the reporter
// writes them in the run's transaction), and the rolling median and MAD workers take from them
// (baseline-reads.ts). One row per key, so saving a vitals check is one read and one write.
import type Database from 'better-sqlite3';
import type { SkillResult } from '../core/skill-result';
import { statement } from './statement-cache';

/** How many recent samples a baseline is made of: enough to be robust, few enough to follow a redesign. */
export const baselineWindow = 20;

interface MetricSample {
  template: string;
  metric: string;
  value: number;
}

/** The skill's schema checked its samples when it recorded them; this only keeps out what could not be one. */
function isMetricSample(sample: unknown): sample is MetricSample {
  const candidate = sample as MetricSample;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.template === 'string' && typeof candidate.metric === 'string' && Number.isFinite(candidate.value);
}

/** template -> metric -> values, newest first. */
export type MetricWindows = Record<string, Record<string, number[]>>;

export interface MetricBaseline {
  median: number;
  mad: number;
  samples: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function baselineOf(values: number[]): MetricBaseline {
  const center = median(values);
  return { median: center, mad: median(values.map((value) => Math.abs(value - center))), samples: values.length };
}

/** A stored `series` column; anything unreadable is an empty history, which the next samples rebuild. */
export function parseMetricWindows(json: string | undefined): MetricWindows {
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as MetricWindows) : {};
  } catch {
    return {};
  }
}

/** Adds a result's `details.metricSamples` to its windows; FAIL and SKIP results measure nothing reliable. */
export function recordMetricSamples(database: Database.Database, result: SkillResult, now: string): void {
  if (result.status !== 'PASS' && result.status !== 'WARN') return;
  const recorded = result.details?.metricSamples;
  const samples = Array.isArray(recorded) ? recorded.filter(isMetricSample) : [];
  if (samples.length === 0) return;
  const key = [result.storeUrl, result.skillName, result.device] as const;
  const stored = statement(database, 'SELECT series FROM metric_windows WHERE store_url = ? AND skill_name = ? AND device = ?').get(...key) as { series: string } | undefined;
  const windows = parseMetricWindows(stored?.series);
  for (const { template, metric, value } of samples) {
    const metrics = (windows[template] ??= {});
    const previous = Array.isArray(metrics[metric]) ? metrics[metric] : [];
    // Six significant digits: a browser's 35.100000001490116 ms is 35.1 ms, and the row stays small.
    metrics[metric] = [Number(value.toPrecision(6)), ...previous].slice(0, baselineWindow);
  }
  statement(database,
    `INSERT INTO metric_windows (store_url, skill_name, device, series, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (store_url, skill_name, device) DO UPDATE SET series = excluded.series, updated_at = excluded.updated_at`,
  ).run(...key, JSON.stringify(windows), now);
}
