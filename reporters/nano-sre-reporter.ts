// The Nano-SRE Playwright reporter, kept thin: onTestEnd turns a test's final attempt into a
// SkillResult; onEnd hands them all to the run pipeline, prints the summary and sets the exit status.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { readSettings } from '../config/settings';
import { createPipelineStages } from './pipeline-stages';
import { runPipeline } from './run-pipeline';
import type { SkillResult } from '../core/skill-result';
import { toSkillResult } from './skill-result-from-test';
import { formatSummary } from './terminal-summary';

/** The database is always NANO_SRE_DB: the diagnosis cache and the alert outbox live in it too. */
export interface NanoSreReporterOptions {
  resultsPath?: string;
  trigger?: string;
}

function isFinalAttempt(test: TestCase, result: TestResult): boolean {
  return result.status === 'passed' || result.status === 'skipped' || result.status === 'interrupted' || result.retry >= test.retries;
}

function detectTrigger(configured: string | undefined): string {
  if (configured) return configured;
  if (process.env.GITHUB_EVENT_NAME) return `github-${process.env.GITHUB_EVENT_NAME}`;
  return process.env.CI ? 'ci' : 'cli';
}

export default class NanoSreReporter implements Reporter {
  private readonly results = new Map<string, SkillResult>();
  private startedAt = new Date();

  constructor(private readonly options: NanoSreReporterOptions = {}) {}

  onBegin(): void {
    this.startedAt = new Date();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (!isFinalAttempt(test, result)) return; // a retry will follow; the last attempt decides
    this.results.set(test.id, toSkillResult(test, test.results));
  }

  async onEnd(fullResult: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const results = [...this.results.values()];
    if (!results.length) return undefined; // --list, or a filter that matched nothing: no run to keep
    const settings = readSettings();
    const outcome = await runPipeline(
      {
        runId: randomUUID(),
        startedAt: this.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        trigger: this.options.trigger ?? detectTrigger(settings.NANO_SRE_TRIGGER),
        results,
      },
      {
        databasePath: settings.NANO_SRE_DB,
        resultsPath: this.options.resultsPath ?? join(settings.REPORTS_DIR, 'results.json'),
        diagnosisPath: join(settings.REPORTS_DIR, 'diagnosis.md'),
        retentionDays: settings.RETENTION_DAYS,
        evidenceRetentionDays: settings.EVIDENCE_RETENTION_DAYS,
      },
      createPipelineStages(),
    );
    console.log(formatSummary(results, outcome.notes));
    for (const problem of outcome.problems) console.error(`nano-sre: ${problem}`);
    const failed = results.some((result) => result.status === 'FAIL') || outcome.problems.length > 0;
    return failed && fullResult.status === 'passed' ? { status: 'failed' } : undefined;
  }

  printsToStdio(): boolean {
    return true;
  }
}
