// What a channel throws when a message did not get through: small named classes whose one-line
// message says what was called and what came back, and whose isRetryable the outbox acts on.
export abstract class ChannelDeliveryError extends Error {
  abstract readonly isRetryable: boolean;
  /** From a 429's Retry-After (or Discord's retry_after): when the receiver wants the next try. */
  readonly retryAfterMs?: number;

  constructor(message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** 408, 409, 429 and 5xx are worth another try; any other 4xx will fail the same way again. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

export class ChannelHttpError extends ChannelDeliveryError {
  override name = 'ChannelHttpError';
  readonly isRetryable: boolean;

  constructor(
    readonly channel: string,
    readonly status: number,
    detail: string,
    options: { retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(`${channel} answered HTTP ${status}${detail ? `: ${detail.slice(0, 200)}` : ''}`, options);
    this.isRetryable = isRetryableStatus(status);
  }
}

/** Refused, reset, DNS, timed out: the receiver may be back later. */
export class ChannelNetworkError extends ChannelDeliveryError {
  override name = 'ChannelNetworkError';
  readonly isRetryable = true;

  constructor(
    readonly channel: string,
    cause: unknown,
  ) {
    super(`${channel} could not be reached: ${describeCause(cause)}`, { cause });
  }
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause instanceof Error ? cause.cause : undefined;
  const code = (inner as { code?: string } | undefined)?.code ?? (cause as { code?: string }).code;
  if (cause.name === 'AbortError' || cause.name === 'TimeoutError') return 'timed out';
  return [cause.message, code && !cause.message.includes(code) ? code : ''].filter(Boolean).join(' ');
}

/** Retry-After is seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
