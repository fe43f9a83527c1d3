// Ajax Cart API routes (/cart.js, /cart/add|change|update|clear[.js]) and the
// cart page's own form post. Ajax callers get JSON (plus rendered `sections`
// when asked); plain HTML form posts get a 302 to /cart, as Shopify answers.

import { AjaxError, invalidSectionsUrlError, missingItemsError, noValidLineError } from '../cart/ajax-errors.js';
import { cartJson, lineItemJson } from '../cart/cart-json.js';
import { type AddItem, addItems, changeLine, clearCart, updateCart } from '../cart/cart-operations.js';
import { addItemsBody, addSingleBody, changeBody, updateBody } from '../cart/cart-requests.js';
import type { Cart } from '../cart/cart-store.js';
import { type RequestContext, cartForRead, cartForWrite, existingCart, saveNewCart, wantsJson } from '../request-context.js';
import { bodyObject, formEntriesToObject, parseBody } from './request-body.js';
import { redirect, sendHtml, sendJson } from './respond.js';
import { storefrontView } from './page-routes.js';
import { renderSectionMap } from '../themes/section-rendering.js';
import { cartErrorPage } from '../rendering/render-system-pages.js';
import { atc422Fault } from '../faults/atc-422.js';
import { atc500Fault } from '../faults/atc-500.js';
import { leakSecretsFault } from '../faults/leak-secrets.js';
import { cartJsonEmptyFault } from '../faults/cart-json-empty.js';
import { cartJsonHtmlFault } from '../faults/cart-json-html.js';
import { cartJsonMalformedFault } from '../faults/cart-json-malformed.js';

/** The faults that break a read of /cart.js: each answers 200 with something that is not the cart JSON. */
const cartReadFaults = [cartJsonMalformedFault, cartJsonHtmlFault, cartJsonEmptyFault];

interface SectionRequest {
  sections?: string[] | undefined;
  sections_url?: string | undefined;
}

function sectionsFor(context: RequestContext, cart: Cart, request: SectionRequest): Record<string, string | null> | undefined {
  if (!request.sections || request.sections.length === 0) return undefined;
  if (request.sections_url !== undefined && !request.sections_url.startsWith('/')) throw invalidSectionsUrlError();
  return renderSectionMap(context.theme, request.sections, storefrontView(context, cartJson(context.origin, context.catalogue, cart)));
}

async function sendFailure(context: RequestContext, error: AjaxError): Promise<void> {
  if (wantsJson(context)) sendJson(context, error.httpStatus, error.body);
  else await sendHtml(context, error.httpStatus, cartErrorPage(error.body.description));
}

function sendCart(context: RequestContext, cart: Cart, request: SectionRequest): void {
  if (!wantsJson(context)) return redirect(context, '/cart');
  const sections = sectionsFor(context, cart, request);
  sendJson(context, 200, { ...cartJson(context.origin, context.catalogue, cart), ...(sections ? { sections } : {}) });
}

/** Body of a mutation: JSON/form for POST, the query string for the GET links Shopify also accepts. */
async function readInput(context: RequestContext): Promise<Record<string, unknown> | undefined> {
  if (context.method === 'GET') return formEntriesToObject(context.url.searchParams);
  return bodyObject(await parseBody(context.request));
}

async function handleAdd(context: RequestContext): Promise<void> {
  if (await atc500Fault.respondIfFaulted(context)) return;
  const input = await readInput(context);
  const parsed = input && 'items' in input ? addItemsBody.safeParse(input) : addSingleBody.safeParse(input);
  if (!parsed.success) throw missingItemsError();
  const single = !('items' in parsed.data);
  const items: AddItem[] = 'items' in parsed.data ? parsed.data.items : [parsed.data];
  leakSecretsFault.refuseAddIfFaulted(context);
  atc422Fault.refuseAddIfFaulted(context, items);
  // A refused add (unknown or sold-out variant) throws before the cart is saved, so it sets no cookie.
  const existing = existingCart(context);
  const cart = existing ?? context.state.carts.transient();
  const outcome = addItems(cart, context.catalogue, items);
  if (!existing) saveNewCart(context, cart);
  if (outcome.error) throw outcome.error;
  if (!wantsJson(context)) return redirect(context, '/cart');
  const lines = outcome.lines.flatMap((line) => {
    const match = context.catalogue.variantById(line.variantId);
    return match ? [lineItemJson(context.origin, match.product, match.variant, line)] : [];
  });
  const sections = sectionsFor(context, cart, parsed.data);
  const payload = single ? { ...lines[0], ...(sections ? { sections } : {}) } : { items: lines, ...(sections ? { sections } : {}) };
  sendJson(context, 200, payload);
}

