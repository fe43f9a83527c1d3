// Redaction on its own: secrets always go, personal data goes unless REDACT_PII=false, what a
// diagnosis needs stays; checkout screenshots are really blurred in the copy that leaves the machine.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REDACTED, blurCheckoutScreenshot, isCheckoutScreenshot, redactDeep, redactResults, redactText } from '../../reporters/redaction';
import { makeTempDir } from '../helpers/paths';
import { makeResult } from './diagnosis/diagnosis-fixtures';

const secrets = {
  bearer: 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQtMTIz',
  shopifyToken: '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',
  shopifySecret: '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',
  openAiKey: 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWx123456',
  cookie: 'Cookie: _shopify_y=8c1f2e; cart=c1-7a9b2c3d4e5f; secure_customer_sig=abc123',
  checkoutUrl: 'https://demo-shop.example/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUpGUUE3?key=6f1d2c3b4a59687766554433',
  tokenParam: 'https://demo-shop.example/apps/reviews?access_token=tok_live_9f8e7d6c5b4a&page=2',
};
const personal = { email: 'jane.doe+orders@example.com', phone: '+1 (415) 555-0132', card: '4242 4242 4242 4242' };

test('secrets are masked in free text wherever they appear', () => {
  const text = Object.values(secrets).join('\n');
  const redacted = redactText(text, { personalData: false });
  for (const [name, secret] of Object.entries(secrets)) {
    const sensitive = secret.match(/(eyJ[\w.-]+|shp\w+|sk-[\w-]+|_shopify_y=\w+|Z2Nw\w+|6f1d2c3b\w+|tok_live_\w+)/)![0];
    expect(redacted, name).not.toContain(sensitive);
  }
  // What the diagnosis needs survives around them.
  expect(redacted).toContain('https://demo-shop.example/checkouts/cn/');
  expect(redacted).toContain('page=2');
});

test('a checkout link inside another parameter and a URL-encoded email are both caught', () => {
  const url = 'https://demo-shop.example/apps/reviews/widget.json?customer_email=jane.doe%40example.com&return_to=/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0?key=6f1d2c3b4a596877&lang=en';
  expect(redactText(url, { personalData: true })).toBe(
    'https://demo-shop.example/apps/reviews/widget.json?customer_email=[REDACTED]&return_to=/checkouts/cn/[REDACTED]?key=[REDACTED]&lang=en',
  );
  expect(redactText('mailto jane.doe%40example.com', { personalData: true })).toBe('mailto [REDACTED:email]');
});

test('pixel payloads lose hashed emails, phones and user ids, plain or URL-encoded; event names, ids and values stay', () => {
  const metaHit = 'https://www.facebook.com/tr/?id=1234567890&ev=AddToCart&ud%5Bem%5D=5d41402abc4b2a76b9719d911017c592&ud[ph]=a94a8fe5ccb19ba61c4c0873d391e987&ud%5Bexternal_id%5D=cust-77&cd%5Bvalue%5D=25.00';
  const ga4Hit = 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=purchase&uid=customer-4711&epn.value=25.00';
  const redacted = redactText(`${metaHit}\n${ga4Hit}`, { personalData: true });
  for (const personal of ['5d41402abc4b2a76b9719d911017c592', 'a94a8fe5ccb19ba61c4c0873d391e987', 'cust-77', 'customer-4711']) expect(redacted).not.toContain(personal);
  for (const kept of ['id=1234567890', 'ev=AddToCart', 'cd%5Bvalue%5D=25.00', 'tid=G-ABC123', 'en=purchase', 'epn.value=25.00']) expect(redacted).toContain(kept);
  const tiktokBody = redactDeep({ event: 'AddToCart', context: { user: { email: 'f1d2d2f924e986ac86fdf7b36c94bcdf32beec15', external_id: 'cust-77' } }, properties: { value: 25 } }, { personalData: true });
  expect(JSON.stringify(tiktokBody)).not.toMatch(/f1d2d2f924e986ac|cust-77/);
  expect(tiktokBody.properties.value).toBe(25);
});

test('personal data is masked unless turned off; secrets are masked either way', () => {
  const text = `Order by ${personal.email}, call ${personal.phone}, paid with ${personal.card}; ${secrets.shopifyToken}`;
  const on = redactText(text, { personalData: true });
  for (const value of Object.values(personal)) expect(on).not.toContain(value);
  expect(on).toContain('[REDACTED:email]');
  expect(on).toContain('[REDACTED:card]');
  expect(on).toContain('[REDACTED:phone]');

  const off = redactText(text, { personalData: false });
  expect(off).toContain(personal.email);
  expect(off).toContain(personal.card);
  expect(off).not.toContain(secrets.shopifyToken);
});

