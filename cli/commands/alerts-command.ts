// `nano-sre alerts test` (a test message through every configured channel, sent now, outbox bypassed)
// and `nano-sre alerts flush` (deliver what the outbox still holds, e.g. after a channel outage).
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { readSettings } from '../../config/settings';
import { resolveStores } from '../../config/stores';
import { countUndelivered } from '../../db/alert-outbox-queries';
import { openDatabase } from '../../db/open-database';
import { channelKinds } from '../../reporters/alerts/alert-channel';
import { readAlertSettings } from '../../reporters/alerts/alert-settings';
import { closeChannels, createChannels } from '../../reporters/alerts/channel-registry';
import { deliverOutbox } from '../../reporters/alerts/deliver-outbox';
import { summariseDelivery } from '../../reporters/alerts/delivery-summary';
import { buildTestAlert } from '../../reporters/alerts/test-alert';

const channelVariables: Record<(typeof channelKinds)[number], string> = {
  stdout: 'always on',
  discord: 'DISCORD_WEBHOOK_URL',
  slack: 'SLACK_WEBHOOK_URL',
  webhook: 'ALERT_WEBHOOK_URL',
};

async function sendTestAlert(): Promise<number> {
  const settings = readAlertSettings();
  const channels = createChannels(settings);
  const { event, screenshot } = buildTestAlert({
    alertId: randomUUID(),
    now: new Date(),
    storeUrl: resolveStores(readSettings())[0].url,
    reportUrl: settings.REPORT_BASE_URL ? `${settings.REPORT_BASE_URL}/html/index.html` : undefined,
  });
  try {
    const outcomes = await Promise.all(
      [...channels.values()].map(async (channel) => {
        try {
          await channel.send({ event, screenshot }, AbortSignal.timeout(settings.ALERT_DELIVERY_TIMEOUT_SECONDS * 1000));
          return { line: `  ✔ ${channel.label}`, ok: true };
        } catch (error) {
          return { line: `  ✖ ${channel.label}: ${error instanceof Error ? error.message : String(error)}`, ok: false };
        }
      }),
    );
    const missing = channelKinds.filter((kind) => !channels.has(kind)).map((kind) => `  – ${kind}: not configured (set ${channelVariables[kind]})`);
    console.log(['nano-sre alerts test', ...outcomes.map((outcome) => outcome.line), ...missing].join('\n'));
    return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
  } finally {
    closeChannels(channels);
  }
}

async function flushOutbox(): Promise<number> {
  const settings = readAlertSettings();
  const database = openDatabase(readSettings().NANO_SRE_DB);
  const channels = createChannels(settings);
  try {
    const report = await deliverOutbox(database, channels, { timeBoxMs: settings.ALERT_DELIVERY_TIMEOUT_SECONDS * 1000, retentionDays: settings.RETENTION_DAYS });
    const { notes } = summariseDelivery(report, false);
    const left = countUndelivered(database).map((row) => `  still ${row.status}: ${row.channel} ${row.count}`);
    console.log(['nano-sre alerts flush', ...(notes.length ? notes.map((note) => `  ${note}`) : ['  nothing was due']), ...left].join('\n'));
    return report.channels.some((channel) => channel.waiting > 0 || channel.rejected > 0) ? 1 : 0;
  } finally {
    closeChannels(channels);
    database.close();
  }
}

export function registerAlertsCommand(program: Command): void {
  const alerts = program.command('alerts').description('alert channels and the alert outbox');
  alerts
    .command('test')
    .description('send a test message through every configured channel (stdout, Discord, Slack, webhook)')
    .action(async () => {
      process.exitCode = await sendTestAlert();
    });
  alerts
    .command('flush')
    .description('deliver alerts still waiting in the outbox (a channel was down, or Retry-After asked to wait)')
    .action(async () => {
      process.exitCode = await flushOutbox();
    });
  // The command's name before the one `alerts` group; hidden, and kept so scripts that call it still work.
  program
    .command('alert', { hidden: true })
    .command('test')
    .action(async () => {
      process.exitCode = await sendTestAlert();
    });
}
