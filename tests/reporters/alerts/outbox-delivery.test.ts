// Delivery against fake Discord (through discord.js), Slack and webhook servers on loopback, with a
// real SQLite outbox: everything arrives exactly once, through 429s, 500s, refusals and hangs.
import { createHmac } from 'node:crypto';
import { openDatabase } from '../../../db/open-database';
import { deliverOutbox, type DeliveryOptions } from '../../../reporters/alerts/deliver-outbox';
import { summariseDelivery } from '../../../reporters/alerts/delivery-summary';
import { expect, outboxRows, queueSampleAlert, test, webhookSecret } from './alert-fixtures';

const fast: DeliveryOptions = { timeBoxMs: 20_000, minBackoffMs: 20 };

test('one alert reaches every channel once: Discord embed with the screenshot attached, Slack blocks, signed webhook, stdout', async ({ database, channels, discord, slack, webhook, stdout }) => {
  queueSampleAlert(database);
  const report = await deliverOutbox(database, channels, fast);

  expect(report.channels.map((channel) => [channel.channel, channel.delivered, channel.waiting]).sort()).toEqual([
    ['discord', 1, 0],
    ['slack', 1, 0],
    ['stdout', 1, 0],
    ['webhook', 1, 0],
  ]);
  const [post] = await discord.posts();
  expect(post.files).toEqual([{ name: 'nano-sre-test.png', type: 'image/png', size: expect.any(Number) }]);
  expect(post.payload.embeds?.[0].image).toEqual({ url: 'attachment://nano-sre-test.png' });
  expect(post.payload.embeds?.[0].title).toContain('alert_test on shop.example.com');

  const slackBody = JSON.parse(slack.accepted()[0].text);
  expect(slackBody.blocks[0]).toMatchObject({ type: 'header' });
  expect(slack.accepted()[0].path).toBe('/services/T000/B000/XXXX');

  const hook = webhook.accepted()[0];
  const expected = createHmac('sha256', webhookSecret).update(`${hook.headers['x-nano-sre-timestamp']}.${hook.text}`).digest('hex');
  expect(hook.headers['x-nano-sre-signature']).toBe(`sha256=${expected}`);
  expect(hook.headers['x-nano-sre-delivery']).toBe('alert-1');
  expect(JSON.parse(hook.text)).toMatchObject({ version: 1, id: 'alert-1', kind: 'test', state: 'test' });
  expect(stdout.join('')).toContain('[nano-sre alert] TEST');

  expect(outboxRows(database).map((row) => row.status)).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
  await deliverOutbox(database, channels, fast);
  expect(discord.accepted().length + slack.accepted().length + webhook.accepted().length).toBe(3);
  expect(database.prepare('SELECT count(*) AS count FROM alert_screenshots').get()).toEqual({ count: 0 });
});

