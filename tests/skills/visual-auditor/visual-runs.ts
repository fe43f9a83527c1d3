// What the visual auditor's tests share: a demo store per test (noise on), the real suite run on the
// visual auditor alone against it, and readers for the rows and shots it left in SQLite.
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test as base } from '@playwright/test';
import { startDemoStore, type DemoStore } from '../../../demo-store/server';
import type { VisualShot } from '../../../core/visual-shots';
import { makeTempDir, repositoryRoot } from '../../helpers/paths';
import { readRows, type CheckRow } from '../../helpers/read-database';
import { runNode, type CommandRun } from '../../helpers/run-node';
import { runSuite, type SuiteRun } from '../../helpers/run-suite';

export const test = base.extend<{ openStore: (options?: { theme?: string; faults?: string[] }) => Promise<DemoStore> }>({
  openStore: async ({}, use) => {
    const stores: DemoStore[] = [];
    await use(async ({ theme = 'dawn', faults = [] } = {}) => {
      const store = await startDemoStore({ port: 0, theme, faults, noise: ['all'] });
      stores.push(store);
      return store;
    });
    await Promise.all(stores.map((store) => store.close()));
  },
});

/** A state folder as the monitor workflow caches it: the database, with the baselines beside it. */
export function newStateFolder(): string {
  return join(makeTempDir('nano-sre-visual-'), 'state', 'nano_sre.db');
}

/** The state folder copied to a new place, as a fresh checkout restores it from the Actions cache. */
export function restoreStateFolder(databasePath: string): string {
  const restored = newStateFolder();
  cpSync(dirname(databasePath), dirname(restored), { recursive: true });
  return restored;
}

export function runVisual(store: DemoStore, databasePath: string, options: { devices?: string; env?: Record<string, string> } = {}): Promise<SuiteRun> {
  return runSuite({ args: ['skills/visual-auditor.skill.ts'], databasePath, env: { STORE_URL: store.url, DEVICES: options.devices ?? 'desktop,mobile', ...options.env } });
}

/** The visual auditor's rows of the last run, by device. */
export function visualRows(run: SuiteRun): Record<string, CheckRow> {
  const rows = readRows<CheckRow & { run_id: string }>(
    run.databasePath,
    `SELECT * FROM check_results WHERE skill_name = 'visual_auditor' AND run_id = (SELECT id FROM runs ORDER BY started_at DESC LIMIT 1)`,
  );
  return Object.fromEntries(rows.map((row) => [row.device, row]));
}

export function shotsOf(row: CheckRow): VisualShot[] {
  return (JSON.parse(row.details) as { skillDetails: { shots: VisualShot[] } }).skillDetails.shots;
}

export function findingsOf(row: CheckRow): Array<{ code: string; level: string; message: string; evidence: Record<string, unknown> }> {
  return JSON.parse(row.details).findings;
}

/** `nano-sre` as a user runs it, against a database. */
export function nanoSre(args: string[], databasePath: string): Promise<CommandRun> {
  return runNode(join(repositoryRoot, 'bin/nano-sre.js'), args, { cwd: repositoryRoot, env: { ...process.env, NANO_SRE_DB: databasePath, FORCE_COLOR: '0' } });
}

/** One line per device for assertion messages: status, summary and each shot's state. */
export function describeRun(run: SuiteRun): string {
  return Object.values(visualRows(run))
    .map((row) => `${row.device} ${row.status} ${row.summary}\n${shotsOf(row).map((shot) => `  ${shot.template} ${shot.baseline} ${shot.changedRatio} ${shot.verdict}`).join('\n')}`)
    .join('\n') || run.stdout + run.stderr;
}
