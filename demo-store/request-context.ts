// What every route handler receives: the raw request/response, the parsed URL,
// cookies, the catalogue as the active faults shape it, and the cart behind the
// `cart` cookie. Shared mutable state (faults, carts) lives in StoreState.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Catalogue, catalogueFor } from './catalogue.js';
import type { Cart, CartStore } from './cart/cart-store.js';
import type { FaultName } from './faults/fault-registry.js';
import { splitLocalePrefix } from './locale-prefix.js';
import type { NoiseKind } from './noise/noise-kinds.js';
import type { CartType, DemoTheme } from './themes/demo-theme.js';
import { chooseTheme } from './theme-preview.js';

export interface StoreState {
  faults: Set<FaultName>;
  theme: DemoTheme;
  /** Dawn's cart_type setting (notification, drawer, page). */
  cartType: CartType;
  noise: ReadonlySet<NoiseKind>;
  /** DEMO_CONSENT_REQUIRED: the visitor's region needs consent, so pixels wait for the banner's answer. */
  consentRequired: boolean;
  /** DEMO_SLOW_TTFB_MS: how long slow_ttfb holds HTML pages. */
  slowTtfbMs: number;
  password: string;
  carts: CartStore;
  /** Timers of slow_ttfb responses, cancelled on close so the process can exit at once. */
  pendingDelays: Set<{ timer: NodeJS.Timeout; finish: () => void }>;
  /** Recent monorail beacons, readable at /__demo/monorail for tests. */
  monorailEvents: unknown[];
  /** Every attempt to pay (a POST under /checkouts/): a synthetic shopper must never make one. */
  paymentAttempts: Array<{ path: string; at: string }>;
}

export interface RequestContext {
  request: IncomingMessage;
  response: ServerResponse;
  /** The request URL with any locale prefix removed, so routes match `/cart/add.js` under `/en-ca/` too. */
  url: URL;
  /** The path as the browser asked for it, locale prefix included (Liquid's `request.path`). */
  requestPath: string;
  /** `window.Shopify.routes.root`: `/`, or `/en-ca/` under that prefix. */
  routesRoot: string;
  method: string;
  /** Host header as the browser sent it (e.g. 127.0.0.1:4311). */
  host: string;
  /** http://host, used wherever Shopify prints absolute shop URLs. */
  origin: string;
  cookies: Map<string, string>;
  state: StoreState;
  faults: ReadonlySet<FaultName>;
  catalogue: Catalogue;
  /** The published theme, or the one `?preview_theme_id=` / the preview cookie names. */
  theme: DemoTheme;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    const name = part.slice(0, separator).trim();
    const raw = part.slice(separator + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

export function createRequestContext(request: IncomingMessage, response: ServerResponse, state: StoreState, fallbackHost: string): RequestContext {
  const host = request.headers.host ?? fallbackHost;
  const faults: ReadonlySet<FaultName> = new Set(state.faults);
  const url = new URL(request.url ?? '/', `http://${host}`);
  const requestPath = url.pathname;
  const localized = splitLocalePrefix(requestPath);
  url.pathname = localized.path;
  const cookies = parseCookies(request.headers.cookie);
  const themeChoice = chooseTheme(url.searchParams, cookies, state.theme);
  if (themeChoice.setCookie) response.appendHeader('set-cookie', themeChoice.setCookie);
  return {
    request,
    response,
    url,
    requestPath,
    routesRoot: localized.root,
    method: (request.method ?? 'GET').toUpperCase(),
    host,
    origin: `http://${host}`,
    cookies,
    state,
    faults,
    catalogue: catalogueFor(faults),
    theme: themeChoice.theme,
  };
}

/** The cart behind the cookie, if any. */
export function existingCart(context: RequestContext): Cart | undefined {
  return context.state.carts.find(context.cookies.get('cart'));
}

/** The cart to read: the cookie's cart, or an empty unsaved one (no cookie is set on reads). */
export function cartForRead(context: RequestContext): Cart {
  return existingCart(context) ?? context.state.carts.transient();
}

/** Stores a cart built for this request and sets the `cart` cookie, as Shopify does on first write. */
export function saveNewCart(context: RequestContext, cart: Cart): void {
  context.state.carts.save(cart);
  context.cookies.set('cart', cart.token);
  context.response.appendHeader('set-cookie', `cart=${encodeURIComponent(cart.token)}; Path=/; Max-Age=1209600; SameSite=Lax`);
  context.response.appendHeader('set-cookie', `cart_ts=${Math.floor(Date.now() / 1000)}; Path=/; Max-Age=1209600; SameSite=Lax`);
}

/** The cart to write: the cookie's cart, or a new one saved with its cookie. */
export function cartForWrite(context: RequestContext): Cart {
  const existing = existingCart(context);
  if (existing) return existing;
  const cart = context.state.carts.transient();
  saveNewCart(context, cart);
  return cart;
}

/** True when the caller wants JSON back (Ajax), not an HTML redirect (plain form post). */
export function wantsJson(context: RequestContext): boolean {
  if (context.url.pathname.endsWith('.js') || context.url.pathname.endsWith('.json')) return true;
  const headers = context.request.headers;
  if (headers['x-requested-with'] === 'XMLHttpRequest') return true;
  const accept = String(headers.accept ?? '');
  if (/application\/(json|javascript)|text\/javascript/.test(accept)) return true;
  return String(headers['content-type'] ?? '').includes('application/json');
}
