// Slack through an incoming webhook (SLACK_WEBHOOK_URL) with Block Kit.
import type { AlertChannel } from '../alert-channel';
import { buildSlackMessage } from '../messages/slack-message';
import { postJson } from './post-json';

export interface SlackChannelSettings {
  webhookUrl: string;
  timeoutMs?: number;
}

export function createSlackChannel(settings: SlackChannelSettings): AlertChannel {
  return {
    kind: 'slack',
    label: `Slack (${new URL(settings.webhookUrl).host})`,
    async send({ event }, signal) {
      const body = JSON.stringify(buildSlackMessage(event));
      await postJson({ channel: 'Slack webhook', url: settings.webhookUrl, body, signal, timeoutMs: settings.timeoutMs });
    },
  };
}
