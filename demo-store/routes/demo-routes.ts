// /__demo/*: the test bed's control plane. Never affected by faults or the
// password, so tests can always switch faults and read what the store saw.

import { faultListBody } from '../cart/cart-requests.js';
import { faultRegistryJson, parseFaultNames } from '../faults/fault-registry.js';
import type { RequestContext } from '../request-context.js';
import { parseBody } from './request-body.js';
import { sendJson } from './respond.js';

function currentFaults(context: RequestContext): string[] {
  return [...context.state.faults];
}

async function replaceFaults(context: RequestContext): Promise<void> {
  const body = await parseBody(context.request);
  const value = body.kind === 'json' && body.value && typeof body.value === 'object' && !Array.isArray(body.value) ? (body.value as { faults?: unknown }).faults : body.kind === 'json' ? body.value : undefined;
  const parsed = faultListBody.safeParse(value);
  if (!parsed.success) {
    sendJson(context, 400, { error: 'expected a JSON array of fault names, e.g. ["atc_500"]' });
    return;
  }
  try {
    const names = parseFaultNames(parsed.data);
    context.state.faults.clear();
    for (const name of names) context.state.faults.add(name);
    sendJson(context, 200, currentFaults(context));
  } catch (error) {
    sendJson(context, 400, { error: (error as Error).message });
  }
}

/** Handles /__demo/* routes; returns false for other paths. */
export async function handleDemoRoute(context: RequestContext): Promise<boolean> {
  const { pathname } = context.url;
  if (!pathname.startsWith('/__demo/')) return false;
  const route = `${context.method} ${pathname}`;
  switch (route) {
    case 'GET /__demo/health':
      sendJson(context, 200, { ok: true, faults: currentFaults(context) });
      return true;
    case 'GET /__demo/faults':
      sendJson(context, 200, currentFaults(context));
      return true;
    case 'POST /__demo/faults':
    case 'PUT /__demo/faults':
      await replaceFaults(context);
      return true;
    case 'GET /__demo/fault-registry':
      sendJson(context, 200, faultRegistryJson());
      return true;
    case 'GET /__demo/monorail':
      sendJson(context, 200, context.state.monorailEvents);
      return true;
    case 'GET /__demo/payments':
      sendJson(context, 200, context.state.paymentAttempts);
      return true;
    case 'GET /__demo/carts':
      sendJson(context, 200, context.state.carts.summaries());
      return true;
    case 'POST /__demo/reset':
      context.request.resume();
      context.state.carts.clearAll();
      context.state.monorailEvents.length = 0;
      context.state.paymentAttempts.length = 0;
      sendJson(context, 200, { ok: true });
      return true;
    default:
      context.request.resume();
      sendJson(context, 404, { error: `unknown demo route ${route}` });
      return true;
  }
}
