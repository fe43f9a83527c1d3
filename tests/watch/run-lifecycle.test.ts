// The loop's promises with real child runs held at a gate: hooks during a run fold into exactly one
// follow-up; SIGTERM lets the current run finish, flushes the outbox and exits 0; a hung run is killed,
// recorded as a FAIL (skill.timeout) of `watch_run`, and resolved by the next run that finishes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../helpers/demo-store-fixture';
import { startFakeSink } from '../helpers/fake-servers/fake-webhook-sink';
import { readRows } from '../helpers/read-database';
import { eventually, startWatchProcess } from './watch-process';

const token = 'watch-token-0123456789';
const runHook = (url: string) => fetch(`${url}/hooks/run`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
const runs = (databasePath: string) => readRows<{ trigger: string; status: string }>(databasePath, 'SELECT trigger, status FROM runs ORDER BY started_at');

test('ten hooks during a run make exactly one follow-up run', async () => {
  const watch = await startWatchProcess({ gated: true, env: { WATCH_TOKEN: token } });
  try {
    await eventually(() => watch.starts().length === 1, 30_000, 'the first run to start');
    const answers: string[] = [];
    for (let hook = 0; hook < 10; hook += 1) answers.push(((await (await runHook(watch.url)).json()) as { run: string }).run);
    expect(answers).toEqual(['queued', ...Array(9).fill('coalesced')]);

    watch.openGate();
    await eventually(() => runs(watch.databasePath).length === 2, 60_000, 'two runs stored');
    const health = await eventually(async () => {
      const state = (await (await fetch(`${watch.url}/healthz`)).json()) as { running: unknown; queued: unknown; lastRun: { request: { trigger: string } } | null };
      return state.running === null && state.queued === null ? state : undefined;
    }, 30_000, 'the queue to be idle');
    expect(health.lastRun?.request.trigger).toBe('watch:manual');
    expect(runs(watch.databasePath).map((run) => run.trigger)).toEqual(['watch:interval', 'watch:manual']);
    expect(watch.starts()).toEqual(['watch:interval', 'watch:manual']);
  } finally {
    await watch.stop();
    await test.info().attach('watch output', { body: watch.output(), contentType: 'text/plain' });
    writeFileSync(join(watch.directory, 'watch-output.txt'), watch.output());
  }
});

test('SIGTERM during a run: the run finishes and is stored, the outbox is flushed, exit 0', async () => {
  const sink = await startFakeSink();
  // The run's own delivery cannot reach the channel (its ALERT_WEBHOOK_URL points nowhere), so the
  // alert waits in the outbox; the watch, which can reach it, must deliver it on the way out.
  const nowhere = `http://127.0.0.1:${await freePort()}/hook`;
  const watch = await startWatchProcess({ gated: true, commandPrefix: `ALERT_WEBHOOK_URL=${nowhere} `, env: { SKILL_PROJECT_FAILS: '1', ALERT_WEBHOOK_URL: sink.url } });
  try {
    await eventually(() => watch.starts().length === 1, 30_000, 'the run to start');
    watch.signal('SIGTERM');
    await watch.waitFor(/SIGTERM received/);
    watch.openGate();
    expect(await watch.exited).toBe(0);

    expect(runs(watch.databasePath)).toEqual([{ trigger: 'watch:interval', status: 'FAIL' }]);
    expect(readRows(watch.databasePath, 'SELECT skill_name, status FROM check_runs')).toEqual([{ skill_name: 'cart_journey', status: 'FAIL' }]);
    expect(readRows(watch.databasePath, 'SELECT channel, kind, status, attempts FROM alert_outbox ORDER BY channel')).toEqual([
      { channel: 'stdout', kind: 'incident-opened', status: 'delivered', attempts: 1 },
      // Tried by the run (refused), then delivered by the watch's flush.
      { channel: 'webhook', kind: 'incident-opened', status: 'delivered', attempts: expect.any(Number) },
    ]);
    expect(sink.accepted().map((request) => JSON.parse(request.text).kind)).toEqual(['incident-opened']);
    expect(watch.output()).toMatch(/outbox flushed: alerts sent: webhook 1/);
  } finally {
    await watch.stop();
    await sink.close();
    await test.info().attach('watch output', { body: watch.output(), contentType: 'text/plain' });
    writeFileSync(join(watch.directory, 'watch-output.txt'), watch.output());
  }
});

test('a hung run is killed at the run timeout, recorded, and the loop goes on', async () => {
  const watch = await startWatchProcess({ gated: true, args: ['--run-timeout', '8s'], env: { WATCH_TOKEN: token } });
  try {
    await watch.waitFor(/run ended: killed after 8s \(RUN_TIMEOUT_MINUTES\), recorded as FAIL skill\.timeout/, 60_000);
    const [hung] = readRows<{ skill_name: string; status: string; device: string; details: string }>(watch.databasePath, 'SELECT * FROM check_results');
    expect(hung).toMatchObject({ skill_name: 'watch_run', status: 'FAIL', device: 'all' });
    expect(JSON.parse(hung.details).findings).toEqual([expect.objectContaining({ code: 'skill.timeout', message: expect.stringContaining('did not finish within') })]);
    expect(readRows(watch.databasePath, 'SELECT skill_name, status FROM incidents')).toEqual([{ skill_name: 'watch_run', status: 'open' }]);
    expect(runs(watch.databasePath)).toEqual([{ trigger: 'watch:interval', status: 'FAIL' }]);

    // The loop survived: the next run finishes, and closes the "hung" incident.
    watch.openGate();
    expect(((await (await runHook(watch.url)).json()) as { run: string }).run).toBe('started');
    await eventually(() => readRows<{ status: string }>(watch.databasePath, 'SELECT status FROM incidents')[0]?.status === 'resolved', 60_000, 'the incident to resolve');
    expect(runs(watch.databasePath).map((run) => run.trigger)).toEqual(['watch:interval', 'watch:manual', 'watch:manual']);
  } finally {
    await watch.stop();
    await test.info().attach('watch output', { body: watch.output(), contentType: 'text/plain' });
    writeFileSync(join(watch.directory, 'watch-output.txt'), watch.output());
  }
});
