// `nano-sre check` as a user runs it: one line per part of the set-up, nothing sent to any channel,
// exit 1 when something is wrong; --json prints the same in the { version, command, data } envelope.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../helpers/demo-store-fixture';
import { fakeDiscordWebhookUrl, fakeWebhookId } from '../helpers/fake-servers/fake-discord-server';
import { startFakeSink } from '../helpers/fake-servers/fake-webhook-sink';
import { makeTempDir, repositoryRoot } from '../helpers/paths';
import { runNode } from '../helpers/run-node';

test('check says, one line each, what is ready and what is not, and sends nothing', async () => {
  const store = await startFakeSink(() => ({ status: 200, body: '<html>shop</html>' }));
  const discord = await startFakeSink((request) => (request.method === 'GET' && request.path.includes(fakeWebhookId) ? { status: 200, body: '{"id":"1"}' } : { status: 404 }));
  const slack = await startFakeSink(() => ({ status: 400, body: 'no_text' }));
  const unreachable = `http://127.0.0.1:${await freePort()}`;
  const directory = makeTempDir();
  const env = {
    ...process.env,
    STORE_URL: `${store.url.replace('127.0.0.1', 'localhost')},${unreachable.replace('127.0.0.1', 'localhost')}`,
    NANO_SRE_DB: join(directory, 'nano.db'),
    DISCORD_WEBHOOK_URL: fakeDiscordWebhookUrl,
    DISCORD_API_BASE: `${discord.url}/api`,
    SLACK_WEBHOOK_URL: `${slack.url}/services/T/B/x`,
    ALERT_WEBHOOK_URL: '',
  };
  try {
    const run = await runNode(join(repositoryRoot, 'bin/nano-sre.js'), ['check'], { cwd: directory, env });
    expect(run.exitCode, run.stderr).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('nano-sre check');
    expect(lines.slice(1)).toEqual([
      '  ✔ settings: every variable is valid',
      expect.stringMatching(/^  ✔ browser: Chromium [\d.]+ starts/),
      expect.stringMatching(/^  ✔ database: .*nano\.db is writable \(schema \d+, 0 checks, 0 open incidents\)$/),
      expect.stringMatching(new RegExp(`^  ✔ store localhost:${store.port}: http://localhost:${store.port} answered HTTP 200 in \\d+ ms$`)),
      expect.stringMatching(/^  ✖ store localhost:\d+: http:\/\/localhost:\d+ cannot be reached \(.*\); check STORE_URL and the network$/),
      '  ✔ alerts stdout: always on',
      `  ✔ alerts discord: webhook ${fakeWebhookId} exists`,
      expect.stringMatching(/^  ✔ alerts slack: 127\.0\.0\.1:\d+ answers \(HTTP 400 to an empty message\)$/),
      '  – alerts webhook: not configured (set ALERT_WEBHOOK_URL)',
    ]);
    // Probed, never posted to: Discord saw a GET, Slack an empty message it refused.
    expect(discord.requests.map((request) => request.method)).toEqual(['GET']);
    expect(slack.requests.map((request) => request.text)).toEqual(['{}']);

    const json = await runNode(join(repositoryRoot, 'bin/nano-sre.js'), ['check', '--json'], { cwd: directory, env: { ...env, STORE_URL: store.url.replace('127.0.0.1', 'localhost') } });
    expect(json.exitCode, json.stderr).toBe(0);
    const envelope = JSON.parse(json.stdout);
    expect(envelope).toMatchObject({ version: 1, command: 'check', data: { ok: true } });
    expect(envelope.data.checks.map((line: { name: string; status: string }) => `${line.name} ${line.status}`)).toEqual([
      'settings ok', 'browser ok', 'database ok', `store localhost:${store.port} ok`, 'alerts stdout ok', 'alerts discord ok', 'alerts slack ok', 'alerts webhook skip',
    ]);
  } finally {
    await Promise.all([store.close(), discord.close(), slack.close()]);
  }
});

test('a bad setting is one line, and the rest waits for it', async () => {
  const run = await runNode(join(repositoryRoot, 'bin/nano-sre.js'), ['check'], { cwd: makeTempDir(), env: { ...process.env, RETENTION_DAYS: '-3', WATCH_TOKEN: 'short' } });
  expect(run.exitCode).toBe(1);
  expect(run.stdout.trim().split('\n')).toEqual([
    'nano-sre check',
    expect.stringMatching(/^  ✖ settings: RETENTION_DAYS="-3" is not valid .* · WATCH_TOKEN=\(hidden\) is not valid \(use at least 16 characters/),
    '  – browser, database, stores: not checked until the settings are fixed',
  ]);
});
