// Baselines: a running mean of each metric of passing runs, per skill + store, keyed by device.
// Workers may read them (to compare), only the reporter writes.
import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import type { SkillResult } from '../core/skill-result';
import { metricSamplesOf } from './metric-baselines';

interface MetricMean {
  mean: number;
  samples: number;
}
/** device -> metric -> running mean. */
export type BaselineData = Record<string, Record<string, MetricMean>>;

/** A stored entry is used only when it is a mean and a count; anything else starts that metric afresh. */
function isMetricMean(entry: unknown): entry is MetricMean {
  return typeof entry === 'object' && entry !== null && Number.isFinite((entry as MetricMean).mean) && Number.isInteger((entry as MetricMean).samples);
}

/** Older samples count less once this many have been seen, so a baseline follows slow drift. */
const maxWeight = 20;

export function readBaseline(database: Database.Database, skillName: string, storeUrl: string): BaselineData {
  const row = statement(database, 'SELECT baseline_data FROM baselines WHERE skill_name = ? AND store_url = ?')
    .get(skillName, storeUrl) as { baseline_data: string } | undefined;
  try {
    const parsed: unknown = row ? JSON.parse(row.baseline_data) : {};
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as BaselineData) : {};
  } catch {
    return {};
  }
}

/** Folds one result's metrics into `data` (changed in place) and returns it. */
export function mergeMetrics(data: BaselineData, device: string, metrics: Record<string, number>): BaselineData {
  if (typeof data[device] !== 'object' || data[device] === null) data[device] = {};
  const deviceBaseline = data[device];
  for (const name of Object.keys(metrics)) {
    const value = metrics[name];
    if (!Number.isFinite(value)) continue;
    const previous = isMetricMean(deviceBaseline[name]) ? deviceBaseline[name] : undefined;
    const samples = (previous?.samples ?? 0) + 1;
    const mean = previous ? previous.mean + (value - previous.mean) / Math.min(samples, maxWeight) : value;
    // Six significant digits: enough for a mean of milliseconds, and the row stays small.
    deviceBaseline[name] = { mean: Number(mean.toPrecision(6)), samples };
  }
  return data;
}

/**
 * Folds the metrics of a run's passing results in: one read and one write per skill + store, whatever the
 * devices. A result that records metric samples (the vitals skill) has its baselines in metric_window_samples
 * (metric-baselines.ts), per page template, and is not averaged here a second time.
 */
export function recordBaselines(database: Database.Database, results: SkillResult[], now: string): void {
  const byKey = new Map<string, SkillResult[]>();
  for (const result of results) {
    if (result.status !== 'PASS' || metricSamplesOf(result).length > 0) continue;
    const key = JSON.stringify([result.skillName, result.storeUrl]);
    byKey.set(key, [...(byKey.get(key) ?? []), result]);
  }
  const upsert = statement(database,
    `INSERT INTO baselines (skill_name, store_url, baseline_data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (skill_name, store_url) DO UPDATE SET baseline_data = excluded.baseline_data, updated_at = excluded.updated_at`,
  );
  for (const group of byKey.values()) {
    const { skillName, storeUrl } = group[0];
    const data = group.reduce((merged, result) => mergeMetrics(merged, result.device, result.metrics), readBaseline(database, skillName, storeUrl));
    upsert.run(skillName, storeUrl, JSON.stringify(data), now, now);
  }
}
