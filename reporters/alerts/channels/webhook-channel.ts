// The generic JSON webhook (ALERT_WEBHOOK_URL): the documented payload, an idempotency key, and
// with ALERT_WEBHOOK_SECRET an HMAC-SHA256 signature over "timestamp.body" so receivers can trust it.
import { createHmac } from 'node:crypto';
import type { AlertChannel } from '../alert-channel';
import { buildWebhookPayload } from '../messages/webhook-payload';
import { postJson } from './post-json';

export interface WebhookChannelSettings {
  url: string;
  secret?: string;
  timeoutMs?: number;
  now?: () => Date;
}

export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function createWebhookChannel(settings: WebhookChannelSettings): AlertChannel {
  return {
    kind: 'webhook',
    label: `webhook (${new URL(settings.url).host})`,
    async send({ event }, signal) {
      const body = JSON.stringify(buildWebhookPayload(event));
      const timestamp = String(Math.floor((settings.now?.() ?? new Date()).getTime() / 1000));
      // The same alert retried carries the same id, so a receiver can drop a duplicate.
      const headers: Record<string, string> = { 'x-nano-sre-event': event.kind, 'x-nano-sre-delivery': event.alertId, 'x-nano-sre-timestamp': timestamp };
      if (settings.secret) headers['x-nano-sre-signature'] = signWebhookBody(settings.secret, timestamp, body);
      await postJson({ channel: 'alert webhook', url: settings.url, body, headers, signal, timeoutMs: settings.timeoutMs });
    },
  };
}
