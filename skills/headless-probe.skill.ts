// The synthetic shopper: home -> product -> available variant -> add to cart -> cart -> checkout.
// It stops at the checkout page and never pays; the cart is emptied afterwards.
import { test, type Storefront, type SkillRecorder } from '../fixtures';
import type { PageVisit } from '../fixtures/skill-record';

interface ProductVariant {
  id: number;
  title: string;
  available: boolean;
}

interface ProductJson {
  handle: string;
  title: string;
  available: boolean;
  variants: ProductVariant[];
}

test.afterEach(async ({ storefront }) => {
  await storefront.clearCart();
});

test('a shopper can find a product, add it to the cart and reach checkout', async ({ storefront, skill, evidence, productHandle, stepTimeoutMs, ttfbWarnMs }) => {
  const page = storefront.page;

  await skill.step('Home', async () => {
    const home = await storefront.open('/', 'home');
    failOnHttpError(skill, home, 'The home page');
    if (home.ttfbMs !== null) {
      skill.metric('ttfb_ms', home.ttfbMs);
      if (home.ttfbMs > ttfbWarnMs) {
        skill.warn('store.slow_ttfb', `The home page took ${Math.round(home.ttfbMs)} ms to start answering (limit ${ttfbWarnMs} ms).`, { url: home.url, ttfbMs: home.ttfbMs, limitMs: ttfbWarnMs });
      }
    }
    const lcp = await storefront.largestContentfulPaint();
    if (lcp !== null) skill.metric('lcp_ms', lcp);
  });

  const product = await skill.step('Product', async () => {
    // Where the handle came from tells a misspelt PRODUCT_HANDLE apart from a store that lost a listed product.
    const handleSource = productHandle ? 'PRODUCT_HANDLE' : 'catalogue';
    const handle = productHandle ?? (await findAvailableProductHandle(storefront, skill));
    const visit = await storefront.open(`/products/${handle}`, 'product');
    if (visit.status === 404) {
      await skill.screenshot(page, 'product-404');
      skill.fail('product.not_found', `The product page /products/${handle} answers 404 Not Found.`, { url: visit.url, status: 404, handle, handleSource });
    }
    failOnHttpError(skill, visit, 'The product page');
    if (visit.ttfbMs !== null) skill.metric('product_ttfb_ms', visit.ttfbMs);
    return readProductJson(storefront, skill, handle);
  });

  const variant = await skill.step('Choose variant', async () => {
    const selectedId = Number(await storefront.productForm().locator('[name="id"]').first().inputValue({ timeout: stepTimeoutMs }).catch(() => NaN));
    const selected = product.variants.find((candidate) => candidate.id === selectedId);
    const available = product.variants.find((candidate) => candidate.available);
    if (!available) {
      return skill.fail('product.sold_out', `Every variant of ${product.title} is sold out, so nobody can buy it.`, { handle: product.handle });
    }
    if (selected && !selected.available) {
      skill.warn('product.default_variant_sold_out', `${product.title} opens on a sold-out variant (${selected.title}); shoppers must pick another one to buy.`, {
        handle: product.handle,
        soldOutVariant: selected.title,
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
    const button = storefront.addButton();
    if (await button.isDisabled({ timeout: stepTimeoutMs }).catch(() => true)) {
      await skill.screenshot(page, 'add-button-disabled');
      skill.fail('cart.add_button_disabled', `The Add to cart button for ${product.title} (${variant.title}) is missing or disabled although the variant is available.`, { handle: product.handle, variantId: variant.id });
    }
    const response = await storefront.addToCart(Math.min(stepTimeoutMs, 10_000));
    if (!response) {
      await skill.screenshot(page, 'add-to-cart-dead');
      return skill.fail('cart.add_no_request', 'Clicking Add to cart sent no request to /cart/add: the button is dead, most likely a theme or app script error.', { handle: product.handle, variantId: variant.id });
    }
    if (response.status() >= 400) {
      const body = (await response.text().catch(() => '')).slice(0, 500);
      await skill.screenshot(page, 'add-to-cart-error');
      skill.fail('cart.add_failed', `Adding ${product.title} to the cart failed: /cart/add answered HTTP ${response.status()}.`, { url: response.url(), status: response.status(), body, variantId: variant.id });
    }
    const cart = await storefront.readCart();
    const line = cart?.items.find((item) => item.variant_id === variant.id);
    if (!line) {
      skill.fail('cart.not_updated', `/cart/add answered ${response.status()} but /cart.js does not hold ${product.title}.`, { cartItemCount: cart?.item_count ?? null, variantId: variant.id });
    }
    // Themes re-render the bubble from the `cart-icon-bubble` section; give it a moment.
    const shown = await waitForCartCount(storefront, cart?.item_count ?? 1);
    if (shown !== null && shown !== cart?.item_count) {
      skill.warn('cart.count_not_updated', `The cart holds ${cart?.item_count} item(s) but the header shows ${shown}.`, { expected: cart?.item_count, shown });
    }
  });

  await skill.step('Cart', async () => {
    const visit = await storefront.open('/cart', 'cart');
    failOnHttpError(skill, visit, 'The cart page');
    const lines = await page.locator('.cart-item, [data-cart-item], tr[id^="CartItem-"]').count();
    if (lines === 0) skill.fail('cart.empty', 'The cart page shows no items right after a successful add to cart.', { url: visit.url });
  });

  await skill.step('Checkout', async () => {
    const checkoutButton = page.locator('button[name="checkout"]:visible, input[name="checkout"]:visible').first();
    if (!(await checkoutButton.count())) skill.fail('checkout.button_missing', 'The cart page has no visible checkout button.', { url: page.url() });
    await Promise.all([page.waitForURL((url) => !/\/cart\/?$/.test(url.pathname), { timeout: stepTimeoutMs, waitUntil: 'domcontentloaded' }).catch(() => undefined), checkoutButton.click()]);
    const status = await storefront.documentStatus();
    const url = page.url();
    if (/\/throttle\/queue/.test(url)) {
      skill.warn('checkout.queued', 'Checkout sent the shopper to the checkout queue (/throttle/queue).', { url });
      return;
    }
    if (status !== null && status >= 400) {
      await skill.screenshot(page, 'checkout-error');
      skill.fail('checkout.error', `Checkout answered HTTP ${status} at ${new URL(url).pathname}.`, { url, status });
    }
    if (!/\/checkouts?\//.test(new URL(url).pathname)) {
      skill.fail('checkout.unreachable', `The checkout button led to ${url} instead of a /checkouts/ page.`, { url, status });
    }
    if (storefront.isPasswordPage(url)) skill.fail('store.password_protected', 'Checkout redirected to the password page.', { url });
    skill.metric('checkout_status', status ?? 0);
  });

  // The journey worked, but an uncaught script error means some theme or app feature did not.
  const [firstError, ...moreErrors] = evidence.data.pageErrors;
  if (firstError) {
    skill.warn('page.js_error', `A script threw an uncaught error on ${firstError.url ?? 'a store page'}: ${firstError.message}`, {
      url: firstError.url,
      message: firstError.message,
      moreErrors: moreErrors.slice(0, 4),
    });
  }
});

function failOnHttpError(skill: SkillRecorder, visit: PageVisit, pageName: string): void {
  if (visit.status !== null && visit.status >= 400) {
    skill.fail('page.http_error', `${pageName} answered HTTP ${visit.status}.`, { url: visit.url, status: visit.status });
  }
}

async function findAvailableProductHandle(storefront: Storefront, skill: SkillRecorder): Promise<string> {
  const response = await storefront.page.request.get(storefront.url('/products.json?limit=50'), { failOnStatusCode: false }).catch(() => null);
  if (response?.ok()) {
    const body = (await response.json().catch(() => null)) as { products?: Array<{ handle: string; variants: Array<{ available?: boolean }> }> } | null;
    const product = body?.products?.find((candidate) => candidate.variants.some((variant) => variant.available !== false));
    if (product) return product.handle;
  }
  // Some stores block /products.json; fall back to the first product link on the home page.
  const href = await storefront.page.locator('a[href*="/products/"]').first().getAttribute('href').catch(() => null);
  const handle = href?.match(/\/products\/([^/?#]+)/)?.[1];
  if (!handle) skill.fail('product.none_found', 'No product could be found: /products.json lists none available and the home page links to none. Set PRODUCT_HANDLE.', {});
  return handle;
}

async function readProductJson(storefront: Storefront, skill: SkillRecorder, handle: string): Promise<ProductJson> {
  const response = await storefront.page.request.get(storefront.url(`/products/${handle}.js`), { failOnStatusCode: false });
  if (response.status() === 404) skill.fail('product.not_found', `/products/${handle}.js answers 404 Not Found.`, { handle, status: 404 });
  const product = (await response.json().catch(() => null)) as ProductJson | null;
  if (!response.ok() || !product?.variants) {
    skill.fail('page.http_error', `/products/${handle}.js answered HTTP ${response.status()} without product JSON.`, { handle, status: response.status() });
  }
  return product;
}

async function waitForCartCount(storefront: Storefront, expected: number): Promise<number | null> {
  const deadline = Date.now() + 3000;
  let shown = await storefront.cartCountShown();
  while (shown !== expected && Date.now() < deadline) {
    await storefront.page.waitForTimeout(150);
    shown = await storefront.cartCountShown();
  }
  return shown;
}
