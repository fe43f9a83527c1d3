// The database misbehaves under a real run of our reporter: locked by another writer, read-only, on a
// full disk, or damaged. The run keeps what it measured, says so in one line, and the next healthy run
// delivers what the outbox still holds, once.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open-database';
import { saveRun } from '../../db/save-run';
import { skillResult } from '../reporters/alerts/sample-results';
import { startFakeSink, type FakeSink } from '../helpers/fake-servers/fake-webhook-sink';
import { makeTempDir, repositoryRoot } from '../helpers/paths';
import { readRows } from '../helpers/read-database';
import { runNode, type CommandRun } from '../helpers/run-node';
import { runSkillProject, writeSkillProject, type SkillProjectRun } from '../helpers/skill-project';

const problemLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('nano-sre: '));
const readResults = (reportsDir: string) => JSON.parse(readFileSync(join(reportsDir, 'results.json'), 'utf8'));

function nanoSre(args: string[], databasePath: string): Promise<CommandRun> {
  const env = { ...process.env, NANO_SRE_DB: databasePath, STORE_URL: 'https://shop.example.com', FORCE_COLOR: '0' };
  return runNode(join(repositoryRoot, 'bin/nano-sre.js'), args, { cwd: repositoryRoot, env });
}

test('the database locked by another writer for 3 s: the run waits for the lock and stores', async () => {
  const directory = writeSkillProject();
  const databasePath = join(makeTempDir(), 'nano_sre.db');
  const reportsDir = join(directory, 'reports');
  openDatabase(databasePath).close();
  const holder = new Database(databasePath);
  holder.exec('BEGIN IMMEDIATE');
  let exited = false;
  const running = runSkillProject(directory, { databasePath, reportsDir, fails: false }).finally(() => (exited = true));
  try {
    // results.json is written just before the database is opened: from here the run is at the lock.
    await expect.poll(() => existsSync(join(reportsDir, 'results.json')), { timeout: 60_000 }).toBe(true);
    await sleep(3_000);
    expect(exited).toBe(false);
    expect(holder.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 0 });
  } finally {
    holder.exec('COMMIT');
    holder.close();
  }
  const run = await running;
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  expect(problemLines(run.stderr)).toEqual([]);
  expect(readRows(databasePath, 'SELECT status FROM check_runs')).toEqual([{ status: 'PASS' }]);
});

/** A disk of its own for the database: a tmpfs when this process may mount one (root), else undefined. */
function mountSmallDisk(): { directory: string; remount: (mode: 'ro' | 'rw') => void; unmount: () => void } | undefined {
  const directory = makeTempDir('nano-sre-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', directory], { stdio: 'pipe' });
  } catch {
    return undefined;
  }
  return {
    directory,
    remount: (mode) => execFileSync('mount', ['-o', `remount,${mode}`, directory], { stdio: 'pipe' }),
    unmount: () => execFileSync('umount', ['-l', directory], { stdio: 'pipe' }),
  };
}

function fillDisk(directory: string): string {
  const filler = join(directory, 'filler');
  const file = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(file, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(file);
  }
  return filler;
}

/** Without mount (not root), a file-size limit on the child stands in for a full disk. */
function runUnderFileSizeLimit(directory: string, run: SkillProjectRun): Promise<CommandRun> {
  const playwright = join(repositoryRoot, 'node_modules/@playwright/test/cli.js');
  const env = { ...process.env, FORCE_COLOR: '0', MCP_COMMAND: 'off', NANO_SRE_DB: run.databasePath, REPORTS_DIR: run.reportsDir, SKILL_PROJECT_FAILS: run.fails ? '1' : '0' };
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', 'ulimit -f 16 && exec "$@"', 'sh', process.execPath, playwright, 'test'], { cwd: directory, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr });
    });
  });
}

type SmallDisk = ReturnType<typeof mountSmallDisk>;

interface DiskFault {
  name: string;
  /** Why the fault cannot be made here, if it cannot. */
  unavailable?: (disk: SmallDisk) => string | undefined;
  /** Breaks the database's disk; returns how to run the project meanwhile, how to heal it, and the cause the line must give. */
  inject(folder: string, disk: SmallDisk): { runBroken?: typeof runUnderFileSizeLimit; heal: () => void; cause: RegExp };
}

