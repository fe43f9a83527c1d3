// Visual baselines: the images beside the database (so the monitor workflow's cache of that folder keeps
// them between scheduled runs) and their rows in it. The reporter keeps what a run's shots say
// (a new baseline, the latest shot); the CLI lists, approves and resets. Workers only read (baseline-reads.ts).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { SkillResult } from '../core/skill-result';
import { visualDetailsSchema } from '../core/visual-shots';
import { errorText } from '../core/error-text';

export const visualSkillName = 'visual_auditor';

/** `<folder of NANO_SRE_DB>/visual-baselines`. */
export function visualBaselineFolder(databasePath: string): string {
  return join(dirname(resolve(databasePath === ':memory:' ? './memory.db' : databasePath)), 'visual-baselines');
}

export interface VisualImagePaths {
  baseline: string;
  latest: string;
}

export function visualImagePaths(databasePath: string, storeKey: string, device: string, template: string): VisualImagePaths {
  const folder = join(visualBaselineFolder(databasePath), storeKey, device);
  return { baseline: join(folder, `${template}.png`), latest: join(folder, `${template}.latest.png`) };
}

export interface VisualBaselineRow {
  store_key: string;
  device: string;
  template: string;
  page_url: string;
  baseline_sha256: string | null;
  baseline_width: number | null;
  baseline_height: number | null;
  baseline_source: string | null;
  baseline_at: string | null;
  latest_sha256: string | null;
  latest_at: string | null;
  latest_ratio: number | null;
  latest_verdict: string | null;
  latest_run_id: string | null;
}

export interface VisualBaselineFilter {
  storeKey?: string;
  device?: string;
  template?: string;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function copyInto(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
}

/**
 * After a run is saved: every visual shot becomes its template's latest shot, and a shot marked
 * `created` becomes the baseline (unless one appeared meanwhile). Returns one line per shot it could not keep.
 */
export function keepVisualShots(database: Database.Database, databasePath: string, runId: string, results: readonly SkillResult[], now: string): string[] {
  const problems: string[] = [];
  const upsert = database.prepare(
    `INSERT INTO visual_baselines (store_key, device, template, page_url, baseline_sha256, baseline_width, baseline_height, baseline_source, baseline_at, latest_sha256, latest_at, latest_ratio, latest_verdict, latest_run_id)
     VALUES (@storeKey, @device, @template, @url, @baselineSha, @width, @height, @source, @baselineAt, @latestSha, @now, @ratio, @verdict, @runId)
     ON CONFLICT (store_key, device, template) DO UPDATE SET page_url = excluded.page_url,
       baseline_sha256 = COALESCE(excluded.baseline_sha256, baseline_sha256), baseline_width = COALESCE(excluded.baseline_width, baseline_width),
       baseline_height = COALESCE(excluded.baseline_height, baseline_height), baseline_source = COALESCE(excluded.baseline_source, baseline_source),
       baseline_at = COALESCE(excluded.baseline_at, baseline_at), latest_sha256 = excluded.latest_sha256, latest_at = excluded.latest_at,
       latest_ratio = excluded.latest_ratio, latest_verdict = excluded.latest_verdict, latest_run_id = excluded.latest_run_id`,
  );
  for (const result of results) {
    if (result.skillName !== visualSkillName) continue;
    const details = visualDetailsSchema.safeParse(result.details ?? {});
    if (!details.success) continue;
    for (const shot of details.data.shots) {
      const paths = visualImagePaths(databasePath, shot.storeKey, result.device, shot.template);
      try {
        if (!existsSync(shot.currentPath)) throw new Error(`the shot ${shot.currentPath} is gone (a run merged from shards keeps no shots)`);
        copyInto(shot.currentPath, paths.latest);
        const latestSha = sha256(paths.latest);
        const creates = shot.baseline === 'created' && !existsSync(paths.baseline);
        if (creates) copyInto(shot.currentPath, paths.baseline);
        upsert.run({
          storeKey: shot.storeKey,
          device: result.device,
          template: shot.template,
          url: shot.url,
          baselineSha: creates ? latestSha : null,
          width: creates ? shot.width : null,
          height: creates ? shot.height : null,
          source: creates ? 'first-run' : null,
          baselineAt: creates ? now : null,
          latestSha,
          now,
          ratio: shot.changedRatio,
          verdict: shot.verdict,
          runId,
        });
      } catch (error) {
        problems.push(`the ${shot.template} shot of ${shot.storeKey} ${result.device} was not kept beside the database: ${errorText(error)}`);
      }
    }
  }
  return problems;
}

export function listVisualBaselines(database: Database.Database, filter: VisualBaselineFilter = {}): VisualBaselineRow[] {
  return database
    .prepare(
      `SELECT * FROM visual_baselines
       WHERE (@storeKey IS NULL OR store_key = @storeKey) AND (@device IS NULL OR device = @device) AND (@template IS NULL OR template = @template)
       ORDER BY store_key, device, template`,
    )
    .all({ storeKey: filter.storeKey ?? null, device: filter.device ?? null, template: filter.template ?? null }) as VisualBaselineRow[];
}

export type ApproveOutcome = { row: VisualBaselineRow; kind: 'approved' } | { row: VisualBaselineRow; kind: 'no-latest-shot' } | { row: VisualBaselineRow; kind: 'already-baseline' };

/** The latest shots become the baselines (an intended redesign): files copied, rows marked `approved`. */
export function approveVisualBaselines(database: Database.Database, databasePath: string, filter: VisualBaselineFilter, now: string): ApproveOutcome[] {
  const update = database.prepare(
    `UPDATE visual_baselines SET baseline_sha256 = ?, baseline_width = NULL, baseline_height = NULL, baseline_source = 'approved', baseline_at = ?
     WHERE store_key = ? AND device = ? AND template = ?`,
  );
  return listVisualBaselines(database, filter).map((row): ApproveOutcome => {
    const paths = visualImagePaths(databasePath, row.store_key, row.device, row.template);
    if (!row.latest_sha256 || !existsSync(paths.latest)) return { row, kind: 'no-latest-shot' };
    if (row.baseline_sha256 === row.latest_sha256 && existsSync(paths.baseline)) return { row, kind: 'already-baseline' };
    copyInto(paths.latest, paths.baseline);
    update.run(sha256(paths.baseline), now, row.store_key, row.device, row.template);
    return { row, kind: 'approved' };
  });
}

/** Deletes the baseline images and rows matched: the next run creates new baselines (PASS, "baseline created"). */
export function resetVisualBaselines(database: Database.Database, databasePath: string, filter: VisualBaselineFilter): VisualBaselineRow[] {
  const rows = listVisualBaselines(database, filter);
  const remove = database.prepare('DELETE FROM visual_baselines WHERE store_key = ? AND device = ? AND template = ?');
  for (const row of rows) {
    const paths = visualImagePaths(databasePath, row.store_key, row.device, row.template);
    rmSync(paths.baseline, { force: true });
    rmSync(paths.latest, { force: true });
    remove.run(row.store_key, row.device, row.template);
  }
  return rows;
}
