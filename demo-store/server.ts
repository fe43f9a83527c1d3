// Entry point of the embedded demo store: a node:http server on loopback that
// routes requests through the gates a real storefront has (store down,
// password) and then to the route modules. Faults are switchable at run time.

import { type Server, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { handleBotChallengeRoute } from './routes/bot-challenge.js';
import { handleCartRoute } from './routes/cart-routes.js';
import { CartStore } from './cart/cart-store.js';
import { handleCatalogueRoute } from './routes/catalogue-routes.js';
import { handleCdnRoute } from './routes/cdn-routes.js';
import { handleCheckoutRoute } from './routes/checkout-routes.js';
import { handleDemoRoute } from './routes/demo-routes.js';
import { handleLocalizationRoute } from './routes/localization-route.js';
import { parseFaultNames } from './faults/fault-registry.js';
import { storeDownFault } from './faults/store-down.js';
import { rateLimitedFault } from './faults/rate-limited.js';
import { redirectLoopFault } from './faults/redirect-loop.js';
import { endlessPageFault } from './faults/endless-page.js';
import { appScriptSlowFault } from './faults/app-script-slow.js';
import { heavyPageFault } from './faults/heavy-page.js';
import { lcpSlowFault } from './faults/lcp-slow.js';
import { handleStorefrontApiRoute } from './routes/storefront-api-route.js';
import { type NoiseKind, parseNoiseKinds } from './noise/noise-kinds.js';
import type { CartType, ThemeName } from './themes/demo-theme.js';
import { themeByName } from './themes/theme-registry.js';
import { handlePageRoute } from './routes/page-routes.js';
import { handlePasswordRoute, redirectIfLocked } from './routes/password-gate.js';
import { type RequestContext, type StoreState, createRequestContext } from './request-context.js';
import { sendHtml } from './routes/respond.js';
import { originErrorPage } from './rendering/render-system-pages.js';
import { handleSeoRoute } from './routes/seo-routes.js';

export interface DemoStoreOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1; the store is meant for loopback only. */
  host?: string;
  faults?: string[];
  /** Storefront password used while the password_page fault is on. Default "nano". */
  password?: string;
  /** The theme the store renders (DEMO_THEME). Default dawn. */
  theme?: ThemeName | string;
  /** Dawn's cart_type setting (DEMO_CART_TYPE). Default notification. */
  cartType?: CartType;
  /** Healthy noise (DEMO_NOISE): popup, consent, chat, market, or all. Default none. */
  noise?: Array<NoiseKind | 'all' | string>;
  /** DEMO_CONSENT_REQUIRED: pixels wait for the cookie banner's answer (the banner is shown). Default false. */
  consentRequired?: boolean;
  /** DEMO_SLOW_TTFB_MS: how long the slow_ttfb fault holds HTML pages. Default 2500. */
  slowTtfbMs?: number;
}

export interface DemoStore {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  port: number;
  setFaults(faults: string[]): void;
  faults(): string[];
  /** The theme's name (dawn, horizon, classic). */
  theme: ThemeName;
  close(): Promise<void>;
}

async function route(context: RequestContext): Promise<void> {
  if (await handleDemoRoute(context)) return;
  if (await storeDownFault.respondIfFaulted(context)) return;
  if (await rateLimitedFault.respondIfFaulted(context)) return;
  // Bot protection sits at Shopify's edge, in front of the password gate and the routes.
  if (await handleBotChallengeRoute(context)) return;
  if (redirectIfLocked(context)) return;
  if (await handlePasswordRoute(context)) return;
  // Files the CDN or an app's own server delivers slowly or heavily (faults), before the ordinary CDN routes.
  if ((await appScriptSlowFault.respondIfFaulted(context)) || heavyPageFault.respondIfFaulted(context) || (await lcpSlowFault.respondIfFaulted(context))) return;
  if (await handleCdnRoute(context)) return;
  if (await handleStorefrontApiRoute(context)) return;
  if (handleSeoRoute(context)) return;
  if (redirectLoopFault.respondIfFaulted(context) || endlessPageFault.respondIfFaulted(context)) return;
  if (handleCatalogueRoute(context)) return;
  if (await handleCartRoute(context)) return;
  if (await handleLocalizationRoute(context)) return;
  if (await handleCheckoutRoute(context)) return;
  await handlePageRoute(context);
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startDemoStore(options: DemoStoreOptions = {}): Promise<DemoStore> {
  const host = options.host ?? '127.0.0.1';
  const state: StoreState = {
    faults: new Set(parseFaultNames(options.faults ?? [])),
    theme: themeByName(options.theme),
    cartType: options.cartType ?? 'notification',
    // Where consent is required the banner is always there to ask for it.
    noise: new Set([...parseNoiseKinds(options.noise ?? []), ...(options.consentRequired ? (['consent'] as const) : [])]),
    consentRequired: options.consentRequired ?? false,
    slowTtfbMs: options.slowTtfbMs ?? 2500,
    password: options.password ?? 'nano',
    carts: new CartStore(),
    pendingDelays: new Set(),
    monorailEvents: [],
    paymentAttempts: [],
  };
  const sockets = new Set<Socket>();
  let fallbackHost = host;
  const server = createServer((request, response) => {
    const context = createRequestContext(request, response, state, fallbackHost);
    route(context).catch((error: unknown) => {
      console.error('[demo-store]', request.method, request.url, error);
      if (!response.headersSent) void sendHtml(context, 500, originErrorPage());
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const address = await listen(server, options.port ?? 0, host);
  fallbackHost = `${host}:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    theme: state.theme.name,
    setFaults(faults: string[]) {
      const names = parseFaultNames(faults);
      state.faults.clear();
      for (const name of names) state.faults.add(name);
    },
    faults: () => [...state.faults],
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const pending of state.pendingDelays) {
          clearTimeout(pending.timer);
          pending.finish();
        }
        state.pendingDelays.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
