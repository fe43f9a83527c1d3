// Every captured hit decoded into one normalised event per vendor event: vendor, vendor id, the funnel
// event it stands for (GA4's vocabulary), currency, value in major units, item ids and the page it is
// about. One decoder per vendor, each reading the wire format that vendor's tag really sends
// (SHOPIFY-FACTS §4): GA4 batches hits one per line in a POST body, Meta puts `cd[...]` in the query
// or a form body, TikTok and monorail send JSON.
import type { DataLayerPush, PixelHit } from '../../fixtures/analytics-interception';
import type { PixelVendor } from '../../core/pixel-vendors';

/** The funnel events every vendor's own name maps to. */
export const funnelEvents = ['page_view', 'view_item', 'add_to_cart', 'view_cart', 'begin_checkout'] as const;
export type FunnelEvent = (typeof funnelEvents)[number];

export interface PixelEvent {
  vendor: PixelVendor | 'datalayer';
  /** G-…, the Meta pixel id, the TikTok pixel code…; null where the vendor has none (Shopify). */
  vendorId: string | null;
  /** A funnel event, or the vendor's own name when it is not one. */
  name: FunnelEvent | string;
  /** The vendor's own name for it (`ViewContent`, `product_viewed`). */
  rawName: string;
  currency: string | null;
  /** Major units (29.99), as every vendor expects them. */
  value: number | null;
  itemIds: string[];
  /** The page the event is about: the vendor's own `dl`/`url` when it sends one, else the sending document. */
  pageUrl: string | null;
  at: number;
  /** Meta's `eid`, TikTok's `event_id`: what deduplicates browser and server (CAPI) events. */
  eventId: string | null;
}

const ga4Names: Record<string, FunnelEvent> = { page_view: 'page_view', view_item: 'view_item', add_to_cart: 'add_to_cart', view_cart: 'view_cart', begin_checkout: 'begin_checkout' };
const metaNames: Record<string, FunnelEvent> = { PageView: 'page_view', ViewContent: 'view_item', AddToCart: 'add_to_cart', InitiateCheckout: 'begin_checkout' };
const tiktokNames: Record<string, FunnelEvent> = { Pageview: 'page_view', PageView: 'page_view', ViewContent: 'view_item', AddToCart: 'add_to_cart', InitiateCheckout: 'begin_checkout' };
const shopifyNames: Record<string, FunnelEvent> = { page_viewed: 'page_view', product_viewed: 'view_item', product_added_to_cart: 'add_to_cart', cart_viewed: 'view_cart', checkout_started: 'begin_checkout' };
const pinterestNames: Record<string, FunnelEvent> = { pagevisit: 'page_view', addtocart: 'add_to_cart' };
const snapchatNames: Record<string, FunnelEvent> = { PAGE_VIEW: 'page_view', VIEW_CONTENT: 'view_item', ADD_CART: 'add_to_cart', START_CHECKOUT: 'begin_checkout' };
const klaviyoNames: Record<string, FunnelEvent> = { 'Active on Site': 'page_view', 'Viewed Product': 'view_item', 'Added to Cart': 'add_to_cart', 'Started Checkout': 'begin_checkout' };

type Fields = Omit<PixelEvent, 'vendor' | 'at'>;

function event(hit: PixelHit, fields: Partial<Fields> & Pick<Fields, 'rawName'>, names: Record<string, FunnelEvent>): PixelEvent {
  return {
    vendor: hit.vendor,
    vendorId: fields.vendorId ?? null,
    name: names[fields.rawName] ?? fields.rawName,
    rawName: fields.rawName,
    currency: fields.currency ? fields.currency.toUpperCase() : null,
    value: fields.value ?? null,
    itemIds: fields.itemIds ?? [],
    pageUrl: fields.pageUrl ?? hit.pageUrl ?? null,
    at: hit.at,
    eventId: fields.eventId ?? null,
  };
}

