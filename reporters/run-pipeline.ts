// What happens to a finished run, stage by stage: redact, diagnose, keep (results.json, then SQLite),
// alert. Each stage is caught on its own: a broken stage is reported and never loses earlier work.
import type Database from 'better-sqlite3';
import { DatabaseOpenError, describeDatabaseProblem, openDatabase } from '../db/open-database';
import { saveRun, type InTransaction, type SavedRun } from '../db/save-run';
import { keepVisualShots } from '../db/visual-baselines';
import { writeResultsFile } from './results-file';
import { writeDiagnosisReport } from './diagnosis-report';
import type { SkillResult } from '../core/skill-result';
import { findingCatalogue } from './finding-registry';
import { errorText } from '../core/error-text';

export interface RunInput {
  runId: string;
  startedAt: string;
  finishedAt: string;
  trigger: string;
  results: SkillResult[];
}

export interface PipelineSettings {
  databasePath: string;
  resultsPath: string;
  /** reports/diagnosis.md, written once the diagnoses are in; omitted, none is written. */
  diagnosisPath?: string;
  retentionDays: number;
  evidenceRetentionDays: number;
}

/** Stages later issues plug in; each receives what the earlier stages produced. */
export interface PipelineStages {
  /** Runs first, replacing the results in place, so nothing later (file, SQLite, LLM, alerts) sees secrets. */
  redact?: (results: SkillResult[]) => Promise<{ results: SkillResult[]; problems?: string[] }>;
  /** Fills `result.diagnosis` in place for WARN/FAIL results. */
  diagnose?: (results: SkillResult[]) => Promise<string[] | void>;
  /** Runs inside the run's write transaction (e.g. queue alerts in the outbox). */
  inTransaction?: InTransaction;
  /** Runs after the transaction committed (e.g. deliver the outbox): notes for the summary, problems for the exit code. */
  afterSave?: (database: Database.Database, saved: SavedRun) => Promise<{ notes: string[]; problems: string[] } | void>;
}

export interface PipelineOutcome {
  saved?: SavedRun;
  /** Stages that broke, one line each; the run's exit code reflects them. */
  problems: string[];
  notes: string[];
}

export async function runPipeline(run: RunInput, settings: PipelineSettings, stages: PipelineStages = {}): Promise<PipelineOutcome> {
  const problems: string[] = [];
  const notes: string[] = [];
  const keepResults = () => {
    try {
      writeResultsFile(settings.resultsPath, { ...run, problems });
    } catch (error) {
      problems.push(`could not write ${settings.resultsPath}: ${errorText(error)}; check that REPORTS_DIR is writable`);
    }
  };

  if (stages.redact) {
    try {
      const redacted = await stages.redact(run.results);
      run.results.splice(0, run.results.length, ...redacted.results);
      notes.push(...(redacted.problems ?? []));
    } catch (error) {
      // Fail closed: without redaction, evidence is dropped rather than stored or sent.
      run.results.splice(0, run.results.length, ...run.results.map((result) => ({ ...result, findings: result.findings.map((finding) => ({ ...finding, evidence: {} })), evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] } })));
      problems.push(`redaction failed, evidence was dropped: ${errorText(error)}`);
    }
  }
  keepResults();
  if (stages.diagnose) {
    try {
      notes.push(...((await stages.diagnose(run.results)) ?? []));
    } catch (error) {
      problems.push(`diagnosis failed: ${errorText(error)}`);
    }
  }
  if (settings.diagnosisPath) {
    try {
      writeDiagnosisReport(settings.diagnosisPath, run.results, run.finishedAt);
      if (run.results.some((result) => result.status === 'WARN' || result.status === 'FAIL')) notes.push(`diagnosis of every WARN and FAIL: ${settings.diagnosisPath}`);
    } catch (error) {
      problems.push(`could not write ${settings.diagnosisPath}: ${errorText(error)}; check that REPORTS_DIR is writable`);
    }
  }

  let database: Database.Database | undefined;
  let saved: SavedRun | undefined;
  try {
    database = openDatabase(settings.databasePath);
    saved = saveRun(database, { ...run, retentionDays: settings.retentionDays, evidenceRetentionDays: settings.evidenceRetentionDays, isOutage: findingCatalogue.isOutage }, stages.inTransaction);
  } catch (error) {
    // Opening already named the file and the cause; a write that failed (disk full, damaged pages) says the same.
    const reason = error instanceof DatabaseOpenError ? error.message : describeDatabaseProblem(settings.databasePath, error, 'write');
    problems.push(`results were not stored in SQLite: ${reason} (they are in ${settings.resultsPath})`);
  }

  // Visual baselines: the reporter alone keeps them (images beside the database, rows in it); a shot it
  // cannot keep is a note in the summary and costs nothing else: the run's verdicts stand (docs/visual.md).
  if (database && saved) {
    try {
      notes.push(...keepVisualShots(database, settings.databasePath, saved.runId, run.results, run.finishedAt));
    } catch (error) {
      notes.push(`visual baselines were not kept: ${errorText(error)}`);
    }
  }

  if (database && saved && stages.afterSave) {
    try {
      const report = await stages.afterSave(database, saved);
      notes.push(...(report?.notes ?? []));
      problems.push(...(report?.problems ?? []));
    } catch (error) {
      problems.push(`alert delivery failed: ${errorText(error)}`);
    }
  }
  database?.close();
  keepResults();
  return { saved, problems, notes };
}
