// Baselines: a running mean of each metric of passing runs, per skill + store, keyed by device.
// Workers may read them (to compare), only the reporter writes.
import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import { z } from 'zod';

const metricBaselineSchema = z.object({ mean: z.number(), samples: z.number().int() });
const baselineDataSchema = z.record(z.string(), z.record(z.string(), metricBaselineSchema));
export type BaselineData = z.infer<typeof baselineDataSchema>;

/** Older samples count less once this many have been seen, so a baseline follows slow drift. */
const maxWeight = 20;

export function readBaseline(database: Database.Database, skillName: string, storeUrl: string): BaselineData {
  const row = statement(database, 'SELECT baseline_data FROM baselines WHERE skill_name = ? AND store_url = ?')
    .get(skillName, storeUrl) as { baseline_data: string } | undefined;
  const parsed = baselineDataSchema.safeParse(row ? JSON.parse(row.baseline_data) : {});
  return parsed.success ? parsed.data : {};
}

export function mergeMetrics(data: BaselineData, device: string, metrics: Record<string, number>): BaselineData {
  const deviceBaseline = { ...(data[device] ?? {}) };
  for (const [name, value] of Object.entries(metrics)) {
    if (!Number.isFinite(value)) continue;
    const previous = deviceBaseline[name];
    const samples = Math.min((previous?.samples ?? 0) + 1, maxWeight);
    const mean = previous ? previous.mean + (value - previous.mean) / samples : value;
    deviceBaseline[name] = { mean, samples: (previous?.samples ?? 0) + 1 };
  }
  return { ...data, [device]: deviceBaseline };
}

export function recordBaseline(
  database: Database.Database,
  skillName: string,
  storeUrl: string,
  device: string,
  metrics: Record<string, number>,
  now: string,
): void {
  const data = mergeMetrics(readBaseline(database, skillName, storeUrl), device, metrics);
  statement(database, 
      `INSERT INTO baselines (skill_name, store_url, baseline_data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (skill_name, store_url) DO UPDATE SET baseline_data = excluded.baseline_data, updated_at = excluded.updated_at`,
    )
    .run(skillName, storeUrl, JSON.stringify(data), now, now);
}
