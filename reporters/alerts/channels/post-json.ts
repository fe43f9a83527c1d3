// The one HTTP call Slack and the generic webhook need: POST a JSON body, time-boxed, and turn
// every way it can go wrong into a ChannelDeliveryError the outbox knows how to retry.
import { ChannelHttpError, ChannelNetworkError, parseRetryAfter } from '../delivery-errors';

export interface PostJsonRequest {
  channel: string;
  url: string;
  body: string;
  headers?: Record<string, string>;
  signal: AbortSignal;
  timeoutMs?: number;
}

export async function postJson(request: PostJsonRequest): Promise<void> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'nano-sre', ...request.headers },
      body: request.body,
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(request.timeoutMs ?? 10_000)]),
    });
  } catch (error) {
    throw new ChannelNetworkError(request.channel, error);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    throw new ChannelHttpError(request.channel, response.status, text, { retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
  }
}
