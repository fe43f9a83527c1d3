// A run killed at RUN_TIMEOUT_MINUTES stored nothing (the reporter never reached onEnd), so the watch
// records it: a FAIL of the pseudo-skill `watch_run` per store (skill.timeout), through the same
// pipeline as any run, so it opens an incident and alerts; the next run that finishes resolves it.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { formatDuration } from '../core/durations';
import type { SkillResult } from '../core/skill-result';
import { listOpenIncidents } from '../db/incident-queries';
import { openDatabase } from '../db/open-database';
import { createPipelineStages } from '../reporters/pipeline-stages';
import { runPipeline } from '../reporters/run-pipeline';
import type { RunRequest } from './run-request';
import type { WatchSettings } from './watch-settings';

/** The pseudo-skill a whole run is recorded under; `device` is 'all' since the run covers every device. */
export const watchRunSkill = 'watch_run';

function watchRunResult(storeUrl: string, status: 'PASS' | 'FAIL', startedAt: Date, durationMs: number, message: string): SkillResult {
  return {
    skillName: watchRunSkill,
    title: 'the watch run finished in time',
    project: 'watch',
    storeUrl,
    device: 'all',
    status,
    summary: message,
    findings: status === 'FAIL' ? [{ code: 'skill.timeout', level: 'fail', message, evidence: { timeoutMs: Math.round(durationMs) } }] : [],
    metrics: {},
    screenshots: [],
    evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] },
    durationMs,
    attempts: 1,
    startedAt: startedAt.toISOString(),
  };
}

async function store(settings: WatchSettings, request: RunRequest, startedAt: Date, results: SkillResult[]): Promise<string | undefined> {
  const outcome = await runPipeline(
    { runId: randomUUID(), startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), trigger: request.trigger, results },
    { databasePath: settings.databasePath, resultsPath: join(settings.reportsDir, 'results.json'), retentionDays: settings.retentionDays, evidenceRetentionDays: settings.evidenceRetentionDays },
    createPipelineStages(),
  );
  for (const problem of outcome.problems) console.error(`nano-sre watch: ${problem}`);
  return outcome.saved?.runId;
}

function requestedStores(settings: WatchSettings, request: RunRequest): string[] {
  return request.stores ?? settings.stores.map((target) => target.url);
}

export function recordHungRun(settings: WatchSettings, request: RunRequest, startedAt: Date, durationMs: number): Promise<string | undefined> {
  const message = `The run did not finish within ${formatDuration(settings.runTimeoutMs)} (RUN_TIMEOUT_MINUTES) and was killed: a page that never finishes loading, or a stuck browser.`;
  const results = requestedStores(settings, request).map((storeUrl) => watchRunResult(storeUrl, 'FAIL', startedAt, durationMs, message));
  return store(settings, request, startedAt, results);
}

/** Resolves open `watch_run` incidents of the stores this run covered; stores nothing when there are none. */
export async function recordRunsFinishing(settings: WatchSettings, request: RunRequest): Promise<void> {
  const database = openDatabase(settings.databasePath);
  let hung: string[];
  try {
    const covered = new Set(requestedStores(settings, request));
    hung = listOpenIncidents(database).filter((incident) => incident.skillName === watchRunSkill && covered.has(incident.storeUrl)).map((incident) => incident.storeUrl);
  } finally {
    database.close();
  }
  if (!hung.length) return;
  const now = new Date();
  await store(settings, request, now, hung.map((storeUrl) => watchRunResult(storeUrl, 'PASS', now, 0, 'The run finished in time again.')));
}
