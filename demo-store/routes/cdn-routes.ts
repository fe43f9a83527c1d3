// Same-domain CDN paths (/cdn/shop/t/{theme}/assets/…, /cdn/wpm/…, /cdn/shop/files/…), the
// favicon, and Shopify's first-party analytics ingest (monorail), which a
// storefront always beacons to and a monitor must not count as third-party.

import { renderProductImage } from '../rendering/product-images.js';
import type { RequestContext } from '../request-context.js';
import { missingImageFault } from '../faults/missing-image.js';
import { cssMissingFault } from '../faults/css-missing.js';
import { bodyObject, parseBody } from './request-body.js';
import { sendBytes, sendJson } from './respond.js';
import { assetFolderFor } from '../themes/theme-registry.js';

const MAX_MONORAIL_EVENTS = 500;
// Assets revalidate on every load so run-time fault switches (missing_image,
// atc_js_error) take effect without a browser cache hiding them.
const CDN_HEADERS = { 'cache-control': 'no-cache', 'access-control-allow-origin': '*' };

const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="#121212"/><text x="16" y="22" font-family="Helvetica,Arial,sans-serif" font-size="16" font-weight="700" fill="#fff" text-anchor="middle">N</text></svg>';

async function recordMonorail(context: RequestContext): Promise<void> {
  const body = await parseBody(context.request);
  const payload = body.kind === 'json' ? body.value : bodyObject(body);
  const events = payload && typeof payload === 'object' && Array.isArray((payload as { events?: unknown }).events) ? ((payload as { events: unknown[] }).events) : [payload];
  const store = context.state.monorailEvents;
  store.push(...events);
  if (store.length > MAX_MONORAIL_EVENTS) store.splice(0, store.length - MAX_MONORAIL_EVENTS);
}

/** Handles CDN, favicon and monorail paths; returns false for other paths. */
export async function handleCdnRoute(context: RequestContext): Promise<boolean> {
  const { pathname } = context.url;
  if (pathname.startsWith('/.well-known/shopify/monorail/')) {
    if (context.method === 'POST') await recordMonorail(context);
    if (pathname.endsWith('/produce_batch')) sendJson(context, 200, { result: [{ status: 200, message: 'ok' }] });
    else sendBytes(context, 204, 'text/plain', '');
    return true;
  }
  if (pathname === '/favicon.ico' || pathname === '/cdn/shop/files/favicon.svg') {
    sendBytes(context, 200, 'image/svg+xml', FAVICON, CDN_HEADERS);
    return true;
  }
  const assetPath = assetFolderFor(pathname);
  if (assetPath) {
    const asset = cssMissingFault.hidesStylesheet(context.faults, assetPath.file) ? undefined : assetPath.folder.find(assetPath.file, context.faults);
    if (asset) sendBytes(context, 200, asset.contentType, asset.body, CDN_HEADERS);
    else sendBytes(context, 404, 'text/plain; charset=utf-8', 'Not Found', CDN_HEADERS);
    return true;
  }
  const fileMatch = /^\/cdn\/shop\/files\/([\w.-]+)$/.exec(pathname);
  if (fileMatch) {
    const svg = missingImageFault.hidesImages(context) ? undefined : renderProductImage(fileMatch[1] ?? '');
    if (svg) sendBytes(context, 200, 'image/svg+xml', svg, CDN_HEADERS);
    else sendBytes(context, 404, 'text/plain; charset=utf-8', 'Not Found', CDN_HEADERS);
    return true;
  }
  if (pathname.startsWith('/cdn/')) {
    sendBytes(context, 404, 'text/plain; charset=utf-8', 'Not Found', CDN_HEADERS);
    return true;
  }
  return false;
}
