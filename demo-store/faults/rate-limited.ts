// The rate_limited fault: Shopify's edge rate-limits the visitor, answering every storefront request with
// 429 and Retry-After: 2 (a monitor run too often, or from an IP shared with abusive traffic). The store
// works for shoppers; the monitor must back off once and then say it was blocked, never "store down".
import type { RequestContext } from '../request-context.js';
import { sendHtml } from '../routes/respond.js';
import type { FaultModule } from './demo-fault.js';

const RETRY_AFTER_SECONDS = '2';

export const rateLimitedFault = {
  name: 'rate_limited',
  description: 'Every storefront URL (pages, JSON, assets) answers 429 Too Many Requests with Retry-After: 2.',
  expectedFinding: 'store.blocked_monitor: rate limited even after backing off once for Retry-After; never store.unavailable.',
  verdict: { status: 'FAIL', code: 'store.blocked_monitor', perTheme: false },
  livesIn: ['faults/rate-limited.ts (called by server.ts before every other route)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/resilience/misbehaving-store.test.ts' },
  /** How many page loads of the home page a browser made, for the test that proves the shopper retried only once. */
  refused: 0,

  async respondIfFaulted(context: RequestContext): Promise<boolean> {
    if (!context.faults.has('rate_limited')) return false;
    context.request.resume();
    if (context.url.pathname === '/' && context.request.headers['sec-fetch-mode'] === 'navigate') rateLimitedFault.refused += 1;
    await sendHtml(context, 429, '<!doctype html><html lang="en"><head><title>Too Many Requests</title></head><body><h1>Too Many Requests</h1><p>Please slow down and try again in a moment.</p></body></html>', { headers: { 'retry-after': RETRY_AFTER_SECONDS } });
    return true;
  },
} satisfies FaultModule<'rate_limited'>;