function number(text: unknown): number | null {
  if (text === null || text === undefined || text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function json(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A form or query body's fields, when the body is one. */
function formFields(body: string | null): URLSearchParams {
  return body && !body.trimStart().startsWith('{') ? new URLSearchParams(body) : new URLSearchParams();
}

/** GA4 item strings: `id123~nmShirt~pr29.99~qt1`; the id is what the auditor checks. */
function ga4ItemIds(params: URLSearchParams): string[] {
  const ids: string[] = [];
  for (const [key, value] of params) {
    if (!/^pr\d+$/.test(key)) continue;
    const id = value.split('~').find((part) => part.startsWith('id'));
    if (id) ids.push(id.slice(2));
  }
  return ids;
}

function decodeGa4(hit: PixelHit): PixelEvent[] {
  const shared = new URL(hit.url).searchParams;
  const lines = (hit.body ?? '').split('\n').filter((line) => line.trim() !== '');
  const hits = lines.length ? lines.map((line) => new URLSearchParams([...shared, ...new URLSearchParams(line)])) : [shared];
  return hits
    .filter((params) => params.get('en'))
    .map((params) =>
      event(hit, { vendorId: params.get('tid'), rawName: params.get('en')!, currency: params.get('cu'), value: number(params.get('epn.value')), itemIds: ga4ItemIds(params), pageUrl: params.get('dl') }, ga4Names),
    );
}

function decodeMeta(hit: PixelHit): PixelEvent[] {
  const params = new URLSearchParams([...new URL(hit.url).searchParams, ...formFields(hit.body)]);
  const name = params.get('ev');
  if (!name) return [];
  const contentIds = json(params.get('cd[content_ids]'));
  const itemIds = Array.isArray(contentIds) ? contentIds.map(String) : (params.get('cd[content_ids]') ?? '').split(',').filter(Boolean);
  return [event(hit, { vendorId: params.get('id'), rawName: name, currency: params.get('cd[currency]'), value: number(params.get('cd[value]')), itemIds, pageUrl: params.get('dl'), eventId: params.get('eid') }, metaNames)];
}

function decodeTiktok(hit: PixelHit): PixelEvent[] {
  const body = record(json(hit.body));
  const context = record(body.context);
  const properties = record(body.properties);
  if (typeof body.event !== 'string') return [];
  const contents = Array.isArray(properties.contents) ? properties.contents.map(record) : [];
  return [
    event(hit, {
      vendorId: String(record(context.pixel).code ?? '') || null,
      rawName: body.event,
      currency: typeof properties.currency === 'string' ? properties.currency : null,
      value: number(properties.value),
      itemIds: contents.map((content) => String(content.content_id ?? '')).filter(Boolean),
      pageUrl: typeof record(context.page).url === 'string' ? (record(context.page).url as string) : null,
      eventId: typeof body.event_id === 'string' ? body.event_id : null,
    }, tiktokNames),
  ];
}

/** Monorail batches: the web pixels manager's `web_pixels_manager_event_publish` carries each standard event. */
function decodeShopify(hit: PixelHit): PixelEvent[] {
  const batch = record(json(hit.body));
  const events = Array.isArray(batch.events) ? batch.events.map(record) : [];
  return events.map((entry) => {
    const schema = String(entry.schema_id ?? '').replace(/\/[\d.]+$/, '');
    const payload = record(entry.payload);
    const isStandardEvent = schema === 'web_pixels_manager_event_publish' && typeof payload.event_name === 'string';
    return event(hit, { rawName: isStandardEvent ? (payload.event_name as string) : schema, pageUrl: typeof payload.url === 'string' ? payload.url : null, eventId: typeof payload.event_id === 'string' ? payload.event_id : null }, isStandardEvent ? shopifyNames : {});
  });
}

/** Google Ads conversions: `/pagead/conversion/{id}/?label=…&value=…&currency_code=…`. */
function decodeGoogleAds(hit: PixelHit): PixelEvent[] {
  const url = new URL(hit.url);
  const conversion = /\/pagead\/(?:viewthrough)?conversion\/(\d+)/.exec(url.pathname);
  if (!conversion) return [event(hit, { rawName: url.pathname.replace(/^\//, '') }, {})];
  return [event(hit, { vendorId: `AW-${conversion[1]}`, rawName: 'conversion', currency: url.searchParams.get('currency_code'), value: number(url.searchParams.get('value')) }, {})];
}

function decodePinterest(hit: PixelHit): PixelEvent[] {
  const params = new URLSearchParams([...new URL(hit.url).searchParams, ...formFields(hit.body)]);
  const name = params.get('event');
  if (!name) return [];
  const data = record(json(params.get('ed')));
  const lines = Array.isArray(data.line_items) ? data.line_items.map(record) : [];
  return [event(hit, { vendorId: params.get('tid'), rawName: name, currency: typeof data.currency === 'string' ? data.currency : null, value: number(data.value), itemIds: lines.map((line) => String(line.product_id ?? '')).filter(Boolean) }, pinterestNames)];
}

function decodeSnapchat(hit: PixelHit): PixelEvent[] {
  const params = new URLSearchParams([...new URL(hit.url).searchParams, ...formFields(hit.body)]);
  const name = params.get('e') ?? params.get('ev');
  if (!name) return [];
  return [event(hit, { vendorId: params.get('pid'), rawName: name, currency: params.get('currency'), value: number(params.get('price')), itemIds: (params.get('item_ids') ?? '').split(',').filter(Boolean), pageUrl: params.get('pl') }, snapchatNames)];
}

/** Klaviyo's onsite API: `/client/events/?company_id=…` with a JSON:API body naming the metric. */
function decodeKlaviyo(hit: PixelHit): PixelEvent[] {
  const attributes = record(record(record(json(hit.body)).data).attributes);
  const name = record(record(record(attributes.metric).data).attributes).name;
  if (typeof name !== 'string') return [];
  const properties = record(attributes.properties);
  const itemId = properties.ProductID ?? properties.product_id;
  return [event(hit, { vendorId: new URL(hit.url).searchParams.get('company_id'), rawName: name, value: number(attributes.value ?? properties.$value ?? properties.Price), itemIds: itemId === undefined ? [] : [String(itemId)] }, klaviyoNames)];
}

const decoders: Record<PixelVendor, (hit: PixelHit) => PixelEvent[]> = {
  shopify: decodeShopify,
  ga4: decodeGa4,
  'google-ads': decodeGoogleAds,
  meta: decodeMeta,
  tiktok: decodeTiktok,
  pinterest: decodePinterest,
  snapchat: decodeSnapchat,
  klaviyo: decodeKlaviyo,
};

/** One hit as the events it carries; a hit no decoder can read is no event (and never a crash). */
export function decodeHit(hit: PixelHit): PixelEvent[] {
  try {
    return decoders[hit.vendor](hit);
  } catch {
    return [];
  }
}

/** GTM-style pushes (`{event, ecommerce}`) and gtag calls (`['event', name, params]`) as events. */
export function decodeDataLayerPush(push: DataLayerPush): PixelEvent | null {
  const entry = record(push.entry);
  const isGtagCall = entry['0'] === 'event' && typeof entry['1'] === 'string';
  const name = isGtagCall ? (entry['1'] as string) : entry.event;
  if (typeof name !== 'string' || name.startsWith('gtm.')) return null;
  const ecommerce = record(isGtagCall ? entry['2'] : entry.ecommerce);
  const items = Array.isArray(ecommerce.items) ? ecommerce.items.map(record) : [];
  return {
    vendor: 'datalayer',
    vendorId: null,
    name: ga4Names[name] ?? name,
    rawName: name,
    currency: typeof ecommerce.currency === 'string' ? ecommerce.currency.toUpperCase() : null,
    value: number(ecommerce.value),
    itemIds: items.map((item) => String(item.item_id ?? item.id ?? '')).filter(Boolean),
    pageUrl: push.pageUrl,
    at: push.at,
    eventId: null,
  };
}
