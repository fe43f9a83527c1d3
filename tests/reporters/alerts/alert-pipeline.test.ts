// The alert stages inside the real run pipeline and SQLite file, run after run with SkillResults
// shaped like the reporter's: what is queued, what reaches the fakes, and what the summary says.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { addMute, endMutes } from '../../../db/mute-queries';
import { openDatabase } from '../../../db/open-database';
import { createAlertStages } from '../../../reporters/alerts/alert-stages';
import { runPipeline } from '../../../reporters/run-pipeline';
import type { SkillResult } from '../../../core/skill-result';
import { makeTempDir } from '../../helpers/paths';
import { expect, test } from './alert-fixtures';
import { skillResult } from './sample-results';

/** A tiny but real PNG file, as Playwright leaves on failure. */
function screenshotFile(): string {
  const path = join(makeTempDir('nano-sre-shot-'), 'test-failed-1.png');
  writeFileSync(path, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
  return path;
}

test.describe('runs through the pipeline', () => {
  let run: (results: SkillResult[], environment?: Record<string, string>) => ReturnType<typeof runPipeline>;

  test.beforeEach(async ({ databasePath, alertEnvironment, stdout }) => {
    run = (results, environment = {}) => {
      const now = new Date().toISOString();
      return runPipeline(
        { runId: randomUUID(), startedAt: now, finishedAt: now, trigger: 'test', results },
        { databasePath, resultsPath: join(makeTempDir(), 'results.json'), retentionDays: 90, evidenceRetentionDays: 14 },
        createAlertStages({ environment: { ...alertEnvironment, ...environment }, writeStdout: (text) => stdout.push(text) }),
      );
    };
  });

  test('FAIL, FAIL, FAIL, PASS: nothing, one incident-opened with the screenshot, nothing (cooldown), one incident-resolved with the downtime', async ({ discord, slack, webhook, stdout }) => {
    const failing = () => skillResult({ screenshots: [screenshotFile()] });
    await run([failing()]);
    expect(discord.requests).toHaveLength(0);
    expect(stdout).toHaveLength(0);

    const second = await run([failing()]);
    expect(second.notes).toContain('alerts sent: stdout 1, discord 1, slack 1, webhook 1');
    const [opened] = await discord.posts();
    expect(opened.payload.embeds?.[0].title).toBe('FAIL · incident opened: cart_journey on shop.example.com');
    expect(opened.files).toHaveLength(1);
    expect(opened.payload.embeds?.[0].image?.url).toBe(`attachment://${opened.files[0].name}`);

    await run([failing()]);
    expect(discord.accepted()).toHaveLength(1);

    await run([skillResult({ status: 'PASS' })]);
    const posts = await discord.posts();
    expect(posts.map((post) => post.payload.embeds?.[0].title)).toEqual([
      'FAIL · incident opened: cart_journey on shop.example.com',
      'RECOVERED · incident resolved: cart_journey on shop.example.com',
    ]);
    expect(posts[1].payload.embeds?.[0].fields?.find((field: { name: string }) => field.name === 'Downtime')?.value).toMatch(/^Down for \d+s$/);
    expect(slack.accepted()).toHaveLength(2);
    expect(webhook.accepted().map((request) => JSON.parse(request.text).state)).toEqual(['firing', 'resolved']);
    expect(stdout).toHaveLength(2);
  });

  test('one alert names both devices instead of one message each', async ({ discord }) => {
    await run([skillResult({ attempts: 2 }), skillResult({ device: 'mobile', attempts: 2 })]);
    const posts = await discord.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0].payload.embeds?.[0].fields?.find((field: { name: string }) => field.name === 'Device')?.value).toBe('desktop, mobile');
  });

  test('a muted store: checks are stored, alerts held; after the mute the failure is announced, and a recovery held by a mute follows when it ends', async ({ databasePath, discord }) => {
    const database = openDatabase(databasePath);
    try {
      addMute(database, { store: 'https://shop.example.com', until: new Date(Date.now() + 3_600_000).toISOString() }, new Date().toISOString());
      await run([skillResult({ attempts: 2 })]);
      await run([skillResult({ attempts: 2 })]);
      expect(discord.requests).toHaveLength(0);
      expect(database.prepare('SELECT count(*) AS count FROM check_runs').get()).toEqual({ count: 2 });

      endMutes(database, 'https://shop.example.com', new Date().toISOString());
      await run([skillResult()]);
      expect((await discord.posts()).map((post) => post.payload.embeds?.[0].title)).toEqual(['FAIL · incident opened: cart_journey on shop.example.com']);

      addMute(database, { store: '*', until: new Date(Date.now() + 3_600_000).toISOString() }, new Date().toISOString());
      await run([skillResult({ status: 'PASS' })]);
      await run([skillResult({ status: 'PASS' })]);
      expect(discord.accepted()).toHaveLength(1);
      expect(database.prepare(`SELECT status FROM alert_outbox WHERE kind = 'incident-resolved' AND channel = 'discord'`).get()).toEqual({ status: 'held' });

      endMutes(database, '*', new Date().toISOString());
    } finally {
      database.close();
    }
    await run([skillResult({ status: 'PASS' })]);
    expect((await discord.posts()).map((post) => post.payload.embeds?.[0].title)).toEqual([
      'FAIL · incident opened: cart_journey on shop.example.com',
      'RECOVERED · incident resolved: cart_journey on shop.example.com',
    ]);
  });

  test('opening and resolving more than 3 times in an hour is reported once as flapping, then quiet', async ({ webhook }) => {
    for (let round = 0; round < 5; round += 1) {
      await run([skillResult({ attempts: 2 })]);
      await run([skillResult({ status: 'PASS' })]);
    }
    expect(webhook.accepted().map((request) => JSON.parse(request.text).kind)).toEqual([
      'incident-opened',
      'incident-resolved',
      'incident-opened',
      'incident-resolved',
      'incident-opened',
      'incident-resolved',
      'incident-flapping',
    ]);
  });

  test('WARN alerts only with ALERT_ON_WARN=true, on the step into WARN', async ({ webhook }) => {
    const warn = () => skillResult({ status: 'WARN', summary: 'slow home page', findings: [{ code: 'vitals.poor', level: 'warn', message: 'slow home page', evidence: {} }] });
    await run([warn()]);
    expect(webhook.requests).toHaveLength(0);
    await run([skillResult({ status: 'PASS' })], { ALERT_ON_WARN: 'true' });
    await run([warn()], { ALERT_ON_WARN: 'true' });
    await run([warn()], { ALERT_ON_WARN: 'true' });
    expect(webhook.accepted().map((request) => JSON.parse(request.text))).toEqual([expect.objectContaining({ kind: 'warning-raised', state: 'warning' })]);
  });

  test('a dead channel is named in the summary; with ALERT_DELIVERY_STRICT=true it fails the run', async ({ slack }) => {
    await slack.stop();
    const lenient = await run([skillResult({ attempts: 2 })]);
    expect(lenient.problems).toEqual([]);
    expect(lenient.notes.join('\n')).toMatch(/alert channel Slack .* did not take 1 alert\(s\)/);
    const strict = await run([skillResult({ attempts: 2, skillName: 'home' })], { ALERT_DELIVERY_STRICT: 'true' });
    expect(strict.problems.join('\n')).toMatch(/alert channel Slack .* did not take 2 alert\(s\)/);
  });

  test('a bad alert setting costs the alerts, not the run', async ({ databasePath }) => {
    const outcome = await run([skillResult({ attempts: 2 })], { ALERT_COOLDOWN_MINUTES: 'soon' });
    expect(outcome.saved?.status).toBe('FAIL');
    expect(outcome.problems).toEqual([expect.stringMatching(/^alerts are off until this is fixed: ALERT_COOLDOWN_MINUTES="soon" is not valid/)]);
    const database = openDatabase(databasePath);
    expect(database.prepare('SELECT count(*) AS count FROM check_runs').get()).toEqual({ count: 1 });
    database.close();
  });
});
