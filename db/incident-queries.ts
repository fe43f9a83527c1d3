// Reading and writing incident rows; the decisions themselves are in core/incident-policy.ts.
import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import type { IncidentChange, OpenIncident } from '../core/incident-policy';

interface IncidentRow {
  id: number;
  store_url: string;
  skill_name: string;
  device: string;
  created_at: string;
  failure_count: number;
  severity: string;
}

export function listOpenIncidents(database: Database.Database, storeUrl?: string): OpenIncident[] {
  const rows = statement(database,
      `SELECT id, store_url, skill_name, device, created_at, failure_count, severity FROM incidents
       WHERE status = 'open' AND (@storeUrl IS NULL OR store_url = @storeUrl) ORDER BY created_at`,
    )
    .all({ storeUrl: storeUrl ?? null }) as IncidentRow[];
  return rows.map((row) => ({
    id: row.id,
    storeUrl: row.store_url,
    skillName: row.skill_name,
    device: row.device,
    createdAt: row.created_at,
    failureCount: row.failure_count,
    severity: row.severity,
  }));
}

/** Applies planned changes; returns the incident id each change touched, in order. */
export function applyIncidentChanges(database: Database.Database, runId: string, changes: IncidentChange[], now: string): number[] {
  const open = statement(database,
    `INSERT INTO incidents (created_at, store_url, skill_name, device, severity, summary, status, finding_codes, failure_count, last_seen_at, opened_run_id)
     VALUES (@now, @storeUrl, @skillName, @device, @severity, @summary, 'open', @codes, 1, @now, @runId)`,
  );
  const touch = statement(database,
    `UPDATE incidents SET failure_count = @failureCount, last_seen_at = @now, summary = @summary, finding_codes = @codes, severity = @severity WHERE id = @id`,
  );
  const resolve = statement(database,
    `UPDATE incidents SET status = 'resolved', resolved_at = @now, resolved_run_id = @runId WHERE id = @id`,
  );
  return changes.map((change) => {
    const codes = JSON.stringify(change.result.findings.filter((finding) => finding.level !== 'info').map((finding) => finding.code));
    switch (change.kind) {
      case 'incident-opened':
        return Number(
          open.run({ now, runId, storeUrl: change.result.storeUrl, skillName: change.result.skillName, device: change.result.device, severity: change.severity, summary: change.result.summary, codes }).lastInsertRowid,
        );
      case 'incident-continued':
        touch.run({ id: change.incident.id, failureCount: change.failureCount, now, summary: change.result.summary, codes, severity: change.severity });
        return change.incident.id;
      case 'incident-resolved':
        resolve.run({ id: change.incident.id, now, runId });
        return change.incident.id;
    }
  });
}
