// Executes one run request: the suite (or WATCH_COMMAND) as a child process with the run's trigger,
// stores and skills; afterwards reads what the reporter stored, and records a hung run itself.
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { skillNameFromFile } from '../core/skill-result';
import { errorText } from '../core/error-text';
import { startChildRun, type ChildRun, type ChildRunOutcome, type ChildRunSpec } from './child-run';
import { recordHungRun, recordRunsFinishing } from './hung-run-record';
import type { RunRequest } from './run-request';
import type { WatchSettings } from './watch-settings';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The skills the suite has (skills/*.skill.ts), by name: what POST /hooks/run may ask for. */
export function listSuiteSkills(): string[] {
  return readdirSync(join(projectRoot, 'skills'))
    .filter((name) => name.endsWith('.skill.ts'))
    .map(skillNameFromFile)
    .sort();
}

export type RunOutcome =
  | { kind: 'finished'; exitCode: number; runId?: string; status?: string }
  | { kind: 'timed-out'; runId?: string; afterMs: number }
  | { kind: 'crashed'; exitCode: number | null; error: string }
  | { kind: 'stopped' };

/** The child's command line: the suite's own `playwright test`, or WATCH_COMMAND through the shell. */
export function runSpec(settings: WatchSettings, request: RunRequest): ChildRunSpec {
  // Playwright takes file filters (regular expressions) as arguments: headless_probe is skills/headless-probe.skill.ts.
  const filters = (request.skills ?? []).map((skill) => `${skill.replace(/_/g, '-')}\\.`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NANO_SRE_DB: settings.databasePath,
    REPORTS_DIR: settings.reportsDir,
    NANO_SRE_TRIGGER: request.trigger,
    FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
  };
  if (request.stores) env.STORE_URL = request.stores.join(',');
  if (settings.command) {
    // Skill names are [a-z0-9_] (checked by the hook), so single quotes are all the shell needs.
    const quoted = filters.map((filter) => `'${filter}'`);
    return { command: [settings.command, ...quoted].join(' '), args: [], shell: true, cwd: process.cwd(), env, timeoutMs: settings.runTimeoutMs };
  }
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  return {
    command: process.execPath,
    args: [cli, 'test', '--config', join(projectRoot, 'playwright.config.ts'), ...filters],
    shell: false,
    cwd: projectRoot,
    env,
    timeoutMs: settings.runTimeoutMs,
  };
}

/** The run row the reporter wrote for this child, if it got that far. */
function findStoredRun(databasePath: string, trigger: string, since: string): { id: string; status: string } | undefined {
  let database: Database.Database | undefined;
  try {
    database = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: 5000 });
    return database
      .prepare('SELECT id, status FROM runs WHERE trigger = ? AND started_at >= ? ORDER BY started_at DESC LIMIT 1')
      .get(trigger, since) as { id: string; status: string } | undefined;
  } catch {
    return undefined;
  } finally {
    database?.close();
  }
}

export interface SuiteRunner {
  execute(request: RunRequest): Promise<RunOutcome>;
  /** Kills the run in flight, if any (the stop's grace period ended). */
  killCurrent(): void;
}

export function createSuiteRunner(settings: WatchSettings, log: (line: string) => void): SuiteRunner {
  let current: ChildRun | undefined;

  async function settle(request: RunRequest, startedAt: Date, outcome: ChildRunOutcome): Promise<RunOutcome> {
    // The reporter stamps its run when Playwright begins, a moment after the child started.
    const since = new Date(startedAt.getTime() - 1000).toISOString();
    if (outcome.spawnError) return { kind: 'crashed', exitCode: outcome.exitCode, error: outcome.spawnError };
    if (outcome.killedOnStop) return { kind: 'stopped' };
    if (outcome.timedOut) {
      const runId = await recordHungRun(settings, request, startedAt, outcome.durationMs);
      return { kind: 'timed-out', runId, afterMs: settings.runTimeoutMs };
    }
    const stored = findStoredRun(settings.databasePath, request.trigger, since);
    // 0 (all passed) and 1 (a skill failed) are the suite's verdicts; anything else, or no run stored, is a crash.
    if (!stored || (outcome.exitCode !== 0 && outcome.exitCode !== 1)) {
      return { kind: 'crashed', exitCode: outcome.exitCode, error: `the run exited with ${outcome.signal ?? `code ${outcome.exitCode}`}${stored ? '' : ' and stored nothing'}` };
    }
    // A run that finishes again closes the "run hung" incidents of its stores.
    await recordRunsFinishing(settings, request);
    return { kind: 'finished', exitCode: outcome.exitCode, runId: stored.id, status: stored.status };
  }

  return {
    async execute(request) {
      const startedAt = new Date();
      try {
        current = startChildRun(runSpec(settings, request));
        const outcome = await current.done;
        const result = await settle(request, startedAt, outcome);
        log(`run ended: ${describeOutcome(result)}`);
        return result;
      } catch (error) {
        log(`run ended: crashed (${errorText(error)})`);
        return { kind: 'crashed', exitCode: null, error: errorText(error) };
      } finally {
        current = undefined;
      }
    },
    killCurrent() {
      current?.kill();
    },
  };
}

export function describeOutcome(outcome: RunOutcome): string {
  switch (outcome.kind) {
    case 'finished':
      return `${outcome.status ?? 'stored'} (exit ${outcome.exitCode}, run ${outcome.runId ?? '?'})`;
    case 'timed-out':
      return `killed after ${Math.round(outcome.afterMs / 1000)}s (RUN_TIMEOUT_MINUTES), recorded as FAIL skill.timeout`;
    case 'crashed':
      return `crashed: ${outcome.error}`;
    case 'stopped':
      return 'killed: the watch was stopping and the grace period ended';
  }
}
