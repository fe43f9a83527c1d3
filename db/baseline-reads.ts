// What workers may read of history while a skill runs (the reporter alone writes): read-only, and
// never in the way: a missing, locked or damaged file reads as "no history", since the reporter
// reports database problems itself.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { baselineOf, readMetricWindows, type MetricBaseline } from './metric-baselines';
import { visualImagePaths } from './visual-baselines';

/** Runs `read` on the file opened read-only; a missing, locked or damaged file gives `fallback`. */
function readOnly<T>(databasePath: string, fallback: T, read: (database: Database.Database) => T): T {
  if (!existsSync(databasePath)) return fallback;
  let database: Database.Database | undefined;
  try {
    database = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: 2000 });
    return read(database);
  } catch {
    return fallback;
  } finally {
    database?.close();
  }
}

/** The analytics vendors the pixel auditor saw on this store since `sinceIso` (db/pixel-memory.ts). */
export function recentPixelVendors(databasePath: string, storeUrl: string, sinceIso: string): string[] {
  return readOnly(databasePath, [], (database) => {
    const rows = database
      .prepare('SELECT vendor FROM pixel_vendors_seen WHERE store_url = ? AND last_seen_at >= ? ORDER BY vendor')
      .all(storeUrl, sinceIso) as Array<{ vendor: unknown }>;
    return rows.map((row) => row.vendor).filter((vendor): vendor is string => typeof vendor === 'string');
  });
}

export interface VisualBaselineRead {
  /** The baseline image, or null when this store × device × template has none yet. */
  imagePath: string | null;
  /** `first-run` or `approved` when its row is there (a state folder restored without its database has the image only). */
  source: string | null;
  since: string | null;
}

/** The visual auditor's baseline of one page template: the image beside the database is the truth, the row adds its story. */
export function readVisualBaseline(databasePath: string, storeKey: string, device: string, template: string): VisualBaselineRead {
  const { baseline } = visualImagePaths(databasePath, storeKey, device, template);
  const imagePath = existsSync(baseline) ? baseline : null;
  const noRow: VisualBaselineRead = { imagePath, source: null, since: null };
  if (!imagePath) return noRow;
  return readOnly(databasePath, noRow, (database): VisualBaselineRead => {
    const row = database
      .prepare('SELECT baseline_source AS source, baseline_at AS since FROM visual_baselines WHERE store_key = ? AND device = ? AND template = ?')
      .get(storeKey, device, template) as { source: string | null; since: string | null } | undefined;
    return { imagePath, source: row?.source ?? null, since: row?.since ?? null };
  });
}

/** The speed baselines of one skill on one store and device: template -> metric -> rolling median and MAD. */
export function readMetricBaselines(databasePath: string, storeUrl: string, skillName: string, device: string): Record<string, Record<string, MetricBaseline>> {
  return readOnly(databasePath, {}, (database) => {
    const baselines: Record<string, Record<string, MetricBaseline>> = {};
    for (const [template, metrics] of Object.entries(readMetricWindows(database, { storeUrl, skillName, device }))) {
      for (const [metric, values] of Object.entries(metrics)) (baselines[template] ??= {})[metric] = baselineOf(values);
    }
    return baselines;
  });
}
