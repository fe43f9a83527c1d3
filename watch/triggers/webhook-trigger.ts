// What every webhook route shares, in the order that keeps it safe: bound the body (413), verify the
// signature over the raw bytes (401), drop a delivery id seen before, and only then parse and decide.
import type { IncomingHttpHeaders } from 'node:http';
import { BodyTooLargeError, readRawBody } from '../http/read-body';
import { sendJson, type Router } from '../http/router';
import type { RequestRun, RunRequest } from '../run-request';
import type { Trigger } from './trigger';

/** After verification: run something, or answer without a run (ping, an event we do not act on). */
export type HookDecision = { kind: 'run'; request: RunRequest } | { kind: 'answer'; status: number; body: Record<string, unknown> };

export interface WebhookDefinition {
  name: string;
  path: string;
  verify(body: Buffer, headers: IncomingHttpHeaders): boolean;
  /** The sender's delivery id; a repeated one is answered 200 and ignored. */
  deliveryId?(headers: IncomingHttpHeaders): string | undefined;
  decide(body: Buffer, headers: IncomingHttpHeaders): HookDecision;
}

/** The last ids seen, oldest forgotten first: enough to catch a redelivery, bounded in memory. */
export class ReplayGuard {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True the first time an id is offered. */
  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.values().next().value as string);
    return true;
  }
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function parseJson(body: Buffer): unknown {
  try {
    return body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return undefined;
  }
}

export function createWebhookTrigger(definition: WebhookDefinition, router: Router, log: (line: string) => void): Trigger {
  const replays = new ReplayGuard();
  let remove: (() => void) | undefined;
  return {
    name: definition.name,
    start(requestRun: RequestRun) {
      remove = router.add('POST', definition.path, async (request, response) => {
        let body: Buffer;
        try {
          body = await readRawBody(request);
        } catch (error) {
          if (!(error instanceof BodyTooLargeError)) throw error;
          log(`${definition.name}: refused a body ${error.message} (413)`);
          return sendJson(response, 413, { error: 'payload too large (limit 1 MiB)' }, { connection: 'close' });
        }
        if (!definition.verify(body, request.headers)) {
          log(`${definition.name}: refused a request with a missing or wrong signature (401)`);
          return sendJson(response, 401, { error: 'missing or invalid signature' });
        }
        const id = definition.deliveryId?.(request.headers);
        if (id !== undefined && !replays.firstTime(id)) {
          log(`${definition.name}: delivery ${id} was already received; ignored`);
          return sendJson(response, 200, { ignored: 'delivery already received', delivery: id });
        }
        const decision = definition.decide(body, request.headers);
        if (decision.kind === 'answer') return sendJson(response, decision.status, decision.body);
        const run = requestRun(decision.request);
        sendJson(response, run === 'refused' ? 503 : 202, { run, trigger: decision.request.trigger });
      });
    },
    stop() {
      remove?.();
    },
  };
}
