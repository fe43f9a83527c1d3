// Runs the real monitoring suite (`playwright test` with the root config) in a child process,
// with its own SQLite file and reports folder, and hands back what a user would see.
import { join } from 'node:path';
import { makeTempDir, repositoryRoot } from './paths';
import { runNode, type CommandRun } from './run-node';


export interface SuiteRun extends CommandRun {
  databasePath: string;
  reportsDir: string;
}

export interface SuiteOptions {
  env?: Record<string, string | undefined>;
  args?: string[];
  /** Reuse a database across runs (incidents, baselines); a fresh one by default. */
  databasePath?: string;
  timeoutMs?: number;
  /** `test` by default; `merge-reports` to replay shards' blob reports through our reporter. */
  command?: 'test' | 'merge-reports';
  /** Reuse a reports folder (e.g. results of an earlier run); a fresh one by default. */
  reportsDir?: string;
}

/** Variables of the parent that would leak into the child and change what it monitors. */
const isolatedVariables = ['STORE_URL', 'STORE_PASSWORD', 'PRODUCT_HANDLE', 'DEMO_FAULTS', 'DEMO_THEME', 'DEMO_CART_TYPE', 'DEMO_NOISE', 'CONSENT', 'ADD_TO_CART_SELECTOR', 'CHECKOUT_SELECTOR', 'DEVICES', 'NANO_SRE_DB', 'REPORTS_DIR', 'PLAYWRIGHT_HTML_OPEN'];

export async function runSuite(options: SuiteOptions = {}): Promise<SuiteRun> {
  const workDir = makeTempDir();
  const databasePath = options.databasePath ?? join(workDir, 'nano_sre.db');
  const reportsDir = options.reportsDir ?? join(workDir, 'reports');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of isolatedVariables) delete env[name];
  // The skills' tests read what a passing check saw from history (check_results), which by default keeps a failure's only.
  Object.assign(env, { NANO_SRE_DB: databasePath, REPORTS_DIR: reportsDir, RETRIES: '0', FORCE_COLOR: '0', EVIDENCE_RETENTION_DAYS: '14' }, options.env);
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];

  const playwright = join(repositoryRoot, 'node_modules/@playwright/test/cli.js');
  const run = await runNode(playwright, [options.command ?? 'test', ...(options.args ?? [])], { cwd: repositoryRoot, env, timeoutMs: options.timeoutMs });
  return { ...run, databasePath, reportsDir };
}
