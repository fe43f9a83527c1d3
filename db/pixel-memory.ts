// What the pixel auditor's readers need of its checks, written by the save whatever a passing check's evidence
// does: the vendors seen on each store and when last (the auditor's week of memory), and the newest matrix per
// store and device (the dashboard). See db/migrations/…-pixel-memory.sql.
import type Database from 'better-sqlite3';
import type { SkillResult } from '../core/skill-result';
import { statement } from './statement-cache';

const pixelSkill = 'pixel_auditor';

const isText = (value: unknown): value is string => typeof value === 'string';

export function recordPixelMemory(database: Database.Database, results: SkillResult[], checkRunIds: number[]): void {
  const keepMatrix = statement(database,
    `INSERT INTO pixel_matrices_latest (store_url, device, check_run_id, checked_at, summary, matrix) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (store_url, device) DO UPDATE SET check_run_id = excluded.check_run_id, checked_at = excluded.checked_at,
       summary = excluded.summary, matrix = excluded.matrix
     WHERE excluded.checked_at >= pixel_matrices_latest.checked_at`,
  );
  const sawVendor = statement(database,
    `INSERT INTO pixel_vendors_seen (store_url, vendor, last_seen_at) VALUES (?, ?, ?)
     ON CONFLICT (store_url, vendor) DO UPDATE SET last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
  );
  results.forEach((result, index) => {
    if (result.skillName !== pixelSkill) return;
    const details = result.details ?? {};
    keepMatrix.run(result.storeUrl, result.device, checkRunIds[index], result.startedAt, result.summary, details.matrix === undefined ? null : JSON.stringify(details.matrix));
    const vendors = Array.isArray(details.vendorsSeen) ? details.vendorsSeen.filter(isText) : [];
    for (const vendor of vendors) sawVendor.run(result.storeUrl, vendor, result.startedAt);
  });
}

/** Retention: vendors not seen, and matrices not checked, since `cutoff`. */
export function prunePixelMemory(database: Database.Database, cutoff: string): void {
  statement(database, 'DELETE FROM pixel_vendors_seen WHERE last_seen_at < ?').run(cutoff);
  statement(database, 'DELETE FROM pixel_matrices_latest WHERE checked_at < ?').run(cutoff);
}
