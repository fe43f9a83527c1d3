// Fixtures for delivery tests: a real SQLite file, a fake Discord, fake Slack and webhook sinks on
// loopback, and the channels wired to them through the same settings production reads.
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import type Database from 'better-sqlite3';
import { enqueueAlert } from '../../../db/alert-outbox-queries';
import { openDatabase } from '../../../db/open-database';
import type { ChannelKind } from '../../../reporters/alerts/alert-channel';
import type { AlertEvent } from '../../../core/alert-event';
import { readAlertSettings } from '../../../reporters/alerts/alert-settings';
import { createChannels, type ChannelSet } from '../../../reporters/alerts/channel-registry';
import { buildTestAlert } from '../../../reporters/alerts/test-alert';
import { fakeDiscordWebhookUrl, startFakeDiscord, type FakeDiscord } from '../../helpers/fake-servers/fake-discord-server';
import { startFakeSink, type FakeSink } from '../../helpers/fake-servers/fake-webhook-sink';
import { makeTempDir } from '../../helpers/paths';

export const webhookSecret = 'test-signing-secret';

export interface AlertFixtures {
  databasePath: string;
  database: Database.Database;
  discord: FakeDiscord;
  slack: FakeSink;
  webhook: FakeSink;
  /** What the stdout channel printed. */
  stdout: string[];
  /** The environment a run or the CLI would get to reach the fakes. */
  alertEnvironment: Record<string, string>;
  channels: ChannelSet;
}

export const test = base.extend<AlertFixtures>({
  databasePath: async ({}, use) => use(join(makeTempDir('nano-sre-alerts-'), 'nano_sre.db')),
  database: async ({ databasePath }, use) => {
    const database = openDatabase(databasePath);
    await use(database);
    database.close();
  },
  discord: async ({}, use) => {
    const discord = await startFakeDiscord();
    await use(discord);
    await discord.close();
  },
  slack: async ({}, use) => {
    const sink = await startFakeSink();
    await use(sink);
    await sink.close();
  },
  webhook: async ({}, use) => {
    const sink = await startFakeSink();
    await use(sink);
    await sink.close();
  },
  stdout: async ({}, use) => use([]),
  alertEnvironment: async ({ discord, slack, webhook }, use) =>
    use({
      DISCORD_WEBHOOK_URL: fakeDiscordWebhookUrl,
      DISCORD_API_BASE: discord.apiBase,
      SLACK_WEBHOOK_URL: `${slack.url}/services/T000/B000/XXXX`,
      ALERT_WEBHOOK_URL: `${webhook.url}/hooks/nano-sre`,
      ALERT_WEBHOOK_SECRET: webhookSecret,
    }),
  channels: async ({ alertEnvironment, stdout }, use) => {
    // Through the same settings parser a run uses, so the fixture cannot drift from production.
    const channels = createChannels({ ...readAlertSettings(alertEnvironment), writeStdout: (text) => void stdout.push(text) });
    await use(channels);
    for (const channel of channels.values()) channel.close?.();
  },
});

export { expect } from '@playwright/test';

export const allChannels: ChannelKind[] = ['stdout', 'discord', 'slack', 'webhook'];

/** Queues one alert with a screenshot for the given channels, as the run's transaction would. */
export function queueSampleAlert(database: Database.Database, channels: ChannelKind[] = allChannels, alertId = 'alert-1'): AlertEvent {
  const { event, screenshot } = buildTestAlert({ alertId, now: new Date(), storeUrl: 'https://shop.example.com' });
  enqueueAlert(database, { event, channels, subjectKeys: [], screenshot }, new Date().toISOString());
  return event;
}

export function outboxRows(database: Database.Database): Array<{ channel: string; status: string; attempts: number; next_attempt_at: string; last_error: string | null }> {
  return database.prepare('SELECT channel, status, attempts, next_attempt_at, last_error FROM alert_outbox ORDER BY id').all() as never;
}
