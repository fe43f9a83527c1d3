// The channel seam: the outbox hands a channel one stored alert (event + screenshot bytes) at a time;
// a channel builds its message with a pure builder and only moves bytes, throwing ChannelDeliveryError.
import type { AlertEvent } from '../../core/alert-event';

export const channelKinds = ['stdout', 'discord', 'slack', 'webhook'] as const;
export type ChannelKind = (typeof channelKinds)[number];

export interface AlertScreenshot {
  name: string;
  png: Buffer;
}

export interface AlertDelivery {
  event: AlertEvent;
  screenshot?: AlertScreenshot;
}

export interface AlertChannel {
  kind: ChannelKind;
  /** For summaries and logs, never containing the secret part of a URL. */
  label: string;
  send(delivery: AlertDelivery, signal: AbortSignal): Promise<void>;
  /** Releases clients (discord.js) so the process can exit. */
  close?(): void;
}