async function handleChange(context: RequestContext): Promise<void> {
  const parsed = changeBody.safeParse(await readInput(context));
  if (!parsed.success) throw parsed.error.issues.some((issue) => issue.path[0] === 'quantity') ? missingItemsError() : noValidLineError();
  const request = parsed.data;
  if (request.line === undefined && request.id === undefined) throw noValidLineError();
  const cart = existingCart(context);
  if (!cart) throw noValidLineError();
  const warning = changeLine(cart, context.catalogue, {
    quantity: request.quantity,
    ...(request.line !== undefined ? { line: request.line } : {}),
    ...(request.id !== undefined ? { id: request.id } : {}),
    ...(request.properties ? { properties: request.properties } : {}),
  });
  if (warning) throw warning;
  sendCart(context, cart, request);
}

async function handleUpdate(context: RequestContext): Promise<void> {
  const parsed = updateBody.safeParse(await readInput(context));
  if (!parsed.success) throw missingItemsError();
  const cart = cartForWrite(context);
  updateCart(cart, context.catalogue, {
    ...(parsed.data.updates ? { updates: parsed.data.updates } : {}),
    ...(parsed.data.note !== undefined ? { note: parsed.data.note } : {}),
    ...(parsed.data.attributes ? { attributes: parsed.data.attributes } : {}),
  });
  sendCart(context, cart, parsed.data);
}

async function handleClear(context: RequestContext): Promise<void> {
  const input = (await readInput(context)) ?? {};
  const cart = existingCart(context) ?? context.state.carts.transient();
  clearCart(cart);
  const sections = addSingleBody.shape.sections.safeParse(input.sections);
  sendCart(context, cart, { sections: sections.success ? sections.data : undefined });
}

/** POST /cart from form#cart: apply updates[] and note, then go to checkout or back to the cart. */
async function handleCartFormPost(context: RequestContext): Promise<void> {
  const input = (await readInput(context)) ?? {};
  const parsed = updateBody.safeParse(input);
  const cart = existingCart(context);
  if (cart && parsed.success) {
    updateCart(cart, context.catalogue, {
      ...(parsed.data.updates ? { updates: parsed.data.updates } : {}),
      ...(parsed.data.note !== undefined ? { note: parsed.data.note } : {}),
    });
  }
  redirect(context, 'checkout' in input ? '/checkout' : '/cart');
}

const MUTATIONS: Record<string, (context: RequestContext) => Promise<void>> = {
  add: handleAdd,
  change: handleChange,
  update: handleUpdate,
  clear: handleClear,
};

/** Handles the request if it is a cart route; returns false otherwise. */
export async function handleCartRoute(context: RequestContext): Promise<boolean> {
  const { pathname } = context.url;
  const reading = context.method === 'GET' || context.method === 'HEAD';
  if (reading && (pathname === '/cart.js' || pathname === '/cart.json')) {
    const cart = cartJson(context.origin, context.catalogue, cartForRead(context));
    if (cartReadFaults.some((fault) => fault.respondIfFaulted(context, cart))) return true;
    sendJson(context, 200, cart);
    return true;
  }
  if (context.method === 'POST' && pathname === '/cart') {
    await handleCartFormPost(context);
    return true;
  }
  const match = /^\/cart\/(add|change|update|clear)(\.js|\.json)?$/.exec(pathname);
  const action = match?.[1];
  const handler = action ? MUTATIONS[action] : undefined;
  // GET is accepted for add/change links (e.g. the cart page's no-JS remove link).
  const allowed = context.method === 'POST' || (context.method === 'GET' && (action === 'add' || action === 'change'));
  if (!handler || !allowed) return false;
  try {
    await handler(context);
  } catch (error) {
    if (!(error instanceof AjaxError)) throw error;
    await sendFailure(context, error);
  }
  return true;
}
