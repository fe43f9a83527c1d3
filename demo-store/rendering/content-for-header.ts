// What Liquid's {{ content_for_header }} injects on every theme page: the
// `Shopify` and `ShopifyAnalytics` globals, `__st`, shopify-features, and the
// web-pixels-manager setup whose webPixelsConfigList names the store's pixels.
// Monitors detect Shopify and read pixel ids from exactly these.

import { randomUUID } from 'node:crypto';
import { SHOP } from '../catalogue.js';
import type { CartJson } from '../cart/cart-json.js';
import { escapeHtml, jsonForScript } from './html.js';
import { type PixelEvent, pixelCart } from './pixel-payloads.js';
import { webPixelsAssets } from './platform-assets.js';
import { DEMO_FAULTS, type FaultName } from '../faults/fault-registry.js';
import { isPixelRuntimeFault } from '../faults/pixel-runtime-fault.js';
import { splitLocalePrefix } from '../locale-prefix.js';
import type { ThemeIdentity } from '../themes/demo-theme.js';

export const GA4_MEASUREMENT_ID = 'G-DEMO12345';
export const META_PIXEL_ID = '1234567890';
export const TIKTOK_PIXEL_CODE = 'CDEMO0TIKTOK0PIXEL00';

export interface HeaderGlobalsInput {
  origin: string;
  host: string;
  /** The path as requested; a locale prefix in it (`/en-ca/…`) becomes `Shopify.routes.root`. */
  path: string;
  pageType: string;
  resourceType?: string;
  resourceId?: number;
  /** ShopifyAnalytics.meta.product on product pages. */
  analyticsProduct?: Record<string, unknown>;
  cart: CartJson;
  pixelEvents: PixelEvent[];
  checkout?: Record<string, unknown>;
  faults: ReadonlySet<FaultName>;
  /** The published theme; checkout and Shopify's own pages print the main theme too. */
  theme: ThemeIdentity;
  /** DEMO_CONSENT_REQUIRED: the pixels runtime waits for the visitor's answer. */
  consentRequired?: boolean;
}

/** The store's pixels as Shopify's own channel apps register them (configuration is a JSON string). */
function webPixelsConfigList(faults: ReadonlySet<FaultName>) {
  // ga4_missing_add_to_cart: the channel's event mapping lost add_to_cart.
  const mapped = ['begin_checkout', 'page_view', 'add_to_cart', 'view_item'].filter((type) => !(type === 'add_to_cart' && faults.has('ga4_missing_add_to_cart')));
  const googleConfig = { google_tag_ids: [GA4_MEASUREMENT_ID], target_country: 'US', gtag_events: mapped.map((type) => ({ type, action_label: GA4_MEASUREMENT_ID })) };
  return [
    { id: '1012345678', name: 'Google & YouTube', configuration: JSON.stringify({ config: JSON.stringify(googleConfig) }), eventPayloadVersion: 'v1', runtimeContext: 'OPEN', scriptVersion: '0.0.1', type: 'APP', apiClientId: 1780363, privacyPurposes: [] },
    { id: '1012345679', name: 'Facebook & Instagram', configuration: JSON.stringify({ pixel_id: META_PIXEL_ID, pixel_type: 'facebook_pixel' }), eventPayloadVersion: 'v1', runtimeContext: 'OPEN', scriptVersion: '0.0.1', type: 'APP', apiClientId: 2329312, privacyPurposes: ['ANALYTICS', 'MARKETING', 'SALE_OF_DATA'] },
    { id: '1012345680', name: 'TikTok', configuration: JSON.stringify({ pixelCode: TIKTOK_PIXEL_CODE }), eventPayloadVersion: 'v1', runtimeContext: 'OPEN', scriptVersion: '0.0.1', type: 'APP', apiClientId: 4383523, privacyPurposes: ['ANALYTICS', 'MARKETING', 'SALE_OF_DATA'] },
  ];
}

export function renderContentForHeader(input: HeaderGlobalsInput): string {
  const localized = splitLocalePrefix(input.path);
  const shopifyGlobals = {
    shop: SHOP.domain,
    locale: localized.locale,
    currency: { active: SHOP.currency, rate: '1.0' },
    country: 'US',
    theme: { ...input.theme, role: 'main' },
    routes: { root: localized.root },
    cdnHost: `${input.host}/cdn`,
  };
  const analyticsMeta = {
    currency: SHOP.currency,
    page: { pageType: input.pageType, resourceType: input.resourceType ?? null, resourceId: input.resourceId ?? null, requestId: randomUUID() },
    ...(input.analyticsProduct ? { product: input.analyticsProduct } : {}),
  };
  const st = { a: SHOP.id, offset: -18000, reqid: analyticsMeta.page.requestId, pageurl: `${input.host}${input.path}`, u: randomUUID().slice(0, 12), p: input.pageType, ...(input.resourceType ? { rtyp: input.resourceType, rid: input.resourceId } : {}) };
  const pixelsConfig = {
    shopId: SHOP.id,
    storefrontBaseUrl: input.origin,
    monorailEndpoint: '/.well-known/shopify/monorail/unstable/produce_batch',
    monorailRegion: 'shop_domain',
    surface: input.pageType === 'checkout' ? 'checkout-one' : 'storefront-renderer',
    webPixelsConfigList: webPixelsConfigList(input.faults),
    consentRequired: input.consentRequired ?? false,
    // The demo store's own switch for its pixel faults (faults/pixel-runtime-fault.ts); no real store has it.
    demoFaults: DEMO_FAULTS.filter((fault) => isPixelRuntimeFault(fault) && input.faults.has(fault.name)).map((fault) => fault.name),
    initData: {
      shop: { name: SHOP.name, paymentSettings: { currencyCode: SHOP.currency }, myshopifyDomain: SHOP.domain, countryCode: 'US', storefrontUrl: input.origin },
      customer: null,
      cart: pixelCart(input.cart),
      checkout: input.checkout ?? null,
      productVariants: [] as unknown[],
      purchasingCompany: null,
    },
    events: input.pixelEvents,
  };
  return `<meta name="shopify-checkout-api-token" content="0d1f3c9a8b7e6d5c4b3a29180716f5e4">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/${SHOP.id}/digital_wallets/dialog">
<script id="shopify-features" type="application/json">${jsonForScript({ accessToken: '0d1f3c9a8b7e6d5c4b3a29180716f5e4', betas: ['rich-media-storefront-analytics'], domain: input.host, predictiveSearch: true, shopId: SHOP.id, locale: 'en' })}</script>
<script>var Shopify = Shopify || {};
Object.assign(Shopify, ${jsonForScript(shopifyGlobals)});
Shopify.analytics = Shopify.analytics || { replayQueue: [], initialized: false, publish: function (name, data, options) { Shopify.analytics.replayQueue.push([name, data, options]); } };
Shopify.designMode = false;</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
window.ShopifyAnalytics.meta = Object.assign(window.ShopifyAnalytics.meta, ${jsonForScript(analyticsMeta)});
window.ShopifyAnalytics.lib = window.trekkie = window.trekkie || [];
var __st = ${jsonForScript(st)};</script>
<script id="web-pixels-manager-setup">(function (config) {
  window.webPixelsManager = { config: config, init: config.initData, subscribers: [], loaded: false };
})(${jsonForScript(pixelsConfig)});</script>
<script src="${escapeHtml(webPixelsAssets.url('pixels.js', input.faults))}" async></script>`;
}