const fileAndCause = (cause: string) => new RegExp(`(cannot open|could not write) the database at NANO_SRE_DB=\\S+nano_sre\\.db \\(${cause}`);

const diskFaults: DiskFault[] = [
  {
    name: 'a read-only database file',
    unavailable: (disk) => (!disk && process.getuid?.() === 0 ? 'root without mount permission: nothing makes a file read-only to root' : undefined),
    inject(folder, disk) {
      const cause = fileAndCause('(EROFS|EACCES)\\b[^)]*\\); make the file and its folder writable or point NANO_SRE_DB at a writable file path');
      if (disk) {
        disk.remount('ro');
        return { heal: () => disk.remount('rw'), cause };
      }
      chmodSync(join(folder, 'nano_sre.db'), 0o444);
      chmodSync(folder, 0o555);
      return { heal: () => (chmodSync(folder, 0o755), chmodSync(join(folder, 'nano_sre.db'), 0o644)), cause };
    },
  },
  {
    name: 'a full disk',
    inject(folder, disk) {
      // Under a file-size limit the disk has room, so SQLite's I/O error is all there is to say.
      if (!disk) return { runBroken: runUnderFileSizeLimit, heal: () => undefined, cause: fileAndCause('[^)]+\\); point NANO_SRE_DB at a writable file path') };
      const filler = fillDisk(disk.directory);
      return { heal: () => rmSync(filler), cause: fileAndCause('[^)]+\\): the disk is full \\(0 kB free\\); free some space or point NANO_SRE_DB at another disk') };
    },
  },
];

for (const fault of diskFaults) {
  test(`${fault.name}: one line naming the file and the cause, results.json kept, exit 1; the next healthy run delivers what waited`, async () => {
    const disk = mountSmallDisk();
    let sink: FakeSink | undefined;
    try {
      const unavailable = fault.unavailable?.(disk);
      test.skip(!!unavailable, unavailable);
      // The database sits in a folder the first run has to create.
      const folder = join(disk?.directory ?? makeTempDir(), 'monitor');
      const databasePath = join(folder, 'nano_sre.db');
      const directory = writeSkillProject();
      sink = await startFakeSink();
      const run = (fails: boolean, reportsDir: string) => ({ databasePath, reportsDir, fails, webhookUrl: `${sink!.url}/hooks` });

      // First run: the skill fails and opens an incident, but the channel is down, so its alert waits in the outbox.
      await sink.stop();
      const first = await runSkillProject(directory, run(true, join(directory, 'reports-1')));
      expect(first.exitCode, first.stdout + first.stderr).toBe(1);
      const [waiting] = readRows<{ alert_id: string; status: string }>(databasePath, `SELECT alert_id, status FROM alert_outbox WHERE channel = 'webhook'`);
      expect(waiting.status).toBe('pending');

      // Second run, on the broken disk, with everything passing: only the database can make it fail.
      await sink.start();
      const before = readFileSync(databasePath);
      const broken = fault.inject(folder, disk);
      const reportsDir = join(directory, 'reports-2');
      const second = await (broken.runBroken ?? runSkillProject)(directory, run(false, reportsDir));
      broken.heal();
      expect(second.exitCode, second.stdout + second.stderr).toBe(1);
      const [line] = problemLines(second.stderr);
      expect(problemLines(second.stderr)).toHaveLength(1);
      expect(line).toMatch(/^nano-sre: results were not stored in SQLite: /);
      expect(line).toMatch(broken.cause);
      expect(line).toContain(`(they are in ${join(reportsDir, 'results.json')})`);
      const kept = readResults(reportsDir);
      expect(kept.results.map((result: { status: string }) => result.status)).toEqual(['PASS']);
      expect(kept.problems).toEqual([line.replace('nano-sre: ', '')]);
      expect(readFileSync(databasePath).equals(before)).toBe(true);
      expect(sink.requests).toHaveLength(0);

      // Third run, healthy again and still failing: the alert that waited goes out once, and nothing new (cooldown).
      const third = await runSkillProject(directory, run(true, join(directory, 'reports-3')));
      expect(third.exitCode, third.stdout + third.stderr).toBe(1);
      expect(sink.accepted().map((request) => JSON.parse(request.text).id)).toEqual([waiting.alert_id]);
      expect(readRows(databasePath, `SELECT status FROM alert_outbox WHERE channel = 'webhook'`)).toEqual([{ status: 'delivered' }]);
      expect(readRows(databasePath, 'SELECT status FROM runs ORDER BY started_at')).toEqual([{ status: 'FAIL' }, { status: 'FAIL' }]);
    } finally {
      await sink?.close();
      disk?.unmount();
    }
  });
}