test('429 with Retry-After is honoured and the alert arrives once, on Slack and on Discord through discord.js', async ({ database, channels, discord, slack }) => {
  slack.answerNext({ status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' });
  discord.answerNext({ status: 429, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body: '{"message":"You are being rate limited.","retry_after":1,"global":false}' });
  queueSampleAlert(database, ['slack', 'discord']);
  const report = await deliverOutbox(database, channels, fast);

  expect(report.channels.every((channel) => channel.delivered === 1)).toBe(true);
  expect(slack.requests.map((request) => request.status)).toEqual([429, 200]);
  expect(discord.requests.map((request) => request.status)).toEqual([429, 200]);
  expect(outboxRows(database).map((row) => [row.channel, row.status, row.attempts])).toEqual([
    ['slack', 'delivered', 2],
    ['discord', 'delivered', 2],
  ]);
});

test('500s are retried with backoff within the run; the alert arrives once', async ({ database, channels, webhook, discord }) => {
  webhook.answerNext({ status: 500 }, { status: 502 });
  discord.answerNext({ status: 500 });
  queueSampleAlert(database, ['webhook', 'discord']);
  await deliverOutbox(database, channels, fast);
  expect(webhook.requests.map((request) => request.status)).toEqual([500, 502, 200]);
  expect(discord.requests.map((request) => request.status)).toEqual([500, 200]);
  expect(webhook.requests.map((request) => request.headers['x-nano-sre-delivery'])).toEqual(['alert-1', 'alert-1', 'alert-1']);
});

test('a channel refusing connections never stops the others; its alerts wait and arrive once it is back', async ({ database, channels, slack, webhook, discord }) => {
  await slack.stop();
  queueSampleAlert(database, ['slack', 'webhook', 'discord'], 'alert-1');
  queueSampleAlert(database, ['slack', 'webhook', 'discord'], 'alert-2');
  const report = await deliverOutbox(database, channels, { ...fast, retries: 1 });

  expect(webhook.accepted()).toHaveLength(2);
  expect(discord.accepted()).toHaveLength(2);
  const slackReport = report.channels.find((channel) => channel.channel === 'slack')!;
  expect(slackReport).toMatchObject({ delivered: 0, waiting: 2 });
  expect(slackReport.error).toMatch(/Slack webhook could not be reached: .*ECONNREFUSED/);
  const summary = summariseDelivery(report, false);
  expect(summary.notes.join('\n')).toMatch(/alert channel Slack \(127\.0\.0\.1:\d+\) did not take 2 alert\(s\) .*kept for the next run or `nano-sre alerts flush`/);
  expect(summariseDelivery(report, true).problems).toHaveLength(1);

  await slack.start();
  await deliverOutbox(database, channels, fast);
  await deliverOutbox(database, channels, fast);
  expect(slack.accepted().map((request) => JSON.parse(request.text).text)).toHaveLength(2);
  expect(webhook.accepted()).toHaveLength(2);
  expect(outboxRows(database).every((row) => row.status === 'delivered')).toBe(true);
});

test('a Retry-After beyond the time box is kept as an appointment for a later run', async ({ database, channels, webhook }) => {
  webhook.answerNext({ status: 429, headers: { 'retry-after': '120' } });
  queueSampleAlert(database, ['webhook']);
  const start = Date.now();
  await deliverOutbox(database, channels, fast);
  const [row] = outboxRows(database);
  expect(row.status).toBe('pending');
  expect(Date.parse(row.next_attempt_at) - start).toBeGreaterThanOrEqual(120_000);

  await deliverOutbox(database, channels, fast);
  expect(webhook.requests).toHaveLength(1); // not due yet: the receiver asked for two minutes
  await deliverOutbox(database, channels, { ...fast, now: () => new Date(start + 121_000) });
  expect(webhook.accepted()).toHaveLength(1);
});

test('a 4xx other than 408/409/429 is given up at once, named, and does not hold the channel', async ({ database, channels, slack }) => {
  slack.answerNext({ status: 404, body: 'no_service' });
  queueSampleAlert(database, ['slack'], 'alert-1');
  queueSampleAlert(database, ['slack'], 'alert-2');
  const report = await deliverOutbox(database, channels, fast);
  expect(slack.requests.map((request) => request.status)).toEqual([404, 200]);
  expect(outboxRows(database).map((row) => row.status)).toEqual(['failed', 'delivered']);
  expect(summariseDelivery(report, false).notes.join('\n')).toMatch(/Slack .* refused 1 alert\(s\) for good \(Slack webhook answered HTTP 404: no_service\)/);
});

test('a receiver that never answers cannot keep the run alive: the time box ends the pass and the alert waits', async ({ database, channels, webhook }) => {
  webhook.answerNext({ status: 200, hang: true });
  queueSampleAlert(database, ['webhook']);
  const report = await deliverOutbox(database, channels, { timeBoxMs: 1_000, retries: 0 });
  expect(report.channels[0]).toMatchObject({ delivered: 0, waiting: 1 });
  expect(outboxRows(database)[0].status).toBe('pending');
  await deliverOutbox(database, channels, fast);
  expect(webhook.accepted()).toHaveLength(1);
});

test('two processes flushing at once send each alert once', async ({ database, databasePath, channels, slack }) => {
  queueSampleAlert(database, ['slack'], 'alert-1');
  queueSampleAlert(database, ['slack'], 'alert-2');
  const second = openDatabase(databasePath);
  try {
    await Promise.all([deliverOutbox(database, channels, fast), deliverOutbox(second, channels, fast)]);
  } finally {
    second.close();
  }
  expect(slack.accepted()).toHaveLength(2);
  expect(new Set(slack.accepted().map((request) => JSON.parse(request.text).blocks.at(-1).elements[0].text.split(' · ')[1])).size).toBe(2);
});

test('pending alerts older than a day expire (stale news), and settled ones leave with RETENTION_DAYS', async ({ database, channels, slack }) => {
  queueSampleAlert(database, ['slack'], 'alert-old');
  queueSampleAlert(database, ['slack'], 'alert-settled');
  database.prepare(`UPDATE alert_outbox SET created_at = ? WHERE alert_id = 'alert-old'`).run(new Date(Date.now() - 25 * 3_600_000).toISOString());
  database.prepare(`UPDATE alert_outbox SET status = 'delivered', created_at = ? WHERE alert_id = 'alert-settled'`).run(new Date(Date.now() - 91 * 86_400_000).toISOString());
  const report = await deliverOutbox(database, channels, fast);
  expect(report.expired).toBe(1);
  expect(summariseDelivery(report, false).notes).toEqual(['1 alert(s) expired undelivered after 24 hours']);
  expect(outboxRows(database).map((row) => row.status)).toEqual(['expired']);
  expect(slack.requests).toHaveLength(0);
});