test('the default follows REDACT_PII, read at call time', () => {
  const previous = process.env.REDACT_PII;
  try {
    process.env.REDACT_PII = 'false';
    expect(redactText(personal.email)).toBe(personal.email);
    process.env.REDACT_PII = 'true';
    expect(redactText(personal.email)).toBe('[REDACTED:email]');
  } finally {
    if (previous === undefined) delete process.env.REDACT_PII;
    else process.env.REDACT_PII = previous;
  }
});

test('numbers a diagnosis needs are not mistaken for cards or phones', () => {
  const text = [
    'variant 44012345678901 product 8012345678901 order 1001',
    'at 2026-11-26T10:15:00.123Z from 127.0.0.1 in 1234.5 ms, status 422',
    'invalid card 4242 4242 4242 4241 (fails Luhn), logo@2x.png',
    'https://demo-shop.example/cart/change.js?line=1&quantity=2&key=44012345678901:abc',
  ].join('\n');
  expect(redactText(text, { personalData: true })).toBe(text);
});

test('redactDeep masks secret-named keys whole and every string inside, and returns a copy', () => {
  const payload = {
    headers: { Authorization: 'Basic dXNlcjpwYXNz', 'set-cookie': 'cart=abc', 'content-type': 'application/json' },
    accessToken: 'opaque-value',
    checkout: { email: personal.email, note: `call ${personal.phone}` },
    code: 'cart.add_failed',
    lines: [{ url: secrets.tokenParam, quantity: 2 }],
  };
  const redacted = redactDeep(payload);
  expect(redacted.headers).toEqual({ Authorization: REDACTED, 'set-cookie': REDACTED, 'content-type': 'application/json' });
  expect(redacted.accessToken).toBe(REDACTED);
  expect(redacted.checkout).toEqual({ email: REDACTED, note: 'call [REDACTED:phone]' });
  expect(redacted.code).toBe('cart.add_failed');
  expect(redacted.lines[0]).toEqual({ url: `https://demo-shop.example/apps/reviews?access_token=${REDACTED}&page=2`, quantity: 2 });
  expect(payload.accessToken).toBe('opaque-value');
});

test('redactResults keeps screenshot paths (local files) and redacts the evidence', () => {
  const result = makeResult([{ code: 'cart.add_failed', message: `failed for ${personal.email}`, evidence: { url: secrets.checkoutUrl } }], {
    screenshots: ['/tmp/out/checkout-error.png'],
    evidence: { consoleErrors: [{ text: secrets.bearer }], pageErrors: [], failedRequests: [{ url: secrets.tokenParam, method: 'GET', status: 401 }], pages: [] },
  });
  const [redacted] = redactResults([result], { personalData: true });
  const text = JSON.stringify(redacted);
  for (const leak of [personal.email, 'eyJhbGciOiJIUzI1NiJ9', 'Z2NwLWV1cm9wZS13ZXN0NDowMUpGUUE3', 'tok_live_9f8e7d6c5b4a']) expect(text).not.toContain(leak);
  expect(redacted.screenshots).toEqual(['/tmp/out/checkout-error.png']);
  expect(redacted.findings[0].code).toBe('cart.add_failed');
});

/** Mean absolute difference between horizontal neighbours: high for sharp text, low once blurred. */
async function sharpness(page: Page, path: string): Promise<number> {
  const base64 = (await import('node:fs')).readFileSync(path).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let total = 0;
    for (let index = 4; index < pixels.length; index += 4) total += Math.abs(pixels[index] - pixels[index - 4]);
    return total / (pixels.length / 4);
  }, base64);
}

test('a checkout screenshot leaves the machine blurred: same size, text no longer sharp, original kept', async ({ page }) => {
  const directory = makeTempDir('nano-sre-blur-');
  const original = join(directory, 'checkout-error.png');
  await page.setViewportSize({ width: 800, height: 500 });
  await page.setContent(`<form style="font:16px sans-serif;padding:20px">
    <label>Email <input value="${personal.email}" style="font-size:16px;width:320px"></label><br><br>
    <label>Card <input value="${personal.card}" style="font-size:16px;width:320px"></label>
    <p style="background:#c00;color:#fff;padding:12px">There was a problem with our checkout</p></form>`);
  await page.screenshot({ path: original });

  expect(isCheckoutScreenshot(original)).toBe(true);
  expect(isCheckoutScreenshot('/tmp/add-to-cart-error.png', ['https://demo-shop.example/products/tee'])).toBe(false);
  expect(isCheckoutScreenshot('/tmp/step.png', ['https://demo-shop.example/checkouts/cn/abc'])).toBe(true);

  const blurred = await blurCheckoutScreenshot(original);
  expect(blurred).toBe(join(directory, 'checkout-error.blurred.png'));
  expect(statSync(original).size).toBeGreaterThan(0);
  const before = await sharpness(page, original);
  const after = await sharpness(page, blurred);
  expect(after).toBeLessThan(before * 0.35);
  await expect(blurCheckoutScreenshot(join(directory, 'missing.png'))).rejects.toThrow();
});
