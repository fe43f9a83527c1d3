// The endless_page fault: the product page sends its headers and the start of the document, then
// never finishes, as an origin stuck on a slow app proxy or a hung Liquid render can. Closing the
// store ends the connection.

import type { RequestContext } from '../request-context.js';
import type { FaultModule } from './demo-fault.js';

export const endlessPageFault = {
  name: 'endless_page',
  description: 'Every /products/{handle} page answers 200 with its first bytes and never ends the body.',
  expectedFinding: 'A page that never finishes loading: a finding with the step and the time waited (STEP_TIMEOUT_MS), not a hung run.',
  verdict: { status: 'FAIL', code: 'page.never_finished', perTheme: false },
  livesIn: ['faults/endless-page.ts (called by server.ts before the page routes)'],
  endToEnd: { defaultTheme: true, themes: [] },

  /** Called by the server before the routes; true when it (never quite) answered. */
  respondIfFaulted(context: RequestContext): boolean {
    if (!context.faults.has('endless_page') || !/^\/products\/[^/.]+$/.test(context.url.pathname) || context.method !== 'GET') return false;
    context.request.resume();
    context.response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    context.response.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading…</title></head><body>');
    return true;
  },
} satisfies FaultModule<'endless_page'>;
