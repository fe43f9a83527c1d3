// Speed baselines: each vitals check's samples (template -> metric -> value) as one row, the newest 20 per
// store x skill x device (the reporter writes them in the run's transaction), and the rolling median and MAD
// workers take from them (baseline-reads.ts). Saving a vitals check is one small insert and one delete.
import type Database from 'better-sqlite3';
import type { SkillResult } from '../core/skill-result';
import { statement } from './statement-cache';

/** How many recent checks a baseline is made of: enough to be robust, few enough to follow a redesign. */
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

/** One check's samples as stored: template -> metric -> value. */
type CheckSamples = Record<string, Record<string, number>>;

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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The metric samples a result recorded (`details.metricSamples`, per page template): the skill's baselines live in metric_window_samples. */
export function metricSamplesOf(result: SkillResult): MetricSample[] {
  const recorded = result.details?.metricSamples;
  return Array.isArray(recorded) ? recorded.filter(isMetricSample) : [];
}

interface WindowKey {
  storeUrl: string;
  skillName: string;
  device: string;
}

/**
 * The windows of one store x skill x device: each series' values in the newest 20 checks, newest first.
 * A stored row that cannot be read, or a value that is not a number, is left out.
 */
export function readMetricWindows(database: Database.Database, key: WindowKey): MetricWindows {
  const rows = database
    .prepare('SELECT samples FROM metric_window_samples WHERE store_url = @storeUrl AND skill_name = @skillName AND device = @device ORDER BY id DESC LIMIT @limit')
    .all({ ...key, limit: baselineWindow }) as Array<{ samples: string }>;
  const windows: MetricWindows = {};
  for (const row of rows) {
    let samples: unknown;
    try {
      samples = JSON.parse(row.samples);
    } catch {
      continue;
    }
    if (!isRecord(samples)) continue;
    for (const [template, metrics] of Object.entries(samples)) {
      if (!isRecord(metrics)) continue;
      for (const [metric, value] of Object.entries(metrics)) if (Number.isFinite(value)) ((windows[template] ??= {})[metric] ??= []).push(value as number);
    }
  }
  return windows;
}

/** Adds a result's metric samples to its windows, keeping the newest 20 checks; FAIL and SKIP results measure nothing reliable. */
export function recordMetricSamples(database: Database.Database, result: SkillResult, now: string): void {
  if (result.status !== 'PASS' && result.status !== 'WARN') return;
  const samples = metricSamplesOf(result);
  if (samples.length === 0) return;
  const stored: CheckSamples = {};
  // Six significant digits: a browser's 35.100000001490116 ms is 35.1 ms, and the row stays small.
  for (const { template, metric, value } of samples) (stored[template] ??= {})[metric] = Number(value.toPrecision(6));
  const key: WindowKey = { storeUrl: result.storeUrl, skillName: result.skillName, device: result.device };
  statement(database, 'INSERT INTO metric_window_samples (store_url, skill_name, device, recorded_at, samples) VALUES (@storeUrl, @skillName, @device, @now, @samples)')
    .run({ ...key, now, samples: JSON.stringify(stored) });
  statement(database,
    `DELETE FROM metric_window_samples WHERE store_url = @storeUrl AND skill_name = @skillName AND device = @device AND id <= (
       SELECT id FROM metric_window_samples WHERE store_url = @storeUrl AND skill_name = @skillName AND device = @device ORDER BY id DESC LIMIT 1 OFFSET @limit)`,
  ).run({ ...key, limit: baselineWindow });
}
