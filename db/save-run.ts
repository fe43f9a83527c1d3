// Writes one suite run in a single transaction: the run row, a check row per SkillResult (and its evidence),
// the hourly summaries, the pixel auditor's memory, incident changes (planned under the write lock, so
// concurrent runs agree) and baselines.
import { writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { planIncidentChanges, type IncidentChange, type IsOutage } from '../core/incident-policy';
import { worstStatus, type SkillResult, type SkillStatus } from '../core/skill-result';
import { recordBaselines } from './baselines';
import { checkRowDetails, checkRowScreenshots, insertCheckEvidence, prunePassedEvidence } from './check-evidence';
import { addToHourlySummaries, dropHourlySummariesBefore } from './hourly-summaries';
import { recordMetricSamples } from './metric-baselines';
import { prunePixelMemory, recordPixelMemory } from './pixel-memory';
import { applyIncidentChanges, listOpenIncidents } from './incident-queries';
import { statement } from './statement-cache';

export interface RunToSave {
  runId: string;
  startedAt: string;
  finishedAt: string;
  trigger: string;
  results: SkillResult[];
  retentionDays: number;
  /** How long a passing check's evidence (pages, the skill's details, info findings) is kept, 0 for not at all; a warning's or failure's stays with its row. */
  evidenceRetentionDays: number;
  /** From the finding catalogue: which failing codes make an incident P1 when no diagnosis says otherwise. */
  isOutage: IsOutage;
}

export interface SavedIncidentChange {
  incidentId: number;
  change: IncidentChange;
}

export interface SavedRun {
  runId: string;
  status: SkillStatus;
  checkRunIds: number[];
  incidentChanges: SavedIncidentChange[];
  /** The run's results, for work in the same transaction that needs more than the incidents (WARN alerts). */
  results: SkillResult[];
}

/** Work other stages add to the same transaction (the alert outbox), so nothing is half-written. */
export type InTransaction = (database: Database.Database, saved: SavedRun) => void;

function countByStatus(results: SkillResult[]): Record<SkillStatus, number> {
  const counts: Record<SkillStatus, number> = { PASS: 0, WARN: 0, FAIL: 0, SKIP: 0 };
  for (const result of results) counts[result.status] += 1;
  return counts;
}

export function saveRun(database: Database.Database, run: RunToSave, inTransaction?: InTransaction): SavedRun {
  const insertRun = statement(database,
    `INSERT INTO runs (id, started_at, finished_at, status, trigger, stores, counts, duration_ms)
     VALUES (@id, @startedAt, @finishedAt, @status, @trigger, @stores, @counts, @durationMs)`,
  );
  const insertCheck = statement(database,
    `INSERT INTO check_runs (run_id, timestamp, store_url, skill_name, device, project, status, summary, details, screenshots, error, duration_ms, retries, diagnosis)
     VALUES (@runId, @timestamp, @storeUrl, @skillName, @device, @project, @status, @summary, @details, @screenshots, @error, @durationMs, @retries, @diagnosis)`,
  );
  const status = worstStatus(run.results.map((result) => result.status));

  const write = database.transaction((): SavedRun => {
    insertRun.run({
      id: run.runId,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      status,
      trigger: run.trigger,
      stores: JSON.stringify([...new Set(run.results.map((result) => result.storeUrl))]),
      counts: JSON.stringify(countByStatus(run.results)),
      durationMs: Date.parse(run.finishedAt) - Date.parse(run.startedAt),
    });
    const checkRunIds = run.results.map((result) => {
      const checkRunId = Number(
        insertCheck.run({
          runId: run.runId,
          timestamp: result.startedAt,
          storeUrl: result.storeUrl,
          skillName: result.skillName,
          device: result.device,
          project: result.project,
          status: result.status,
          summary: result.summary,
          details: checkRowDetails(result),
          screenshots: checkRowScreenshots(result),
          error: result.error ?? null,
          durationMs: Math.round(result.durationMs),
          retries: result.attempts - 1,
          diagnosis: result.diagnosis ? JSON.stringify(result.diagnosis) : null,
        }).lastInsertRowid,
      );
      insertCheckEvidence(database, checkRunId, result, run.evidenceRetentionDays > 0);
      return checkRunId;
    });
    addToHourlySummaries(database, run.results);
    recordPixelMemory(database, run.results, checkRunIds);
    const changes = planIncidentChanges(listOpenIncidents(database), run.results, run.isOutage, new Date(run.finishedAt));
    const incidentIds = applyIncidentChanges(database, run.runId, changes, run.finishedAt);
    recordBaselines(database, run.results, run.finishedAt);
    for (const result of run.results) recordMetricSamples(database, result, run.finishedAt);
    pruneOldRows(database, run, run.finishedAt);
    const saved: SavedRun = {
      runId: run.runId,
      status,
      checkRunIds,
      incidentChanges: changes.map((change, index) => ({ incidentId: incidentIds[index], change })),
      results: run.results,
    };
    inTransaction?.(database, saved);
    pauseHereForTests();
    return saved;
  });
  return write.immediate();
}

/**
 * Test-only (tests/resilience/process-faults.test.ts): with NANO_SRE_TEST_PAUSE_IN_SAVE=<file>, the process
 * writes its pid to that file and sleeps inside the open transaction until it is killed, so a test can SIGKILL it here.
 */
function pauseHereForTests(): void {
  const signalFile = process.env.NANO_SRE_TEST_PAUSE_IN_SAVE;
  if (!signalFile) return;
  writeFileSync(signalFile, String(process.pid));
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(sleeper, 0, 0, 1000);
}

export interface Retention {
  retentionDays: number;
  evidenceRetentionDays: number;
}

const daysBefore = (now: string, days: number) => new Date(Date.parse(now) - days * 86_400_000).toISOString();

/** Retention: check rows, their hours' summaries, runs and resolved incidents older than RETENTION_DAYS go, passing checks' evidence after EVIDENCE_RETENTION_DAYS. */
export function pruneOldRows(database: Database.Database, retention: Retention, now: string): void {
  const cutoff = daysBefore(now, retention.retentionDays);
  statement(database, 'DELETE FROM check_runs WHERE timestamp < ?').run(cutoff);
  dropHourlySummariesBefore(database, cutoff);
  prunePixelMemory(database, cutoff);
  statement(database, 'DELETE FROM runs WHERE started_at < ?').run(cutoff);
  statement(database, `DELETE FROM incidents WHERE status = 'resolved' AND resolved_at < ?`).run(cutoff);
  prunePassedEvidence(database, daysBefore(now, Math.min(retention.evidenceRetentionDays, retention.retentionDays)));
}