/** A real database whose incidents table (its one page) is overwritten with garbage: it opens, then reading incidents fails. */
function damagedDatabase(path: string): void {
  const database = openDatabase(path);
  const at = new Date().toISOString();
  saveRun(database, { runId: 'before-the-damage', startedAt: at, finishedAt: at, trigger: 'test', retentionDays: 90, evidenceRetentionDays: 14, isOutage: () => false, results: [skillResult({ startedAt: at })] });
  const { rootpage } = database.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'incidents'`).get() as { rootpage: number };
  const pageSize = database.pragma('page_size', { simple: true }) as number;
  database.close();
  const file = openSync(path, 'r+');
  writeSync(file, randomBytes(pageSize), 0, undefined, (rootpage - 1) * pageSize);
  closeSync(file);
}

const corruptions = [
  { name: 'garbage bytes', make: (path: string) => writeFileSync(path, randomBytes(64 * 1024)), commands: [['incidents'], ['alerts', 'flush'], ['mute', 'shop.example.com', '--for', '1h']] },
  // Opening succeeds; only reading the damaged rows fails. Only commands that read them can notice.
  { name: 'damaged pages', make: damagedDatabase, commands: [['incidents', '--all']] },
];

for (const corruption of corruptions) {
  test(`a database file of ${corruption.name}: a line naming it and what to do, the file left as it was, nothing destructive in the CLI`, async () => {
    const folder = makeTempDir();
    const databasePath = join(folder, 'nano_sre.db');
    corruption.make(databasePath);
    const before = readFileSync(databasePath);
    const advice = `the file is damaged or not a SQLite database, and was left as it is; move it aside (or restore a backup) and the next run starts a new one, or point NANO_SRE_DB at another file`;

    const directory = writeSkillProject();
    const reportsDir = join(directory, 'reports');
    const run = await runSkillProject(directory, { databasePath, reportsDir, fails: false });
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(problemLines(run.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^nano-sre: results were not stored in SQLite: (cannot open|could not write) the database at NANO_SRE_DB=${databasePath} \\([^)]+\\): ${advice.replace(/[()]/g, '\\$&')} \\(they are in `)),
    ]);
    expect(readResults(reportsDir).results).toHaveLength(1);

    for (const cli of await Promise.all(corruption.commands.map((args) => nanoSre(args, databasePath)))) {
      expect(cli.exitCode, cli.stdout + cli.stderr).toBe(2);
      expect(cli.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^nano-sre: .* the database at NANO_SRE_DB=${databasePath} \\(.*: ${advice.replace(/[()]/g, '\\$&')}$`))]);
    }
    expect(readFileSync(databasePath).equals(before)).toBe(true);
    expect(readdirSync(folder).filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm'))).toEqual(['nano_sre.db']);

    // No command or option that deletes, resets or rewrites the database, by default or at all. (`baselines reset`
    // drops the visual auditor's baseline images for what it is told to, never the database: its own test covers it.)
    const help = await Promise.all([[], ['incidents'], ['alerts', 'flush'], ['mute']].map((args) => nanoSre([...args, '--help'], databasePath)));
    const withoutVisualBaselines = (page: string) => page.replace(/^ {2}baselines\b[\s\S]*?(?=^ {2}\S)/m, '');
    for (const page of help) expect(withoutVisualBaselines(page.stdout)).not.toMatch(/\b(reset|delete|drop|wipe|purge|repair|recreate|vacuum|--force)\b/i);
  });
}
