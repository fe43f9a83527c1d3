// Reads what a suite run left in its SQLite file, the way a user's query would.
import Database from 'better-sqlite3';

export interface CheckRow {
  run_id: string;
  store_url: string;
  skill_name: string;
  device: string;
  status: string;
  summary: string;
  details: string;
  screenshots: string;
  diagnosis: string | null;
}

export interface IncidentRow {
  id: number;
  store_url: string;
  skill_name: string;
  device: string;
  status: string;
  severity: string;
  failure_count: number;
  resolved_at: string | null;
}

export function readRows<T>(databasePath: string, sql: string, ...parameters: unknown[]): T[] {
  const database = new Database(databasePath, { readonly: true });
  try {
    return database.prepare(sql).all(...parameters) as T[];
  } finally {
    database.close();
  }
}

/** The codes a row's findings carry, optionally only those at some levels (`['fail', 'warn']` leaves out evidence). */
export function findingCodes(row: CheckRow, levels?: ReadonlyArray<'fail' | 'warn' | 'info'>): string[] {
  const { findings } = JSON.parse(row.details) as { findings: Array<{ code: string; level: 'fail' | 'warn' | 'info' }> };
  return findings.filter((finding) => !levels || levels.includes(finding.level)).map((finding) => finding.code);
}
