// The decoders on hits shaped as the vendors' tags send them (SHOPIFY-FACTS §4), and the funnel audit
// on hand-built events where the rule is subtle (consent split, PIXEL_VENDORS, feed ids, checkout tax).
import { expect, test } from '@playwright/test';
import type { PixelHit } from '../../../fixtures/analytics-interception';
import { analyticsVendor } from '../../../fixtures/analytics-interception';
import { decodeDataLayerPush, decodeHit, type PixelEvent } from '../../../skills/pixel-auditor/decoders';
import { auditFunnel, type AuditInput } from '../../../skills/pixel-auditor/funnel-audit';

const page = 'https://shop.example.com/products/classic-tee';

function hit(url: string, body: string | null = null, method = body ? 'POST' : 'GET'): PixelHit {
  const vendor = analyticsVendor(url, ['metrics.shop.example.com']);
  if (!vendor) throw new Error(`not a vendor URL: ${url}`);
  return { vendor, url, method, body, pageUrl: page, at: 1000 };
}

test('a batched GA4 POST (region1 host) is one event per line, sharing the query', () => {
  const url = 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123XYZ&gtm=45je&cid=1.2&dl=https%3A%2F%2Fshop.example.com%2Fproducts%2Fclassic-tee';
  const body = ['en=view_item&cu=USD&epn.value=25.00&pr1=id46001~nmClassic%20Tee~pr25.00~qt1', 'en=add_to_cart&cu=USD&epn.value=25.00&pr1=idTEE-BLK-S~nmClassic%20Tee~qt1', 'en=scroll&epn.percent_scrolled=90'].join('\n');
  expect(decodeHit(hit(url, body)).map(({ vendor, vendorId, name, currency, value, itemIds, pageUrl }) => ({ vendor, vendorId, name, currency, value, itemIds, pageUrl }))).toEqual([
    { vendor: 'ga4', vendorId: 'G-ABC123XYZ', name: 'view_item', currency: 'USD', value: 25, itemIds: ['46001'], pageUrl: page },
    { vendor: 'ga4', vendorId: 'G-ABC123XYZ', name: 'add_to_cart', currency: 'USD', value: 25, itemIds: ['TEE-BLK-S'], pageUrl: page },
    { vendor: 'ga4', vendorId: 'G-ABC123XYZ', name: 'scroll', currency: null, value: null, itemIds: [], pageUrl: page },
  ]);
  // A server-side tagging host named in PIXEL_EXTRA_HOSTS is GA4 too.
  expect(decodeHit(hit('https://metrics.shop.example.com/g/collect?v=2&tid=G-ABC123XYZ&en=page_view'))[0]).toMatchObject({ vendor: 'ga4', name: 'page_view' });
});

test('a Meta GET with cd[...] fields and a POST form body decode the same way, eid kept for CAPI dedup', () => {
  const query = 'id=1234567890&ev=AddToCart&dl=https%3A%2F%2Fshop.example.com%2Fproducts%2Fclassic-tee&eid=sh-42&cd%5Bvalue%5D=25.00&cd%5Bcurrency%5D=USD&cd%5Bcontent_ids%5D=%5B%2246001%22%5D&cd%5Bcontent_type%5D=product_group&ud%5Bem%5D=5d41402abc4b2a76b9719d911017c592';
  const fromGet = decodeHit(hit(`https://www.facebook.com/tr/?${query}`));
  const fromPost = decodeHit(hit('https://www.facebook.com/tr/', query));
  for (const [event] of [fromGet, fromPost]) {
    expect(event).toMatchObject({ vendor: 'meta', vendorId: '1234567890', name: 'add_to_cart', rawName: 'AddToCart', currency: 'USD', value: 25, itemIds: ['46001'], eventId: 'sh-42' });
    // The hashed email is read by nobody: a decoded event has no field that could carry it.
    expect(JSON.stringify(event)).not.toContain('5d41402abc4b2a76b9719d911017c592');
  }
});

