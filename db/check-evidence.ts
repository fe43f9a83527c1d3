// How a SkillResult is split between its check row (what history keeps for the whole retention) and its
// evidence row (what the check saw: kept with the row when it warned or failed, and when it passed for
// EVIDENCE_RETENTION_DAYS, by default not at all); the view check_results puts them back together
// (db/migrations/…-check-evidence.sql).
import type Database from 'better-sqlite3';
import type { SkillResult } from '../core/skill-result';
import { statement } from './statement-cache';

/** The check row's details: small and bounded by what the skill found and measured. */
export function checkRowDetails(result: SkillResult): string {
  const findings = result.findings.filter((finding) => finding.level !== 'info');
  return JSON.stringify({ findings, metrics: result.metrics, attempts: result.attempts });
}

/** The check row's screenshots: a passing check's are evidence (and its files are replaced by the next run's). */
export function checkRowScreenshots(result: SkillResult): string {
  return JSON.stringify(result.status === 'PASS' ? [] : result.screenshots);
}

/** The skill's details as kept: its metric samples live on in metric_window_samples (db/metric-baselines.ts), not twice. */
function keptSkillDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!details || !('metricSamples' in details)) return details ?? {};
  const { metricSamples: _inMetricWindows, ...kept } = details;
  return kept;
}

/** A passing check's evidence is written only when it is kept (`keepPassing`): it is most of what a save writes. */
export function insertCheckEvidence(database: Database.Database, checkRunId: number, result: SkillResult, keepPassing: boolean): void {
  const passed = result.status === 'PASS';
  if (passed && !keepPassing) return;
  const hasInfo = result.findings.some((finding) => finding.level === 'info');
  statement(database, 'INSERT INTO check_evidence (check_run_id, passed_at, title, findings, evidence, skill_details, screenshots) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    checkRunId,
    passed ? result.startedAt : null,
    result.title,
    hasInfo ? JSON.stringify(result.findings) : null,
    JSON.stringify(result.evidence),
    JSON.stringify(keptSkillDetails(result.details)),
    passed && result.screenshots.length ? JSON.stringify(result.screenshots) : null,
  );
}

/** Evidence of checks that passed before `cutoff` goes; a warning's or a failure's stays with its check row. */
export function prunePassedEvidence(database: Database.Database, cutoff: string): void {
  statement(database, 'DELETE FROM check_evidence WHERE passed_at < ?').run(cutoff);
}
