// Discord through discord.js's WebhookClient: a webhook, never a bot login, so the process exits.
// discord.js's own retries are off; the outbox retries, so a 429 surfaces as a ChannelHttpError.
import type { WebhookClient } from 'discord.js';
import type { AlertChannel } from '../alert-channel';
import { ChannelHttpError, ChannelNetworkError, type ChannelDeliveryError } from '../delivery-errors';
import { buildDiscordMessage } from '../messages/discord-message';

export interface DiscordChannelSettings {
  webhookUrl: string;
  /** discord.js's REST base, e.g. http://127.0.0.1:PORT/api (it appends /v10). */
  apiBase?: string;
  timeoutMs?: number;
}

async function toChannelError(error: unknown): Promise<ChannelDeliveryError> {
  const { DiscordAPIError, HTTPError, RateLimitError } = await import('discord.js');
  if (error instanceof RateLimitError) return new ChannelHttpError('Discord webhook', 429, 'rate limited', { retryAfterMs: error.retryAfter, cause: error });
  if (error instanceof DiscordAPIError || error instanceof HTTPError) return new ChannelHttpError('Discord webhook', error.status, error.message, { cause: error });
  return new ChannelNetworkError('Discord webhook', error);
}

export function createDiscordChannel(settings: DiscordChannelSettings): AlertChannel {
  let client: WebhookClient | undefined;
  const connect = async () => {
    const { WebhookClient } = await import('discord.js');
    client ??= new WebhookClient(
      { url: settings.webhookUrl },
      // rejectOnRateLimit makes a 429 throw (with its Retry-After) instead of sleeping inside discord.js.
      { rest: { api: settings.apiBase, retries: 0, offset: 0, timeout: settings.timeoutMs ?? 10_000, rejectOnRateLimit: () => true } },
    );
    return client;
  };
  return {
    kind: 'discord',
    label: `Discord webhook ${settings.webhookUrl.split('/').at(-2) ?? ''}`,
    async send({ event, screenshot }) {
      const message = buildDiscordMessage(event, { withScreenshot: screenshot !== undefined });
      const files = screenshot && message.attachmentName ? [{ attachment: screenshot.png, name: message.attachmentName }] : [];
      const webhook = await connect();
      try {
        await webhook.send({ username: 'Nano-SRE', embeds: message.embeds, files });
      } catch (error) {
        throw await toChannelError(error);
      }
    },
    close() {
      client?.destroy();
      client = undefined;
    },
  };
}
