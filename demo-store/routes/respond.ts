// Response writers. They add the headers Shopify's edge sends (a monitor uses
// them to tell "reached Shopify" from a proxy error page); HTML pages wait for
// the slow_ttfb fault (faults/slow-ttfb.ts), JSON and assets never do.

import { randomUUID } from 'node:crypto';
import { SHOP } from '../catalogue.js';
import { slowTtfbFault } from '../faults/slow-ttfb.js';
import type { RequestContext } from '../request-context.js';

function shopifyHeaders(context: RequestContext): Record<string, string> {
  return {
    'x-shopid': String(SHOP.id),
    'x-shardid': '300',
    'x-sorting-hat-shopid': String(SHOP.id),
    'x-request-id': randomUUID(),
    'powered-by': 'Shopify',
    'x-content-type-options': 'nosniff',
    ...(context.url.pathname.startsWith('/cdn/') ? {} : { 'cache-control': 'no-cache, no-store' }),
  };
}

export interface HtmlOptions {
  /** Theme-rendered pages carry x-storefront-renderer-rendered: 1. */
  themeRendered?: boolean;
  headers?: Record<string, string>;
}

export async function sendHtml(context: RequestContext, status: number, html: string, options: HtmlOptions = {}): Promise<void> {
  await slowTtfbFault.delayFirstByte(context);
  if (context.response.destroyed) return;
  context.response.writeHead(status, {
    ...shopifyHeaders(context),
    ...(options.themeRendered ? { 'x-storefront-renderer-rendered': '1' } : {}),
    'content-type': 'text/html; charset=utf-8',
    ...options.headers,
  });
  context.response.end(html);
}

export function sendJson(context: RequestContext, status: number, value: unknown): void {
  context.response.writeHead(status, { ...shopifyHeaders(context), 'content-type': 'application/json; charset=utf-8' });
  context.response.end(JSON.stringify(value));
}

export function sendBytes(context: RequestContext, status: number, contentType: string, body: string | Buffer, extraHeaders: Record<string, string> = {}): void {
  context.response.writeHead(status, { ...shopifyHeaders(context), 'content-type': contentType, ...extraHeaders });
  context.response.end(context.method === 'HEAD' ? undefined : body);
}

export function redirect(context: RequestContext, location: string, status = 302): void {
  context.response.writeHead(status, { ...shopifyHeaders(context), location, 'content-type': 'text/html; charset=utf-8' });
  context.response.end(`<html><body>You are being <a href="${location.replace(/"/g, '&quot;')}">redirected</a>.</body></html>`);
}
