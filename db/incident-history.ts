// Incidents as people read them: newest first, with how long each lasted (or has lasted so far).
import type Database from 'better-sqlite3';

export interface IncidentSummary {
  id: number;
  storeUrl: string;
  skillName: string;
  device: string;
  severity: string;
  status: 'open' | 'resolved';
  summary: string;
  createdAt: string;
  resolvedAt: string | null;
  failureCount: number;
  durationMs: number;
}

/** An incidents row as SQLite gives it. */
export interface IncidentRow {
  id: number;
  store_url: string;
  skill_name: string;
  device: string;
  severity: string;
  status: 'open' | 'resolved';
  summary: string;
  created_at: string;
  resolved_at: string | null;
  failure_count: number;
}

export function listIncidents(database: Database.Database, options: { includeResolved: boolean; limit: number }, now = new Date()): IncidentSummary[] {
  const rows = database
    .prepare(
      `SELECT id, store_url, skill_name, device, severity, status, summary, created_at, resolved_at, failure_count FROM incidents
       WHERE @includeResolved OR status = 'open' ORDER BY created_at DESC, id DESC LIMIT @limit`,
    )
    .all({ includeResolved: options.includeResolved ? 1 : 0, limit: options.limit }) as IncidentRow[];
  return rows.map((row) => incidentSummary(row, now));
}

/** An incidents row as people read it, with how long it lasted (or has lasted by `now`). */
export function incidentSummary(row: IncidentRow, now: Date): IncidentSummary {
  return {
    id: row.id,
    storeUrl: row.store_url,
    skillName: row.skill_name,
    device: row.device,
    severity: row.severity,
    status: row.status,
    summary: row.summary,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    failureCount: row.failure_count,
    durationMs: Date.parse(row.resolved_at ?? now.toISOString()) - Date.parse(row.created_at),
  };
}
