// The registry: one factory per channel kind, typed over ChannelKind so a kind without a channel
// does not compile. A factory returns undefined when its settings are absent (channel off).
import type { AlertChannel, ChannelKind } from './alert-channel';
import { channelKinds } from './alert-channel';
import type { AlertSettings } from './alert-settings';
import { createDiscordChannel } from './channels/discord-channel';
import { createSlackChannel } from './channels/slack-channel';
import { createStdoutChannel } from './channels/stdout-channel';
import { createWebhookChannel } from './channels/webhook-channel';

/** The settings channels are built from; tests add a stdout writer through the same door. */
export type ChannelSettings = Pick<AlertSettings, 'DISCORD_WEBHOOK_URL' | 'DISCORD_API_BASE' | 'SLACK_WEBHOOK_URL' | 'ALERT_WEBHOOK_URL' | 'ALERT_WEBHOOK_SECRET'> & {
  writeStdout?: (text: string) => void;
};

type ChannelFactory = (settings: ChannelSettings) => AlertChannel | undefined;

const channelFactories = {
  stdout: (settings) => createStdoutChannel({ write: settings.writeStdout }),
  discord: (settings) =>
    settings.DISCORD_WEBHOOK_URL ? createDiscordChannel({ webhookUrl: settings.DISCORD_WEBHOOK_URL, apiBase: settings.DISCORD_API_BASE }) : undefined,
  slack: (settings) => (settings.SLACK_WEBHOOK_URL ? createSlackChannel({ webhookUrl: settings.SLACK_WEBHOOK_URL }) : undefined),
  webhook: (settings) =>
    settings.ALERT_WEBHOOK_URL ? createWebhookChannel({ url: settings.ALERT_WEBHOOK_URL, secret: settings.ALERT_WEBHOOK_SECRET }) : undefined,
} satisfies Record<ChannelKind, ChannelFactory>;

export type ChannelSet = Map<ChannelKind, AlertChannel>;

export function createChannels(settings: ChannelSettings): ChannelSet {
  const channels: ChannelSet = new Map();
  for (const kind of channelKinds) {
    const channel = channelFactories[kind](settings);
    if (channel) channels.set(kind, channel);
  }
  return channels;
}

export function closeChannels(channels: ChannelSet): void {
  for (const channel of channels.values()) channel.close?.();
}
