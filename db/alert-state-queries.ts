// What the alert policy remembers between runs: when each incident was announced and last alerted,
// which keys are flapping, how often a key opened lately, and a key's status in the previous run.
import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import type { SkillStatus } from '../core/skill-result';

export interface CheckKey {
  storeUrl: string;
  skillName: string;
  device: string;
}

export interface IncidentAlertState {
  announcedAt?: string;
  lastAlertAt?: string;
}

export function readIncidentAlertState(database: Database.Database, incidentId: number): IncidentAlertState {
  const row = statement(database, 'SELECT announced_at, last_alert_at FROM incidents WHERE id = ?').get(incidentId) as
    | { announced_at: string | null; last_alert_at: string | null }
    | undefined;
  return { announcedAt: row?.announced_at ?? undefined, lastAlertAt: row?.last_alert_at ?? undefined };
}

export function recordIncidentAlert(database: Database.Database, incidentId: number, at: string, announces: boolean): void {
  statement(database, `UPDATE incidents SET last_alert_at = @at, announced_at = CASE WHEN @announces THEN @at ELSE announced_at END WHERE id = @id`)
    .run({ id: incidentId, at, announces: announces ? 1 : 0 });
}

export function countOpeningsSince(database: Database.Database, key: CheckKey, since: string): number {
  const row = statement(database, `SELECT count(*) AS count FROM incidents WHERE store_url = @storeUrl AND skill_name = @skillName AND device = @device AND created_at >= @since`)
    .get({ ...key, since }) as { count: number };
  return row.count;
}

export function isFlapping(database: Database.Database, key: CheckKey): boolean {
  return statement(database, 'SELECT 1 FROM alert_flapping WHERE store_url = @storeUrl AND skill_name = @skillName AND device = @device').get(key) !== undefined;
}

export function startFlapping(database: Database.Database, key: CheckKey, since: string): void {
  statement(database, 'INSERT OR IGNORE INTO alert_flapping (store_url, skill_name, device, since) VALUES (@storeUrl, @skillName, @device, @since)')
    .run({ ...key, since });
}

/** Stable means no incident opened or resolved for the key since `stableSince`; such keys leave the flapping list. */
export function clearStableFlapping(database: Database.Database, stableSince: string): number {
  return statement(database,
      `DELETE FROM alert_flapping WHERE NOT EXISTS (
         SELECT 1 FROM incidents i WHERE i.store_url = alert_flapping.store_url AND i.skill_name = alert_flapping.skill_name
           AND i.device = alert_flapping.device AND (i.created_at >= @stableSince OR i.resolved_at >= @stableSince))`,
    )
    .run({ stableSince }).changes;
}

/** The key's status in the newest earlier run, or undefined on its first run. */
export function previousCheckStatus(database: Database.Database, key: CheckKey, runId: string): SkillStatus | undefined {
  const row = statement(database,
      `SELECT status FROM check_runs WHERE store_url = @storeUrl AND skill_name = @skillName AND device = @device
         AND run_id IS NOT @runId AND status != 'SKIP' ORDER BY timestamp DESC, id DESC LIMIT 1`,
    )
    .get({ ...key, runId }) as { status: SkillStatus } | undefined;
  return row?.status;
}
