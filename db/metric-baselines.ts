// Speed baselines: the samples a skill measured per page template and device, and each series' rolling
// median and MAD over its last 20 samples. The reporter writes them in the run's transaction; workers
// read the medians through baseline-reads.ts.
import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import { z } from 'zod';
import type { SkillResult } from '../core/skill-result';

/** How many recent samples a baseline is made of: enough to be robust, few enough to follow a redesign. */
export const baselineWindow = 20;

const metricSamplesSchema = z.array(z.object({ template: z.string().min(1), metric: z.string().min(1), value: z.number().finite() }));

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

/** Stores a result's `details.metricSamples` and refreshes the baselines they belong to; FAIL and SKIP results measure nothing reliable. */
export function recordMetricSamples(database: Database.Database, runId: string, result: SkillResult, now: string): void {
  if (result.status !== 'PASS' && result.status !== 'WARN') return;
  const parsed = metricSamplesSchema.safeParse(result.details?.metricSamples);
  if (!parsed.success || parsed.data.length === 0) return;
  const insert = statement(database, 'INSERT INTO metric_samples (run_id, recorded_at, store_url, skill_name, template, device, metric, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const recent = statement(database, 'SELECT value FROM metric_samples WHERE store_url = ? AND skill_name = ? AND template = ? AND device = ? AND metric = ? ORDER BY recorded_at DESC, id DESC LIMIT ?');
  const upsert = statement(database, 
    `INSERT INTO metric_baselines (store_url, skill_name, template, device, metric, median, mad, samples, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (store_url, skill_name, template, device, metric) DO UPDATE SET median = excluded.median, mad = excluded.mad, samples = excluded.samples, updated_at = excluded.updated_at`,
  );
  for (const sample of parsed.data) {
    const series = [result.storeUrl, result.skillName, sample.template, result.device, sample.metric] as const;
    insert.run(runId, now, ...series, sample.value);
    const values = (recent.all(...series, baselineWindow) as Array<{ value: number }>).map((row) => row.value);
    const baseline = baselineOf(values);
    upsert.run(...series, baseline.median, baseline.mad, baseline.samples, now);
  }
}

/** Retention for samples follows the check rows'. */
export function pruneMetricSamples(database: Database.Database, cutoff: string): void {
  statement(database, 'DELETE FROM metric_samples WHERE recorded_at < ?').run(cutoff);
}