test('a monorail batch yields one event per entry: standard events by name, other schemas as themselves', () => {
  const body = JSON.stringify({
    metadata: { event_sent_at_ms: 1 },
    events: [
      { schema_id: 'trekkie_storefront_page_view/1.1', payload: { shopId: 1, path: '/products/classic-tee' }, metadata: { event_created_at_ms: 1 } },
      { schema_id: 'web_pixels_manager_event_publish/1.7', payload: { event_name: 'product_added_to_cart', event_type: 'standard', event_id: 'sh-1' }, metadata: { event_created_at_ms: 1 } },
      { schema_id: 'web_pixels_manager_load/3.1', payload: { status: 'loaded' }, metadata: { event_created_at_ms: 1 } },
    ],
  });
  expect(decodeHit(hit('https://shop.example.com/.well-known/shopify/monorail/unstable/produce_batch', body)).map((event) => [event.vendor, event.name])).toEqual([
    ['shopify', 'trekkie_storefront_page_view'],
    ['shopify', 'add_to_cart'],
    ['shopify', 'web_pixels_manager_load'],
  ]);
});

test('TikTok, Pinterest, Snap and Klaviyo hits and dataLayer pushes map to the funnel', () => {
  const tiktok = JSON.stringify({ event: 'InitiateCheckout', event_id: 'e1', context: { pixel: { code: 'CABC' }, page: { url: page } }, properties: { value: 50, currency: 'usd', contents: [{ content_id: '46001', quantity: 2 }] } });
  expect(decodeHit(hit('https://analytics.tiktok.com/api/v2/pixel', tiktok))[0]).toMatchObject({ vendor: 'tiktok', vendorId: 'CABC', name: 'begin_checkout', currency: 'USD', value: 50, itemIds: ['46001'] });
  const pinterest = `https://ct.pinterest.com/v3/?event=addtocart&tid=2612345678901&ed=${encodeURIComponent(JSON.stringify({ value: 25, currency: 'USD', line_items: [{ product_id: '46001' }] }))}`;
  expect(decodeHit(hit(pinterest))[0]).toMatchObject({ vendor: 'pinterest', vendorId: '2612345678901', name: 'add_to_cart', value: 25, itemIds: ['46001'] });
  expect(decodeHit(hit('https://tr.snapchat.com/p', 'pid=abc-123&e=ADD_CART&price=25&currency=USD&item_ids=46001'))[0]).toMatchObject({ vendor: 'snapchat', name: 'add_to_cart', value: 25, itemIds: ['46001'] });
  const klaviyo = JSON.stringify({ data: { type: 'event', attributes: { metric: { data: { type: 'metric', attributes: { name: 'Added to Cart' } } }, properties: { ProductID: 9001, $value: 25 } } } });
  expect(decodeHit(hit('https://a.klaviyo.com/client/events/?company_id=AbC123', klaviyo))[0]).toMatchObject({ vendor: 'klaviyo', vendorId: 'AbC123', name: 'add_to_cart', value: 25, itemIds: ['9001'] });
  expect(decodeDataLayerPush({ entry: { event: 'add_to_cart', ecommerce: { currency: 'USD', value: 25, items: [{ item_id: '46001' }] } }, pageUrl: page, at: 1 })).toMatchObject({ vendor: 'datalayer', name: 'add_to_cart', value: 25, itemIds: ['46001'] });
  expect(decodeDataLayerPush({ entry: { 0: 'event', 1: 'view_item', 2: { currency: 'USD', value: 25, items: [{ id: '46001' }] } }, pageUrl: page, at: 1 })).toMatchObject({ name: 'view_item', itemIds: ['46001'] });
  expect(decodeDataLayerPush({ entry: { event: 'gtm.dom' }, pageUrl: page, at: 1 })).toBeNull();
  // A body no decoder understands is no event, never a crash.
  expect(decodeHit(hit('https://analytics.tiktok.com/api/v2/pixel', '{not json'))).toEqual([]);
});

function event(fields: Partial<PixelEvent> & Pick<PixelEvent, 'vendor' | 'name' | 'at'>): PixelEvent {
  return { vendorId: null, rawName: fields.name, currency: null, value: null, itemIds: [], pageUrl: page, eventId: null, ...fields };
}

