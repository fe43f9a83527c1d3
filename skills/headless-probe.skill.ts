// The synthetic shopper: home -> product -> available variant -> add to cart -> cart -> checkout.
// It shops through the storefront fixture, so it works on any theme and gets through popups and
// consent banners; it stops at the checkout page and never pays; the cart is emptied afterwards.
// Script errors are the doctor's (shopify_doctor) and speed the vitals' (storefront_vitals) to judge.
import type { Page } from '@playwright/test';
import { test, type SkillRecorder } from '../fixtures';
import type { AddToCartOutcome } from '../fixtures/add-to-cart';
import type { ProductJson, ProductVariant } from '../fixtures/product-discovery';

test.afterEach(async ({ storefront }) => {
  await storefront.clearCart();
});

test('a shopper can find a product, add it to the cart and reach checkout', async ({ storefront, skill, vitals, productHandle, stepTimeoutMs }) => {
  const page = storefront.page;

  await skill.step('Home', async () => {
    const home = await storefront.open('/', 'home');
    storefront.failOnHttpError(home, 'The home page');
    // Speed is storefront_vitals' to judge; the journey keeps its own timings as metrics.
    if (home.ttfbMs !== null) skill.metric('ttfb_ms', home.ttfbMs);
    const lcp = (await vitals.read(page))?.lcp ?? null;
    if (lcp !== null) skill.metric('lcp_ms', lcp);
  });

  const product = await skill.step('Product', async () => {
    const chosen = await storefront.chooseProduct(productHandle);
    const { visit, product } = await storefront.openProduct(chosen);
    storefront.failOnHttpError(visit, 'The product page');
    if (visit.ttfbMs !== null) skill.metric('product_ttfb_ms', visit.ttfbMs);
    return product;
  });

  const variant = await skill.step('Choose variant', async () => {
    const available = product.variants.find((candidate) => candidate.available);
    if (!available) {
      return skill.fail('product.sold_out', `Every variant of ${product.title} is sold out, so nobody can buy it.`, { handle: product.handle });
    }
    const control = await storefront.findAddToCartButton(product);
    const selectedId = control.kind === 'not-found' ? null : control.variantId;
    const selected = product.variants.find((candidate) => candidate.id === selectedId);
    const opensSoldOut = (selected && !selected.available) || (!selected && control.kind === 'unavailable');
    if (opensSoldOut) {
      skill.warn('product.default_variant_sold_out', `${product.title} opens on a sold-out variant (${selected?.title ?? 'the default'}); shoppers must pick another one to buy.`, {
        handle: product.handle,
        soldOutVariant: selected?.title ?? null,
        chosenVariant: available.title,
      });
    }
    if (!selected || !selected.available) {
      // ?variant= preselects a variant on every Shopify theme, as a shopper's click on an option would.
      await storefront.open(`/products/${product.handle}?variant=${available.id}`, 'product-variant');
    }
    return available;
  });

  await skill.step('Add to cart', async () => {
    const outcome = await storefront.addToCart(product, variant.id, Math.min(stepTimeoutMs, 10_000));
    await judgeAddToCart(skill, storefront.page, product, variant, outcome);
  });

  await skill.step('Cart', async () => {
    const visit = await storefront.open('/cart', 'cart');
    storefront.failOnHttpError(visit, 'The cart page');
    // Every theme links a cart line to its product; a cart page without that link shows no line.
    const lines = await page.getByRole('main').locator(`a[href*="/products/${product.handle}"]`).filter({ visible: true }).count();
    if (lines === 0) {
      await skill.screenshot(page, 'cart.empty', 'the cart page without the product');
      skill.fail('cart.empty', `The cart page shows no ${product.title} line right after a successful add to cart.`, { url: visit.url });
    }
  });

  await skill.step('Checkout', async () => {
    const landed = await storefront.startCheckout(stepTimeoutMs);
    if (!landed) {
      await skill.screenshot(page, 'checkout.button_missing', 'the cart page without a checkout button');
      return skill.fail('checkout.button_missing', 'The cart page has no visible checkout button (name="checkout" or a button named "Check out"). If it has one under another name, set CHECKOUT_SELECTOR.', { url: page.url(), override: 'CHECKOUT_SELECTOR' });
    }
    const { url, status } = landed;
    if (/\/throttle\/queue/.test(url)) {
      skill.warn('checkout.queued', 'Checkout sent the shopper to the checkout queue (/throttle/queue).', { url });
      return;
    }
    if (status !== null && status >= 400) {
      await skill.screenshot(page, 'checkout.error', 'the checkout error page');
      skill.fail('checkout.error', `Checkout answered HTTP ${status} at ${new URL(url).pathname}.`, { url, status });
    }
    if (!/\/checkouts?\//.test(new URL(url).pathname)) {
      skill.fail('checkout.unreachable', `The checkout button led to ${url} instead of a /checkouts/ page.`, { url, status, foundBy: landed.foundBy });
    }
    skill.metric('checkout_status', status ?? 0);
  });
});

/** Turns what happened on Add to cart into this skill's findings. */
async function judgeAddToCart(skill: SkillRecorder, page: Page, product: ProductJson, variant: ProductVariant, outcome: AddToCartOutcome): Promise<void> {
  const subject = `${product.title} (${variant.title})`;
  switch (outcome.kind) {
    case 'button-unavailable':
      await skill.screenshot(page, 'cart.add_button_disabled', 'the disabled Add to cart button');
      return skill.fail('cart.add_button_disabled', `The Add to cart button for ${subject} reads "${outcome.name}" or is disabled although the variant is available.`, { handle: product.handle, variantId: variant.id, buttonName: outcome.name });
    case 'no-request':
      await skill.screenshot(page, 'cart.add_no_request', 'the page after pressing the dead button');
      return skill.fail('cart.add_no_request', 'Clicking Add to cart sent no request to /cart/add: the button is dead, most likely a theme or app script error.', { handle: product.handle, variantId: variant.id });
    case 'rejected':
      // Let the theme show its error under the button (a role=alert box) before capturing it.
      await page.getByRole('alert').filter({ visible: true, hasText: /\S/ }).first().waitFor({ timeout: 2000 }).catch(() => undefined);
      await skill.screenshot(page, 'cart.add_failed', 'the error after pressing Add to cart');
      return skill.fail('cart.add_failed', `Adding ${product.title} to the cart failed: /cart/add answered HTTP ${outcome.status}.`, { url: outcome.url, status: outcome.status, body: outcome.body, variantId: variant.id });
    case 'no-control-and-ajax-failed':
      return skill.fail('cart.add_failed', `Adding ${product.title} to the cart failed: the page shows no Add to cart button and /cart/add.js answered HTTP ${outcome.status}.`, { status: outcome.status, body: outcome.body, variantId: variant.id });
    case 'not-in-cart':
      return skill.fail('cart.not_updated', `/cart/add answered ${outcome.status} but /cart.js does not hold ${product.title}.`, { cartItemCount: outcome.itemCount, variantId: variant.id });
    case 'added':
      skill.info('cart.added', `Added ${subject} to the cart; the store showed it by: ${outcome.signal}.`, { signal: outcome.signal, foundBy: outcome.foundBy, itemCount: outcome.cart.item_count });
      if (outcome.countShown !== null && outcome.countShown !== outcome.cart.item_count) {
        skill.warn('cart.count_not_updated', `The cart holds ${outcome.cart.item_count} item(s) but the header shows ${outcome.countShown}.`, { expected: outcome.cart.item_count, shown: outcome.countShown });
      }
  }
}
