// Delivers what is due in the outbox: channels in parallel, each channel's alerts in order, with
// retries and backoff (p-retry), Retry-After honoured, the whole pass time-boxed so a run always ends.
import { setTimeout as sleep } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import pRetry, { AbortError } from 'p-retry';
import { claimRow, listDueRows, readScreenshot, settleHeldAndStale, settleRow, type OutboxRow } from '../../db/alert-outbox-queries';
import type { AlertChannel, ChannelKind } from './alert-channel';
import { alertEventSchema } from '../../core/alert-event';
import type { ChannelSet } from './channel-registry';
import { ChannelDeliveryError } from './delivery-errors';
import { errorText } from '../../core/error-text';

export interface DeliveryOptions {
  /** The whole pass, every channel included, ends within this. */
  timeBoxMs: number;
  now?: () => Date;
  /** Tries after the first, within this pass. */
  retries?: number;
  minBackoffMs?: number;
  /** Pending alerts older than this are stale news and expire. */
  maxAgeMs?: number;
  /** Settled alerts older than this are deleted (RETENTION_DAYS). */
  retentionDays?: number;
}

export interface ChannelReport {
  channel: string;
  label: string;
  delivered: number;
  /** Still pending: retried by the next run or `nano-sre alerts flush`. */
  waiting: number;
  /** Refused for good (a 4xx other than 408/409/429). */
  rejected: number;
  error?: string;
}

export interface DeliveryReport {
  channels: ChannelReport[];
  expired: number;
}

const day = 86_400_000;

interface Pass {
  database: Database.Database;
  signal: AbortSignal;
  deadline: number;
  options: DeliveryOptions;
  now: () => Date;
}

/** Sends one row with in-pass retries; resolves to how it ended, never throws. */
type RowOutcome = { delivered: true } | { delivered: false; gaveUp: boolean; error: string };

async function sendRow(pass: Pass, channel: AlertChannel, row: OutboxRow): Promise<RowOutcome> {
  const event = alertEventSchema.parse(JSON.parse(row.event));
  const screenshot = event.screenshotName ? readScreenshot(pass.database, row.alert_id) : undefined;
  let attempts = 0;
  try {
    await pRetry(
      async () => {
        attempts += 1;
        try {
          await channel.send({ event, screenshot }, pass.signal);
        } catch (error) {
          // A 400 or 404 will not change by asking again.
          if (error instanceof ChannelDeliveryError && !error.isRetryable) throw new AbortError(error);
          throw error;
        }
      },
      {
        retries: pass.options.retries ?? 3,
        minTimeout: pass.options.minBackoffMs ?? 500,
        factor: 2,
        signal: pass.signal,
        onFailedAttempt: async (error) => {
          const wait = error instanceof ChannelDeliveryError ? error.retryAfterMs : undefined;
          if (wait === undefined) return;
          // The receiver asked for a pause longer than this pass has left: the next run keeps the appointment.
          if (Date.now() + wait >= pass.deadline) throw error;
          await sleep(wait, undefined, { signal: pass.signal });
        },
      },
    );
    settleRow(pass.database, row.id, { status: 'delivered', attempts, at: pass.now().toISOString() });
    return { delivered: true };
  } catch (error) {
    const at = pass.now();
    if (error instanceof ChannelDeliveryError && !error.isRetryable) {
      settleRow(pass.database, row.id, { status: 'failed', attempts, at: at.toISOString(), error: errorText(error) });
      return { delivered: false, gaveUp: true, error: errorText(error) };
    }
    const retryAfterMs = error instanceof ChannelDeliveryError ? (error.retryAfterMs ?? 0) : 0;
    const nextAttemptAt = new Date(at.getTime() + retryAfterMs).toISOString();
    settleRow(pass.database, row.id, { status: 'pending', attempts, at: at.toISOString(), nextAttemptAt, error: errorText(error) });
    return { delivered: false, gaveUp: false, error: errorText(error) };
  }
}

async function deliverChannel(pass: Pass, kind: string, channel: AlertChannel | undefined, rows: OutboxRow[]): Promise<ChannelReport> {
  const report: ChannelReport = { channel: kind, label: channel?.label ?? kind, delivered: 0, waiting: 0, rejected: 0 };
  if (!channel) {
    // Kept, not dropped: the process that flushes may simply lack this channel's settings.
    return { ...report, waiting: rows.length, error: `${kind} is not configured here, so its alerts wait` };
  }
  for (const [index, row] of rows.entries()) {
    if (pass.signal.aborted) {
      report.waiting += rows.length - index;
      report.error ??= 'delivery ran out of time';
      break;
    }
    const now = pass.now();
    const leaseUntil = new Date(now.getTime() + (pass.deadline - Date.now()) + 60_000).toISOString();
    if (!claimRow(pass.database, row, now.toISOString(), leaseUntil)) continue; // another process has it
    const outcome = await sendRow(pass, channel, row);
    if (outcome.delivered) {
      report.delivered += 1;
      continue;
    }
    report.error = outcome.error;
    if (outcome.gaveUp) {
      report.rejected += 1;
      continue;
    }
    // The channel is down: keep the rest for later, in order, rather than hammering it.
    report.waiting += rows.length - index;
    break;
  }
  return report;
}

export async function deliverOutbox(database: Database.Database, channels: ChannelSet, options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const start = now();
  const { expired } = settleHeldAndStale(
    database,
    start.toISOString(),
    new Date(start.getTime() - (options.maxAgeMs ?? day)).toISOString(),
    new Date(start.getTime() - (options.retentionDays ?? 90) * day).toISOString(),
  );
  const byChannel = new Map<string, OutboxRow[]>();
  for (const row of listDueRows(database, start.toISOString())) byChannel.set(row.channel, [...(byChannel.get(row.channel) ?? []), row]);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`alert delivery stopped after ${options.timeBoxMs} ms`)), options.timeBoxMs);
  const pass: Pass = { database, signal: controller.signal, deadline: Date.now() + options.timeBoxMs, options, now };
  try {
    const reports = await Promise.all(
      [...byChannel].map(([kind, rows]) => deliverChannel(pass, kind, channels.get(kind as ChannelKind), rows)),
    );
    return { channels: reports, expired };
  } finally {
    clearTimeout(timer);
  }
}
