// The pixel auditor: shops home -> a collection -> the product -> add to cart -> cart -> checkout start
// (never payment) through the storefront fixture, answers the cookie banner as a shopper would (CONSENT),
// and checks that every analytics and ad vendor the store uses fired its funnel with the right currency,
// value and items, once per page view, and nothing before consent where the store asks for it.
// Hits were answered locally (PIXEL_MODE=intercept) and never inflated the merchant's reports.
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { test } from '../fixtures';
import type { Cart } from '../fixtures/cart-api';
import type { ProductJson, ProductVariant } from '../fixtures/product-discovery';
import type { PixelVendor } from '../core/pixel-vendors';
import { decodeDataLayerPush, decodeHit, type PixelEvent } from './pixel-auditor/decoders';
import { auditFunnel, journeySteps, type AuditInput, type GroundTruth, type JourneyStep } from './pixel-auditor/funnel-audit';
import { configuredVendors, knownVendors } from './pixel-auditor/known-vendors';
import { matrixTable } from './pixel-auditor/matrix-table';

test.afterEach(async ({ storefront }) => {
  await storefront.clearCart();
});

const pixelDetailsSchema = z.object({
  mode: z.enum(['intercept', 'observe']),
  vendorsSeen: z.array(z.string()),
  knownVendors: z.record(z.string(), z.string()),
  consent: z.object({ choice: z.string(), required: z.boolean(), answered: z.boolean() }),
  stepsReached: z.array(z.string()),
  eventCount: z.number(),
  matrix: z.array(
    z.object({
      vendor: z.string(),
      vendorIds: z.array(z.string()),
      knownFrom: z.string(),
      cells: z.partialRecord(z.enum(journeySteps), z.object({ fired: z.array(z.string()), missing: z.array(z.string()), duplicate: z.array(z.string()), wrong: z.array(z.string()) })),
    }),
  ),
});

