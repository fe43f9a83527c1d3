// Fault registry: the one list of switchable breakages. README.md documents the
// same entries; the description and the expected finding live here so a test or
// a skill can print them next to what it actually saw.

export const FAULT_NAMES = [
  'atc_500',
  'atc_js_error',
  'sold_out_default',
  'checkout_500',
  'slow_ttfb',
  'product_404',
  'password_page',
  'store_down',
  'liquid_error',
  'missing_image',
  'id_input_disabled',
  'atc_422',
  'leak_secrets',
  'app_script_error',
  'unlabelled_buy_button',
  'blocking_popup',
  'bot_challenge',
] as const;

export type FaultName = (typeof FAULT_NAMES)[number];

export interface FaultDefinition {
  /** What the store does while the fault is on. */
  description: string;
  /** What a monitor must report when it meets the fault. */
  expectedFinding: string;
}

export const FAULTS: Readonly<Record<FaultName, FaultDefinition>> = {
  atc_500: {
    description: '/cart/add and /cart/add.js answer 500 with an origin error page; nothing is added.',
    expectedFinding: 'Add to cart failed: /cart/add answered 500; cart stayed empty.',
  },
  atc_js_error: {
    description: 'product-form.js throws an uncaught TypeError on init; the Add to cart button is dead (no request).',
    expectedFinding: 'Page error (TypeError) on the product page and no /cart/add request after clicking Add to cart.',
  },
  sold_out_default: {
    description: 'The first variant of every multi-variant product is sold out and preselected; other variants buyable.',
    expectedFinding: 'Default variant sold out: button "Sold out" and disabled on load although other variants are available.',
  },
  checkout_500: {
    description: '/checkout and /checkouts/* answer 500 "There was a problem with our checkout".',
    expectedFinding: 'Checkout unreachable: /checkout answered 500.',
  },
  slow_ttfb: {
    description: 'Every HTML page waits 2.5 s before the first byte (JSON and assets are not delayed).',
    expectedFinding: 'Slow server response: TTFB about 2500 ms on HTML pages.',
  },
  product_404: {
    description: 'Every /products/{handle} page, .js and .json answers 404 (theme 404 page / JSON 404).',
    expectedFinding: 'Product pages return 404 (.template-404 "Page not found").',
  },
  password_page: {
    description: 'The store is password protected: every storefront URL 302s to /password until unlocked.',
    expectedFinding: 'Store is password protected: requests land on /password.',
  },
  store_down: {
    description: 'Every storefront URL answers 503 with a "This store is unavailable" page.',
    expectedFinding: 'Store down: 503 on every page.',
  },
  liquid_error: {
    description: 'The product page shows "Liquid error (sections/main-product line 42): comparison of String with 0 failed" with status 200.',
    expectedFinding: 'Liquid error text visible on the product page.',
  },
  missing_image: {
    description: 'Product image files under /cdn/shop/files/ answer 404.',
    expectedFinding: 'Broken images: product images 404 (naturalWidth 0).',
  },
  id_input_disabled: {
    description: 'The hidden input[name=id] stays disabled, so Add to cart posts no id and gets 400 "Required parameter missing or invalid: items".',
    expectedFinding: 'Add to cart failed: 400 Parameter Missing or Invalid (items); hidden variant id input disabled.',
  },
  leak_secrets: {
    description: 'Pages show a customer email, phone and card number, log a bearer token and an shpat_ admin token to the console, fetch an app URL carrying access_token and a checkout token (404), and /cart/add answers 422 quoting the customer.',
    expectedFinding: 'Add to cart failed: 422; every seeded secret and personal value is redacted before results.json, SQLite, the LLM, MCP or alerts.',
  },
  unlabelled_buy_button: {
    description: 'An app embed turns every product form\'s submit button into a bag icon with no accessible name; the button still adds to cart.',
    expectedFinding: 'FAIL shopper.control_not_found (P2, monitor misconfiguration: the cart accepts the product); PASS with ADD_TO_CART_SELECTOR set.',
  },
  app_script_error: {
    description: 'A reviews app embed on every page throws an uncaught TypeError (reading \'rating\' of undefined); buying still works.',
    expectedFinding: 'The journey passes with a warning: uncaught script error on the page (page.js_error).',
  },
  blocking_popup: {
    description: 'Every theme page is covered by an app popup (full-page backdrop, role=dialog aria-modal) with no close button that ignores Escape and backdrop clicks and comes back on every page; nothing under it can be clicked.',
    expectedFinding: 'FAIL page.blocking_overlay: a modal overlay covers the page and cannot be dismissed (screenshot attached).',
  },
  bot_challenge: {
    description: 'Shopify bot protection flags the visitor: /cart/add, /cart/change, /cart/update (and .js) answer 429 with Retry-After and an HTML "Verify you are human" page; /checkout 302s to /challenge. Pages and JSON reads stay fine.',
    expectedFinding: 'store.blocked_monitor: the monitor was blocked by bot protection (429 challenge on cart calls, /challenge), not a store outage.',
  },
  atc_422: {
    description: 'Adding any variant answers 422 "The product \'…\' is already sold out." although the page shows it available.',
    expectedFinding: 'Add to cart failed: 422 already sold out for an in-stock variant.',
  },
};

export function isFaultName(name: string): name is FaultName {
  return (FAULT_NAMES as readonly string[]).includes(name);
}

/** Validates names, throwing one line that lists the valid ones. Blank entries are ignored. */
export function parseFaultNames(names: readonly string[]): FaultName[] {
  const cleaned = names.map((name) => name.trim()).filter((name) => name.length > 0);
  const unknown = cleaned.filter((name) => !isFaultName(name));
  if (unknown.length > 0) {
    throw new Error(`unknown demo-store fault ${unknown.map((name) => `"${name}"`).join(', ')}; valid faults: ${FAULT_NAMES.join(', ')}`);
  }
  return [...new Set(cleaned as FaultName[])];
}
