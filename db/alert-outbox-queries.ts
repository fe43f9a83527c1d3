// Reading and writing the alert outbox: a row per alert and channel, queued in the run's
// transaction, claimed before sending (so two processes never send one row), and settled after.
import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import type { AlertEvent } from '../core/alert-event';

export type OutboxStatus = 'pending' | 'delivered' | 'held' | 'failed' | 'expired' | 'dropped';

export interface OutboxRow {
  id: number;
  alert_id: string;
  created_at: string;
  channel: string;
  kind: string;
  event: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  held_until: string | null;
  last_error: string | null;
}

export interface AlertToQueue {
  event: AlertEvent;
  channels: string[];
  runId?: string;
  heldUntil?: Date;
  subjectKeys: string[];
  screenshot?: { name: string; png: Buffer };
}

export function enqueueAlert(database: Database.Database, alert: AlertToQueue, now: string): void {
  const insert = statement(database,
    `INSERT INTO alert_outbox (alert_id, created_at, run_id, channel, kind, event, subject_keys, status, next_attempt_at, held_until)
     VALUES (@alertId, @now, @runId, @channel, @kind, @event, @subjectKeys, @status, @now, @heldUntil)`,
  );
  for (const channel of alert.channels) {
    insert.run({
      alertId: alert.event.alertId,
      now,
      runId: alert.runId ?? null,
      channel,
      kind: alert.event.kind,
      event: JSON.stringify(alert.event),
      subjectKeys: JSON.stringify(alert.subjectKeys),
      status: alert.heldUntil ? 'held' : 'pending',
      heldUntil: alert.heldUntil?.toISOString() ?? null,
    });
  }
  if (alert.screenshot) {
    statement(database, 'INSERT OR REPLACE INTO alert_screenshots (alert_id, name, png, created_at) VALUES (?, ?, ?, ?)')
      .run(alert.event.alertId, alert.screenshot.name, alert.screenshot.png, now);
  }
}

/** The newest alert of a kind about a skill + store + device (its incidentKey), for cooldowns. */
export function lastAlertAbout(database: Database.Database, kind: string, subjectKey: string): string | undefined {
  const row = statement(database,
      `SELECT max(created_at) AS at FROM alert_outbox
       WHERE kind = ? AND EXISTS (SELECT 1 FROM json_each(alert_outbox.subject_keys) WHERE value = ?)`,
    )
    .get(kind, subjectKey) as { at: string | null };
  return row.at ?? undefined;
}

/**
 * Housekeeping before a delivery pass: ended holds release recoveries (the failure was announced
 * before the hold) and drop the rest (the policy raises them again if still true); stale rows expire.
 */
export function settleHeldAndStale(database: Database.Database, now: string, expireBefore: string, pruneBefore: string): { expired: number } {
  statement(database, `UPDATE alert_outbox SET status = CASE kind WHEN 'incident-resolved' THEN 'pending' ELSE 'dropped' END, next_attempt_at = @now
              WHERE status = 'held' AND held_until <= @now`)
    .run({ now });
  const expired = statement(database, `UPDATE alert_outbox SET status = 'expired' WHERE status = 'pending' AND created_at < ?`)
    .run(expireBefore).changes;
  // Retention, like check rows: settled alerts older than RETENTION_DAYS go.
  statement(database, `DELETE FROM alert_outbox WHERE status NOT IN ('pending', 'held') AND created_at < ?`).run(pruneBefore);
  statement(database, `DELETE FROM alert_screenshots WHERE alert_id NOT IN (SELECT alert_id FROM alert_outbox WHERE status IN ('pending', 'held'))`)
    .run();
  return { expired };
}

export function listDueRows(database: Database.Database, now: string): OutboxRow[] {
  return statement(database, `SELECT * FROM alert_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id`)
    .all(now) as OutboxRow[];
}

/** Moves the row's next attempt past the lease, only if nobody else did first; true when this process owns it. */
export function claimRow(database: Database.Database, row: OutboxRow, now: string, leaseUntil: string): boolean {
  return (
    statement(database, `UPDATE alert_outbox SET next_attempt_at = @leaseUntil WHERE id = @id AND status = 'pending' AND next_attempt_at <= @now`)
      .run({ id: row.id, now, leaseUntil }).changes === 1
  );
}

export function readScreenshot(database: Database.Database, alertId: string): { name: string; png: Buffer } | undefined {
  return statement(database, 'SELECT name, png FROM alert_screenshots WHERE alert_id = ?').get(alertId) as { name: string; png: Buffer } | undefined;
}

export function settleRow(
  database: Database.Database,
  id: number,
  outcome: { status: 'delivered' | 'pending' | 'failed'; attempts: number; at: string; nextAttemptAt?: string; error?: string },
): void {
  statement(database,
      `UPDATE alert_outbox SET status = @status, attempts = attempts + @attempts, last_error = @error,
         delivered_at = CASE WHEN @status = 'delivered' THEN @at ELSE delivered_at END,
         next_attempt_at = COALESCE(@nextAttemptAt, next_attempt_at)
       WHERE id = @id`,
    )
    .run({ id, status: outcome.status, attempts: outcome.attempts, at: outcome.at, error: outcome.error ?? null, nextAttemptAt: outcome.nextAttemptAt ?? null });
}

export function countUndelivered(database: Database.Database): Array<{ channel: string; status: OutboxStatus; count: number }> {
  return statement(database, `SELECT channel, status, count(*) AS count FROM alert_outbox WHERE status IN ('pending', 'held') GROUP BY channel, status ORDER BY channel`)
    .all() as Array<{ channel: string; status: OutboxStatus; count: number }>;
}
