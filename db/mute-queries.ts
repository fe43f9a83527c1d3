// Mutes set with `nano-sre mute STORE --for 2h`: alerts for the store are held until they end.
import type Database from 'better-sqlite3';

/** A mute as stored: alerts for `store` (a URL, or '*' for every store) are held until `until`. */
export interface Mute {
  store: string;
  until: string;
  reason?: string;
}

export function addMute(database: Database.Database, mute: Mute, now: string): void {
  database
    .prepare('INSERT INTO mutes (store_url, until, reason, created_at) VALUES (?, ?, ?, ?)')
    .run(mute.store, mute.until, mute.reason ?? null, now);
}

export function listActiveMutes(database: Database.Database, now: string): Mute[] {
  const rows = database.prepare('SELECT store_url, until, reason FROM mutes WHERE until > ? ORDER BY until').all(now) as Array<{
    store_url: string;
    until: string;
    reason: string | null;
  }>;
  return rows.map((row) => ({ store: row.store_url, until: row.until, reason: row.reason ?? undefined }));
}

/** Ends the store's mutes now (for '*', the all-stores mutes) and releases what they held; returns how many were active. */
export function endMutes(database: Database.Database, store: string, now: string): number {
  const end = database.transaction(() => {
    // Held recoveries carry the end of the hold that held them: bring it forward with the mute.
    database
      .prepare(`UPDATE alert_outbox SET held_until = @now WHERE status = 'held' AND held_until IN (SELECT until FROM mutes WHERE store_url = @store AND until > @now)`)
      .run({ store, now });
    return database.prepare('UPDATE mutes SET until = @now WHERE store_url = @store AND until > @now').run({ store, now }).changes;
  });
  return end.immediate();
}
