// `nano-sre alerts` as a user runs it (bin/nano-sre.js in a child process): `alerts test` reaches
// every configured channel, `alerts flush` delivers what waits.
import { join } from 'node:path';
import { runNode, type CommandRun } from '../helpers/run-node';
import { repositoryRoot } from '../helpers/paths';
import { expect, outboxRows, queueSampleAlert, test } from '../reporters/alerts/alert-fixtures';

function nanoSre(args: string[], env: Record<string, string>): Promise<CommandRun> {
  return runNode(join(repositoryRoot, 'bin/nano-sre.js'), args, { cwd: repositoryRoot, env: { ...process.env, STORE_URL: 'https://shop.example.com', FORCE_COLOR: '0', ...env } });
}

test('`nano-sre alerts test` sends a test message through every configured channel and says which worked', async ({ alertEnvironment, discord, slack, webhook }) => {
  const run = await nanoSre(['alerts', 'test'], alertEnvironment);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toContain('[nano-sre alert] TEST · Nano-SRE alert test: alert_test on shop.example.com');
  expect(run.stdout).toMatch(/✔ stdout\n\s+✔ Discord webhook 123456789012345678\n\s+✔ Slack \(127\.0\.0\.1:\d+\)\n\s+✔ webhook \(127\.0\.0\.1:\d+\)/);
  const [post] = await discord.posts();
  expect(post.files).toEqual([expect.objectContaining({ name: 'nano-sre-test.png' })]);
  expect(slack.accepted()).toHaveLength(1);
  expect(JSON.parse(webhook.accepted()[0].text).kind).toBe('test');

  await slack.stop();
  const broken = await nanoSre(['alerts', 'test'], { ...alertEnvironment, ALERT_WEBHOOK_URL: '' });
  expect(broken.exitCode).toBe(1);
  expect(broken.stdout).toMatch(/✖ Slack \(127\.0\.0\.1:\d+\): Slack webhook could not be reached/);
  expect(broken.stdout).toContain('– webhook: not configured (set ALERT_WEBHOOK_URL)');
});

test('`nano-sre alerts flush` delivers what is waiting, once', async ({ database, databasePath, alertEnvironment, slack }) => {
  queueSampleAlert(database, ['slack']);
  const env = { ...alertEnvironment, NANO_SRE_DB: databasePath };
  const flushed = await nanoSre(['alerts', 'flush'], env);
  expect(flushed.exitCode, flushed.stderr).toBe(0);
  expect(flushed.stdout).toContain('alerts sent: slack 1');
  const again = await nanoSre(['alerts', 'flush'], env);
  expect(again.stdout).toContain('nothing was due');
  expect(slack.accepted()).toHaveLength(1);
  expect(outboxRows(database).map((row) => row.status)).toEqual(['delivered']);
});

test('`alert test`, the name before the `alerts` group, still works and is not in the help', async ({ alertEnvironment, slack }) => {
  const run = await nanoSre(['alert', 'test'], alertEnvironment);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/^nano-sre alerts test$/m);
  expect(slack.accepted()).toHaveLength(1);
  const help = await nanoSre(['--help'], {});
  expect(help.stdout).toMatch(/^\s+alerts\s/m);
  expect(help.stdout).not.toMatch(/^\s+alert\s/m);
});
