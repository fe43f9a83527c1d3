// The doctor's pure parts on hand-made inputs: who owns a script, what noise is dropped, how errors
// group and flood, which API errors FAIL, and Product structured data against the product's JSON.
import { expect, test } from '@playwright/test';
import { isHarmless } from '../../../skills/shopify-doctor/harmless-noise';
import { networkFindings, scriptErrorFindings } from '../../../skills/shopify-doctor/observation-findings';
import type { ObservedError, ObservedRequest } from '../../../skills/shopify-doctor/page-observer';
import { structuredDataProblems } from '../../../skills/shopify-doctor/page-checks';
import { ownerOf } from '../../../skills/shopify-doctor/script-owners';

const store = 'shop.example.com';

test('a script is named by its owner: the theme, an app by host, an app proxy, an app embed, Shopify, inline code', () => {
  expect(ownerOf('https://shop.example.com/cdn/shop/t/12/assets/global.js?v=1', store)).toEqual({ kind: 'theme', name: "the theme's global.js" });
  expect(ownerOf('https://static.klaviyo.com/onsite/js/klaviyo.js', store)).toEqual({ kind: 'app', name: 'Klaviyo' });
  expect(ownerOf('https://shop.example.com/apps/loyalty/points.json', store)).toEqual({ kind: 'app', name: 'the app behind /apps/loyalty' });
  expect(ownerOf('https://cdn.shopify.com/extensions/0b1c2d3e-aaaa-bbbb-cccc-1234567890ab/1.2.0/assets/widget.js', store).name).toBe('an app embed (theme app extension)');
  expect(ownerOf('https://shop.example.com/checkouts/internal/preloads.js', store).kind).toBe('shopify');
  expect(ownerOf('https://shop.example.com/products/classic-tee', store).kind).toBe('inline');
  expect(ownerOf('https://cdn.shopify.com/shopifycloud/perf-kit/shopify-perf-kit-1.js', store).kind).toBe('shopify');
  expect(ownerOf(null, store).name).toBe('an inline script on the page');
  expect(ownerOf('https://widgets.example-reviews.io/w.js', store)).toEqual({ kind: 'third-party', name: 'widgets.example-reviews.io' });
});

test('harmless noise is dropped; errors group by owner and message across pages; a flood is one finding', () => {
  expect(isHarmless('[Deprecation] Synchronous XMLHttpRequest on the main thread is deprecated')).toBe(true);
  expect(isHarmless('Failed to load resource: net::ERR_BLOCKED_BY_CLIENT')).toBe(true);
  expect(isHarmless('Uncaught TypeError: x is undefined', 'chrome-extension://abc/content.js')).toBe(true);
  expect(isHarmless("TypeError: Cannot read properties of undefined (reading 'rating')")).toBe(false);

  const error = (page: string, message: string, scriptUrl: string | null, kind: ObservedError['kind'] = 'uncaught'): ObservedError => ({ page, kind, message, scriptUrl });
  const findings = scriptErrorFindings(
    [
      error('home', 'TypeError: a is null', 'https://shop.example.com/cdn/shop/t/1/assets/global.js'),
      error('product', 'TypeError: a is null', 'https://shop.example.com/cdn/shop/t/1/assets/global.js'),
      error('home', '[Deprecation] document.domain setter is deprecated', null, 'console'),
      ...Array.from({ length: 25 }, (_, attempt) => error('cart', `Loyalty: retry ${attempt} failed`, 'https://sdk.loyaltylion.net/sdk.js', 'console')),
    ],
    store,
  );
  expect(findings.map((finding) => [finding.code, finding.message.slice(0, 60)])).toEqual([
    ['doctor.console_flood', 'The cart page logged 25 errors in one load, most from Loyalt'],
    ['doctor.js_error', "The theme's global.js throws on 2 pages (home, product): Typ"],
  ]);
});

test('API errors FAIL only when the page needs the call to sell; GraphQL errors in a 200 count; cancelled requests do not', () => {
  const request = (url: string, status: number | null, extra: Partial<ObservedRequest> = {}): ObservedRequest => ({ page: 'product', url: `https://shop.example.com${url}`, method: 'GET', resourceType: 'fetch', status, failure: null, durationMs: 50, bytes: null, graphqlError: null, ...extra });
  const findings = networkFindings(
    [
      request('/cart/add.js', 500, { method: 'POST' }),
      request('/recommendations/products.json?product_id=1', 422),
      request('/api/2025-07/graphql.json', 200, { method: 'POST', graphqlError: 'Throttled' }),
      request('/products/classic-tee.js', 200),
      request('/cdn/shop/t/1/assets/missing.css', 404, { resourceType: 'stylesheet' }),
    ],
    store,
    false,
  );
  expect(findings.map((finding) => [finding.code, finding.level])).toEqual([
    ['doctor.api_error', 'fail'],
    ['doctor.api_error', 'warn'],
    ['doctor.api_error', 'warn'],
    ['doctor.request_failed', 'warn'],
  ]);
});

test('Product JSON-LD is checked against the product: missing, wrong price, wrong currency, stale availability', () => {
  const product = { id: 1, handle: 'tee', title: 'Classic Tee', available: true, variants: [{ id: 11, title: 'S', available: true, sku: 'T-S', price: 2500 }] };
  const offer = (fields: Record<string, unknown>) => [{ '@context': 'http://schema.org/', '@type': 'Product', name: 'Classic Tee', offers: { '@type': 'Offer', price: '25.00', priceCurrency: 'USD', availability: 'http://schema.org/InStock', ...fields } }];
  expect(structuredDataProblems(offer({}), product, 'USD')).toEqual([]);
  expect(structuredDataProblems([{ '@type': 'Organization' }], product, 'USD')).toEqual([expect.stringMatching(/no Product JSON-LD/)]);
  expect(structuredDataProblems(offer({ price: '2500' }), product, 'USD')).toEqual([expect.stringMatching(/offer price 2500 is no price/)]);
  expect(structuredDataProblems(offer({ priceCurrency: 'EUR' }), product, 'USD')).toEqual([expect.stringMatching(/priceCurrency EUR/)]);
  expect(structuredDataProblems(offer({}), { ...product, available: false }, 'USD')).toEqual([expect.stringMatching(/InStock but every variant is sold out/)]);
});
