// `nano-sre watch` as a child process, as a user starts it, with a fast stand-in for the suite: a
// one-skill project on our reporter (tests/helpers/skill-project.ts, as WATCH_COMMAND) whose skill can be held at a gate file, so a test
// decides when a run ends. Everything it starts is killed when the test ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../helpers/paths';
import { writeSkillProject } from '../helpers/skill-project';

export interface WatchProcess {
  url: string;
  directory: string;
  databasePath: string;
  /** Everything the watch printed so far. */
  output(): string;
  /** Resolves when the output matches (rejects after timeoutMs with the output so far). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** The triggers of the runs that started, in order (one line per skill start). */
  starts(): string[];
  /** Lets held runs finish (and every later run pass the gate at once). */
  openGate(): void;
  signal(signal: NodeJS.Signals): void;
  exited: Promise<number | null>;
  /** SIGTERM, gate opened, and waits for the exit (SIGKILL after 30 s): for finally blocks. */
  stop(): Promise<void>;
}

export interface WatchProcessOptions {
  env?: Record<string, string>;
  args?: string[];
  /** Hold every run at the gate until openGate(). */
  gated?: boolean;
  /** Prefix for WATCH_COMMAND (e.g. an env assignment for the child only). */
  commandPrefix?: string;
}

export async function startWatchProcess(options: WatchProcessOptions = {}): Promise<WatchProcess> {
  const directory = writeSkillProject();
  const databasePath = join(directory, 'nano.db');
  const gate = join(directory, 'gate');
  const log = join(directory, 'starts.log');
  writeFileSync(log, '');
  const playwright = join(repositoryRoot, 'node_modules/@playwright/test/cli.js');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STORE_URL: 'https://shop.example.com',
    NANO_SRE_DB: databasePath,
    REPORTS_DIR: join(directory, 'reports'),
    WATCH_COMMAND: `${options.commandPrefix ?? ''}"${process.execPath}" "${playwright}" test`,
    WATCH_TEST_LOG: log,
    WATCH_TEST_GATE: options.gated ? gate : '',
    FORCE_COLOR: '0',
    MCP_COMMAND: 'off',
    ALERT_AFTER_FAILURES: '1',
    ALERT_DELIVERY_TIMEOUT_SECONDS: '1',
    DISCORD_WEBHOOK_URL: '',
    SLACK_WEBHOOK_URL: '',
    ALERT_WEBHOOK_URL: '',
    GITHUB_WEBHOOK_SECRET: '',
    SHOPIFY_WEBHOOK_SECRET: '',
    WATCH_TOKEN: '',
    ...options.env,
  };
  const child: ChildProcess = spawn(process.execPath, [join(repositoryRoot, 'bin/nano-sre.js'), 'watch', '--port', '0', '--interval', '60m', ...(options.args ?? [])], {
    cwd: directory,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(output)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`watch never printed ${pattern}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  try {
    await waitFor(/listening on (http:\/\/\S+)/, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const url = /listening on (http:\/\/\S+)/.exec(output)![1];
  return {
    url,
    directory,
    databasePath,
    output: () => output,
    waitFor,
    starts: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
    openGate: () => writeFileSync(gate, ''),
    signal: (signal) => child.kill(signal),
    exited,
    stop: async () => {
      // SIGTERM, not SIGKILL: the watch kills its runs' process groups on the way out; SIGKILL would orphan them.
      writeFileSync(gate, '');
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls until `check` returns (or resolves to) something truthy. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 60_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
