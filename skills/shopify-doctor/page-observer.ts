// What happened on each page the doctor audits, as the browser saw it: uncaught errors and console
// errors with the script that raised them, and every request with its status, time, size and, for
// Shopify's APIs, whether a 200 carried GraphQL errors. Analytics beacons are left out: the monitor
// answered them itself.
import type { ConsoleMessage, Page, Request } from '@playwright/test';
import { analyticsVendor } from '../../fixtures/analytics-interception';

export interface ObservedError {
  page: string;
  kind: 'uncaught' | 'console';
  message: string;
  /** The script the error came from (its stack or console location); null for inline code. */
  scriptUrl: string | null;
}

export interface ObservedRequest {
  page: string;
  url: string;
  method: string;
  resourceType: string;
  /** null when the request failed without an answer. */
  status: number | null;
  failure: string | null;
  durationMs: number | null;
  bytes: number | null;
  /** A Storefront API answer that was 200 with an `errors` array: its first message. */
  graphqlError: string | null;
}

/** Storefront GraphQL: `/api/2025-07/graphql.json` (and the unversioned form). */
export const storefrontGraphql = /\/api\/(?:\d{4}-\d{2}\/|unstable\/)?graphql(\.json)?$/;

function scriptOfStack(stack: string | undefined): string | null {
  const match = /(https?:\/\/[^\s)]+?\.js)(?:\?[^\s):]*)?:\d+:\d+/.exec(stack ?? '');
  return match ? match[1] : null;
}

export class PageObserver {
  readonly errors: ObservedError[] = [];
  readonly requests: ObservedRequest[] = [];
  private current = 'home';
  private pending: Array<Promise<void>> = [];

  constructor(private readonly measureBytesOf: (url: string) => boolean) {}

  /** The page label every later event belongs to. */
  enter(page: string): void {
    this.current = page;
  }

  attach(page: Page): void {
    page.on('pageerror', (error) => this.errors.push({ page: this.current, kind: 'uncaught', message: `${error.name}: ${error.message}`, scriptUrl: scriptOfStack(error.stack) }));
    page.on('console', (message) => this.onConsole(message));
    page.on('requestfinished', (request) => void this.track(this.onFinished(request, this.current)));
    page.on('requestfailed', (request) => {
      // ERR_ABORTED: the page was left while the request was under way (the journey moved on), not a failure.
      if (analyticsVendor(request.url()) || request.failure()?.errorText === 'net::ERR_ABORTED') return;
      this.requests.push({ page: this.current, url: request.url(), method: request.method(), resourceType: request.resourceType(), status: null, failure: request.failure()?.errorText ?? 'failed', durationMs: null, bytes: null, graphqlError: null });
    });
  }

  /** Waits for the reads still under way (sizes, GraphQL bodies). */
  async settle(): Promise<void> {
    while (this.pending.length) await Promise.all(this.pending.splice(0));
  }

  private track(work: Promise<void>): void {
    this.pending.push(work.catch(() => undefined));
  }

  private onConsole(message: ConsoleMessage): void {
    if (message.type() !== 'error') return;
    const location = message.location().url || null;
    this.errors.push({ page: this.current, kind: 'console', message: message.text().slice(0, 500), scriptUrl: location && /^https?:/.test(location) ? location : null });
  }

  private async onFinished(request: Request, page: string): Promise<void> {
    if (analyticsVendor(request.url())) return;
    const response = await request.response();
    const timing = request.timing();
    const durationMs = timing.responseEnd > 0 ? timing.responseEnd : null;
    const bytes = this.measureBytesOf(request.url()) ? (await request.sizes()).responseBodySize : null;
    let graphqlError: string | null = null;
    if (response && response.ok() && storefrontGraphql.test(new URL(request.url()).pathname)) {
      const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
      if (Array.isArray(body?.errors) && body.errors.length) graphqlError = String(body.errors[0]?.message ?? 'errors');
    }
    this.requests.push({ page, url: request.url(), method: request.method(), resourceType: request.resourceType(), status: response?.status() ?? null, failure: null, durationMs, bytes, graphqlError });
  }
}
