// The process misbehaves around the database: the reporter is killed with SIGKILL inside its save
// transaction, and two runs and an `alerts flush` go at one file at once. Nothing is half-written,
// nothing measured is lost, and each alert reaches the channel exactly once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open-database';
import { queueSampleAlert } from '../reporters/alerts/alert-fixtures';
import { startFakeSink } from '../helpers/fake-servers/fake-webhook-sink';
import { makeTempDir, repositoryRoot } from '../helpers/paths';
import { readRows } from '../helpers/read-database';
import { runNode } from '../helpers/run-node';
import { runSkillProject, writeSkillProject } from '../helpers/skill-project';

const count = (databasePath: string, table: string) => readRows<{ n: number }>(databasePath, `SELECT count(*) AS n FROM ${table}`)[0].n;
const readResults = (reportsDir: string) => JSON.parse(readFileSync(join(reportsDir, 'results.json'), 'utf8'));

test('the reporter killed with SIGKILL inside its save: the run is wholly absent, the next run stores it and alerts once', async () => {
  const directory = writeSkillProject();
  const databasePath = join(makeTempDir(), 'nano_sre.db');
  const pauseFile = join(makeTempDir(), 'paused-in-save');
  const sink = await startFakeSink();
  const webhookUrl = `${sink.url}/hooks`;
  try {
    const killedReports = join(directory, 'reports-killed');
    const killedRun = runSkillProject(directory, { databasePath, reportsDir: killedReports, fails: true, webhookUrl, env: { NANO_SRE_TEST_PAUSE_IN_SAVE: pauseFile } });
    // The hook writes its pid once every row of the run and its alerts are written, before the commit.
    await expect.poll(() => (existsSync(pauseFile) ? readFileSync(pauseFile, 'utf8') : ''), { timeout: 60_000 }).toMatch(/^\d+$/);
    process.kill(Number(readFileSync(pauseFile, 'utf8')), 'SIGKILL');
    const killed = await killedRun;
    expect(killed.exitCode).toBeNull();

    expect(readRows(databasePath, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    for (const table of ['runs', 'check_runs', 'incidents', 'alert_outbox', 'baselines']) expect(count(databasePath, table), table).toBe(0);
    const kept = readResults(killedReports);
    expect(kept.results.map((result: { status: string }) => result.status)).toEqual(['FAIL']);
    expect(sink.requests).toHaveLength(0);

    // The next run works, and raises what is still failing: one incident, one alert.
    const next = await runSkillProject(directory, { databasePath, reportsDir: join(directory, 'reports-next'), fails: true, webhookUrl });
    expect(next.exitCode, next.stdout + next.stderr).toBe(1);
    expect(next.stderr).not.toMatch(/nano-sre: /);
    expect(readRows(databasePath, 'SELECT status FROM runs')).toEqual([{ status: 'FAIL' }]);
    expect(readRows(databasePath, 'SELECT id FROM runs WHERE id = ?', kept.runId)).toEqual([]);
    expect(readRows(databasePath, 'SELECT skill_name, status FROM incidents')).toEqual([{ skill_name: 'cart_journey', status: 'open' }]);
    expect(sink.accepted().map((request) => JSON.parse(request.text).kind)).toEqual(['incident-opened']);
    expect(readRows(databasePath, 'SELECT channel, status FROM alert_outbox ORDER BY channel')).toEqual([
      { channel: 'stdout', status: 'delivered' },
      { channel: 'webhook', status: 'delivered' },
    ]);
  } finally {
    await sink.close();
  }
});

test('two runs and `nano-sre alerts flush` at once on one database: every row lands, every alert is sent once', async () => {
  const databasePath = join(makeTempDir(), 'nano_sre.db');
  const sink = await startFakeSink();
  const webhookUrl = `${sink.url}/hooks`;
  const seeded = openDatabase(databasePath);
  const waiting = Array.from({ length: 20 }, (_, index) => queueSampleAlert(seeded, ['webhook'], `waiting-${index}`).alertId);
  seeded.close();

  // A barrier: a write lock holds the three back until the runs have measured and are about to save.
  const holder = new Database(databasePath);
  holder.exec('BEGIN IMMEDIATE');
  const projects = [writeSkillProject(), writeSkillProject()];
  let sentByProcesses = 0;
  try {
    const runs = projects.map((directory) => runSkillProject(directory, { databasePath, reportsDir: join(directory, 'reports'), fails: true, webhookUrl }));
    const atLock = (directory: string) => existsSync(join(directory, 'reports', 'results.json'));
    await expect.poll(() => projects.some(atLock), { timeout: 60_000 }).toBe(true);
    const env = { ...process.env, NANO_SRE_DB: databasePath, ALERT_WEBHOOK_URL: webhookUrl, STORE_URL: 'https://shop.example.com', FORCE_COLOR: '0' };
    const flush = runNode(join(repositoryRoot, 'bin/nano-sre.js'), ['alerts', 'flush'], { cwd: repositoryRoot, env });
    await expect.poll(() => projects.every(atLock), { timeout: 60_000 }).toBe(true);
    await sleep(1_000);
    holder.exec('COMMIT');

    const [first, second, flushed] = await Promise.all([...runs, flush]);
    expect(first.exitCode, first.stdout + first.stderr).toBe(1);
    expect(second.exitCode, second.stdout + second.stderr).toBe(1);
    expect(flushed.exitCode, flushed.stdout + flushed.stderr).toBe(0);
    for (const run of [first, second, flushed]) expect(run.stderr).not.toMatch(/nano-sre: /);
    // Each process delivered a share (which share is up to the race), and the shares add up to one send per alert.
    sentByProcesses = [first, second, flushed].reduce((sum, run) => sum + Number(/alerts sent: .*?webhook (\d+)/.exec(run.stdout)?.[1] ?? 0), 0);
  } finally {
    if (holder.inTransaction) holder.exec('ROLLBACK');
    holder.close();
    await sink.close();
  }

  expect(count(databasePath, 'runs')).toBe(2);
  expect(readRows(databasePath, 'SELECT status FROM check_runs')).toEqual([{ status: 'FAIL' }, { status: 'FAIL' }]);
  // The two runs agree: one incident, opened by whichever saved first, and one alert about it.
  expect(readRows(databasePath, 'SELECT status, failure_count FROM incidents')).toEqual([{ status: 'open', failure_count: 2 }]);
  const rows = readRows<{ alert_id: string; kind: string; status: string }>(databasePath, `SELECT alert_id, kind, status FROM alert_outbox WHERE channel = 'webhook'`);
  expect(rows.filter((row) => row.kind === 'incident-opened')).toHaveLength(1);
  expect(rows.every((row) => row.status === 'delivered')).toBe(true);
  const sent = sink.accepted().map((request) => JSON.parse(request.text).id as string);
  expect(sent).toHaveLength(rows.length);
  expect(new Set(sent)).toEqual(new Set(rows.map((row) => row.alert_id)));
  expect(sent).toEqual(expect.arrayContaining(waiting));
  expect(sink.requests).toHaveLength(sent.length);
  expect(sentByProcesses).toBe(sent.length);
});
