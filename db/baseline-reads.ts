// What workers may read of history while a skill runs (the reporter alone writes): read-only, and
// never in the way: a missing, locked or damaged file reads as "no history", since the reporter
// reports database problems itself.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/** The analytics vendors the pixel auditor saw on this store since `sinceIso` (its details' `vendorsSeen`). */
export function recentPixelVendors(databasePath: string, storeUrl: string, sinceIso: string): string[] {
  if (!existsSync(databasePath)) return [];
  let database: Database.Database | undefined;
  try {
    database = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: 2000 });
    const rows = database
      .prepare(
        `SELECT DISTINCT seen.value AS vendor
         FROM check_runs, json_each(check_runs.details, '$.skillDetails.vendorsSeen') AS seen
         WHERE check_runs.skill_name = 'pixel_auditor' AND check_runs.store_url = ? AND check_runs.timestamp >= ?`,
      )
      .all(storeUrl, sinceIso) as Array<{ vendor: unknown }>;
    return rows.map((row) => row.vendor).filter((vendor): vendor is string => typeof vendor === 'string');
  } catch {
    return [];
  } finally {
    database?.close();
  }
}
