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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isNumber = (value: unknown): value is number => typeof value === 'number';

/** Leaves `record[key]` a non-empty list of numbers, or removes it; a sound list is kept as it is. */
function keepNumbersOnly(record: Record<string, unknown>, key: string): void {
  const values = record[key];
  const numbers = !Array.isArray(values) ? [] : values.every(isNumber) ? values : values.filter(isNumber);
  if (numbers.length) record[key] = numbers;
  else delete record[key];
}

/**
 * A stored `series` column, keeping only lists of numbers; anything unreadable is an empty history, which the
 * next samples rebuild. Every save reads a vitals key's windows, so what is already sound is kept as parsed.
 */
export function parseMetricWindows(json: string | undefined): MetricWindows {
  let parsed: unknown;
  try {
    parsed = json ? JSON.parse(json) : {};
  } catch {
    return {};
  }
  if (!isRecord(parsed)) return {};
  for (const template of Object.keys(parsed)) {
    const metrics = parsed[template];
    if (isRecord(metrics)) for (const metric of Object.keys(metrics)) keepNumbersOnly(metrics, metric);
    if (!isRecord(metrics) || Object.keys(metrics).length === 0) delete parsed[template];
  }
  return parsed as MetricWindows;
}

/** The metric samples a result recorded (`details.metricSamples`, per page template): the skill's baselines live in metric_windows. */
export function metricSamplesOf(result: SkillResult): MetricSample[] {
  const recorded = result.details?.metricSamples;
  return Array.isArray(recorded) ? recorded.filter(isMetricSample) : [];
}

/** Adds a result's metric samples to its windows; FAIL and SKIP results measure nothing reliable. */
export function recordMetricSamples(database: Database.Database, result: SkillResult, now: string): void {
  if (result.status !== 'PASS' && result.status !== 'WARN') return;
  const samples = metricSamplesOf(result);
  if (samples.length === 0) return;
  const key = [result.storeUrl, result.skillName, result.device] as const;
  const stored = statement(database, 'SELECT series FROM metric_windows WHERE store_url = ? AND skill_name = ? AND device = ?').get(...key) as { series: string } | undefined;
  const windows = parseMetricWindows(stored?.series);
  for (const { template, metric, value } of samples) {
    const values = ((windows[template] ??= {})[metric] ??= []);
    // Six significant digits: a browser's 35.100000001490116 ms is 35.1 ms, and the row stays small.
    values.unshift(Number(value.toPrecision(6)));
    if (values.length > baselineWindow) values.length = baselineWindow;
  }
  statement(database,
    `INSERT INTO metric_windows (store_url, skill_name, device, series, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (store_url, skill_name, device) DO UPDATE SET series = excluded.series, updated_at = excluded.updated_at`,
  ).run(...key, JSON.stringify(windows), now);
}
