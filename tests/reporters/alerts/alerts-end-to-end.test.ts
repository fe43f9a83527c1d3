// The real suite in a child process against the demo store with atc_500 switched on, run after run
// on one SQLite file, alerting fake Discord, Slack and webhook servers, some of them misbehaving.
import { startDemoStore, type DemoStore } from '../../../demo-store/server';
import { runSuite, type SuiteRun } from '../../helpers/run-suite';
import { expect, test } from './alert-fixtures';

test.describe.configure({ timeout: 600_000 });

let store: DemoStore;
test.beforeAll(async () => {
  store = await startDemoStore({ port: 0, faults: ['atc_500'] });
});
test.afterAll(async () => store?.close());

test('first failure: nothing; second: one incident-opened with the screenshot; third: nothing; fixed: one incident-resolved with its duration', async ({
  databasePath,
  alertEnvironment,
  discord,
  slack,
  webhook,
}) => {
  const suite = (): Promise<SuiteRun> =>
    runSuite({ databasePath, args: ['skills/headless-probe.skill.ts'], env: { STORE_URL: store.url, DEVICES: 'desktop', ...alertEnvironment } });
  const titles = async () => (await discord.posts()).map((post) => post.payload.embeds?.[0].title);

  const first = await suite();
  expect(first.exitCode, first.stdout + first.stderr).toBe(1);
  expect(discord.requests.length + slack.requests.length + webhook.requests.length).toBe(0);

  // Second run: Discord rate-limits once, the webhook fails once, Slack is down for the whole run.
  discord.answerNext({ status: 429, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body: '{"message":"You are being rate limited.","retry_after":1,"global":false}' });
  webhook.answerNext({ status: 500 });
  await slack.stop();
  const second = await suite();
  expect(second.stdout).toMatch(/note: alerts sent: stdout 1, discord 1, webhook 1/);
  expect(second.stdout).toMatch(/note: alert channel Slack \(127\.0\.0\.1:\d+\) did not take 1 alert\(s\)/);
  expect(second.stdout).toContain('[nano-sre alert] FAIL · incident opened: headless_probe on 127.0.0.1');
  expect(await titles()).toEqual([`FAIL · incident opened: headless_probe on ${store.url.replace('http://', '')}`]);
  const [opened] = await discord.posts();
  expect(opened.files).toEqual([expect.objectContaining({ type: 'image/png' })]);
  expect(opened.files[0].size).toBeGreaterThan(1000);
  expect(opened.payload.embeds?.[0].fields?.find((field: { name: string }) => field.name === 'Top findings')?.value).toContain('cart.add_failed');
  expect(webhook.accepted()).toHaveLength(1);

  // Third run: still failing, inside the cooldown: no new alert; Slack is back and gets the one it missed.
  await slack.start();
  await suite();
  expect(await titles()).toHaveLength(1);
  expect(slack.accepted().map((request) => JSON.parse(request.text).text)).toEqual([expect.stringContaining('incident opened: headless_probe')]);
  expect(webhook.accepted()).toHaveLength(1);

  store.setFaults([]);
  const fixed = await suite();
  expect(fixed.exitCode, fixed.stdout + fixed.stderr).toBe(0);
  const posts = await discord.posts();
  expect(posts).toHaveLength(2);
  expect(posts[1].payload.embeds?.[0].title).toMatch(/^RECOVERED · incident resolved: headless_probe/);
  expect(posts[1].payload.embeds?.[0].fields?.find((field: { name: string }) => field.name === 'Downtime')?.value).toMatch(/^Down for (\d+m )?\d+s$/);
  expect(slack.accepted()).toHaveLength(2);
  expect(webhook.accepted().map((request) => JSON.parse(request.text).kind)).toEqual(['incident-opened', 'incident-resolved']);
});