test('every analytics and ad pixel fires the funnel with the right data', async ({ storefront, skill, pixels, productHandle, collectionHandle, consent, stepTimeoutMs, pixelVendors, databasePath, storeUrl }) => {
  const page = storefront.page;
  const steps: AuditInput['steps'] = [];
  const enter = (step: JourneyStep): number => steps.push({ step, startedAt: Date.now() });
  const truth: GroundTruth = { currency: 'USD' };
  let consentRequired = false;
  let inSetup: PixelVendor[] = [];

  // Each step ends when the tags have gone quiet, so late beacons count for the step that caused them.
  await skill.step('Home', async () => {
    enter('home');
    storefront.failOnHttpError(await storefront.open('/', 'home'), 'The home page');
    truth.currency = await storefront.activeCurrency();
    inSetup = await configuredVendors(page);
    consentRequired = await consentIsRequired(page);
    await storefront.overlays.answerConsentBanner(3000);
    await pixels.settle();
  });

  const journeyComplete = await skill.step('Collection and product', async () => {
    enter('collection');
    storefront.failOnHttpError(await storefront.open(`/collections/${collectionHandle ?? 'all'}`, 'collection'), 'The collection page');
    await pixels.settle();

    enter('product');
    const { visit, product } = await storefront.openProduct(await storefront.chooseProduct(productHandle));
    storefront.failOnHttpError(visit, 'The product page');
    truth.product = productTruth(product);
    await pixels.settle();
    const variant = product.variants.find((candidate) => candidate.available);
    if (!variant) return journeyStopped('the product is sold out', product.title);

    enter('add_to_cart');
    const outcome = await storefront.addToCart(product, variant.id, Math.min(stepTimeoutMs, 10_000));
    await pixels.settle();
    if (outcome.kind !== 'added') return journeyStopped(`adding to cart did not work (${outcome.kind})`, product.title, 'add_to_cart');
    truth.added = addedTruth(product, variant, outcome.cart);
    return true;
  });

  if (journeyComplete) {
    await skill.step('Cart and checkout', async () => {
      enter('cart');
      storefront.failOnHttpError(await storefront.open('/cart', 'cart'), 'The cart page');
      await pixels.settle();
      const cart = await storefront.readCart();
      if (cart) truth.cart = cartTruth(cart);

      enter('checkout');
      const landed = await storefront.startCheckout(stepTimeoutMs);
      if (!landed || !/\/checkouts?\//.test(new URL(landed.url).pathname)) return journeyStopped('the cart did not lead to checkout', 'the cart', 'checkout');
      await pixels.settle();
    });
  }

  const events: PixelEvent[] = [...pixels.hits.flatMap(decodeHit), ...pixels.dataLayer.map(decodeDataLayerPush).filter((event) => event !== null)];
  const seen = new Set(events.map((event) => event.vendor).filter((vendor): vendor is PixelVendor => vendor !== 'datalayer'));
  const known = knownVendors({ configured: pixelVendors, seen, inSetup, databasePath, storeUrl, now: new Date() });
  const answeredAt = storefront.overlays.consentAnsweredAt;
  const { matrix, findings } = auditFunnel({ events, steps, knownVendors: known, truth, consent: { choice: consent, required: consentRequired, answeredAt } });

  skill.metric('pixel_events', events.length);
  skill.metric('pixel_vendors', seen.size);
  skill.details(pixelDetailsSchema, {
    mode: pixels.mode,
    vendorsSeen: [...seen],
    knownVendors: Object.fromEntries(known),
    consent: { choice: consent, required: consentRequired, answered: answeredAt !== undefined },
    stepsReached: steps.map((entry) => entry.step),
    eventCount: events.length,
    matrix,
  });
  await skill.attachText('pixel matrix', matrixTable(matrix));

  skill.recordAll(findings);

  /**
   * The journey could not go on: the steps before are still audited, the one that broke is not (no
   * pixel owes an add to cart that did not happen); the probe owns the breakage itself.
   */
  function journeyStopped(why: string, subject: string, brokenStep?: JourneyStep): false {
    if (brokenStep && steps.at(-1)?.step === brokenStep) steps.pop();
    skill.info('pixel.journey_incomplete', `The pixel audit stopped early: ${why} (${subject}); only the steps reached were audited.`, { why, stepsReached: steps.map((entry) => entry.step) });
    return false;
  }
});

/**
 * Whether the store asks for consent before tracking: Shopify's Customer Privacy API answers
 * "not allowed" before any choice only where consent is required (elsewhere tracking is allowed by default).
 */
async function consentIsRequired(page: Page): Promise<boolean> {
  type PrivacyApi = { marketingAllowed?: () => boolean; analyticsProcessingAllowed?: () => boolean };
  const api = await page
    .waitForFunction(() => (window as unknown as { Shopify?: { customerPrivacy?: PrivacyApi } }).Shopify?.customerPrivacy ?? null, null, { timeout: 3000 })
    .then(() => true, () => false);
  if (!api) return false;
  return page
    .evaluate(() => {
      const privacy = (window as unknown as { Shopify: { customerPrivacy: PrivacyApi } }).Shopify.customerPrivacy;
      return privacy.marketingAllowed?.() === false || privacy.analyticsProcessingAllowed?.() === false;
    })
    .catch(() => false);
}

function productTruth(product: ProductJson): GroundTruth['product'] {
  return {
    productId: String(product.id),
    variantIds: product.variants.map((variant) => String(variant.id)),
    skus: product.variants.map((variant) => variant.sku).filter((sku): sku is string => !!sku),
    prices: product.variants.map((variant) => variant.price / 100),
  };
}

function addedTruth(product: ProductJson, variant: ProductVariant, cart: Cart): GroundTruth['added'] {
  const line = cart.items.find((item) => item.variant_id === variant.id);
  return { productId: String(product.id), variantId: String(variant.id), sku: variant.sku, value: (line?.final_price ?? variant.price) / 100 };
}

function cartTruth(cart: Cart): GroundTruth['cart'] {
  return { lines: cart.items.map((item) => ({ productId: String(item.product_id), variantId: String(item.variant_id), sku: item.sku })), total: cart.total_price / 100 };
}