const truth: AuditInput['truth'] = {
  currency: 'USD',
  product: { productId: '9001', variantIds: ['46001', '46002'], skus: ['TEE-BLK-S'], prices: [25] },
  added: { productId: '9001', variantId: '46001', sku: 'TEE-BLK-S', value: 25 },
  cart: { lines: [{ productId: '9001', variantId: '46001', sku: 'TEE-BLK-S' }], total: 25 },
};
const steps: AuditInput['steps'] = [
  { step: 'home', startedAt: 0 },
  { step: 'collection', startedAt: 100 },
  { step: 'product', startedAt: 200 },
  { step: 'add_to_cart', startedAt: 300 },
  { step: 'cart', startedAt: 400 },
  { step: 'checkout', startedAt: 500 },
];

/** Meta's full funnel, shaped as its channel app sends it. */
function metaFunnel(overrides: Partial<PixelEvent> = {}): PixelEvent[] {
  const ids = { vendor: 'meta' as const, vendorId: '123', currency: 'USD', ...overrides };
  return [
    event({ ...ids, name: 'page_view', at: 10, pageUrl: 'https://shop.example.com/' }),
    event({ ...ids, name: 'page_view', at: 110, pageUrl: 'https://shop.example.com/collections/all' }),
    event({ ...ids, name: 'page_view', at: 210 }),
    event({ ...ids, name: 'view_item', at: 220, value: 25, itemIds: ['shopify_US_9001_46001'] }),
    event({ ...ids, name: 'add_to_cart', at: 310, value: 25, itemIds: ['46001'] }),
    event({ ...ids, name: 'page_view', at: 410, pageUrl: 'https://shop.example.com/cart' }),
    event({ ...ids, name: 'page_view', at: 510, pageUrl: 'https://shop.example.com/checkouts/cn/x' }),
    // Checkout adds tax: 27.50 on a 25.00 cart is still the right value.
    event({ ...ids, name: 'begin_checkout', at: 520, value: 27.5, itemIds: ['TEE-BLK-S'], pageUrl: 'https://shop.example.com/checkouts/cn/x' }),
  ];
}

test('a complete funnel with feed ids and checkout tax is clean; PIXEL_VENDORS makes a missing vendor silent', () => {
  const clean = auditFunnel({ events: metaFunnel(), steps, knownVendors: new Map([['meta', 'seen in this run']]), truth, consent: { choice: 'accept', required: false, answeredAt: 50 } });
  expect(clean.findings).toEqual([]);

  const withPinterest = auditFunnel({ events: metaFunnel(), steps, knownVendors: new Map([['meta', 'PIXEL_VENDORS'], ['pinterest', 'PIXEL_VENDORS']]), truth, consent: { choice: 'accept', required: false, answeredAt: 50 } });
  expect(withPinterest.findings.map((finding) => [finding.code, finding.level, finding.evidence.vendor])).toEqual([['pixel.vendor_silent', 'fail', 'pinterest']]);
});

test('consent: tracking before the answer counts only where consent is required; after a decline, silence is expected and tracking is not', () => {
  const known = new Map([['meta', 'seen in this run']] as const);
  const notRequired = auditFunnel({ events: metaFunnel(), steps, knownVendors: new Map(known), truth, consent: { choice: 'accept', required: false, answeredAt: 50 } });
  expect(notRequired.findings).toEqual([]);
  const required = auditFunnel({ events: metaFunnel(), steps, knownVendors: new Map(known), truth, consent: { choice: 'accept', required: true, answeredAt: 50 } });
  expect(required.findings.map((finding) => finding.code)).toEqual(['pixel.before_consent']);

  const declinedEarly = [event({ vendor: 'meta', name: 'page_view', at: 10, pageUrl: 'https://shop.example.com/' })];
  const quietAfterDecline = auditFunnel({ events: declinedEarly, steps, knownVendors: new Map(known), truth, consent: { choice: 'decline', required: false, answeredAt: 50 } });
  expect(quietAfterDecline.findings).toEqual([]);
  const trackingAfterDecline = auditFunnel({ events: metaFunnel(), steps, knownVendors: new Map(known), truth, consent: { choice: 'decline', required: false, answeredAt: 50 } });
  expect(trackingAfterDecline.findings.map((finding) => finding.code)).toEqual(['pixel.after_decline']);
});
