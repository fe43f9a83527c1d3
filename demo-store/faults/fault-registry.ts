// The one list of switchable breakages. Each entry is a module in this folder (what the store does,
// where that lives, the verdict a monitor must give); this list drives DEMO_FAULTS parsing,
// /__demo/faults and /__demo/fault-registry, the README table's test and the end-to-end fault cases.

import { appScriptErrorFault } from './app-script-error.js';
import { atc422Fault } from './atc-422.js';
import { atc500Fault } from './atc-500.js';
import { atcJsErrorFault } from './atc-js-error.js';
import { blockingPopupFault } from './blocking-popup.js';
import { botChallengeFault } from './bot-challenge.js';
import { checkout500Fault } from './checkout-500.js';
import type { DemoFault, FaultVerdict } from './demo-fault.js';
import { idInputDisabledFault } from './id-input-disabled.js';
import { leakSecretsFault } from './leak-secrets.js';
import { liquidErrorFault } from './liquid-error.js';
import { missingImageFault } from './missing-image.js';
import { passwordPageFault } from './password-page.js';
import { product404Fault } from './product-404.js';
import { slowTtfbFault } from './slow-ttfb.js';
import { soldOutDefaultFault } from './sold-out-default.js';
import { storeDownFault } from './store-down.js';
import { redirectLoopFault } from './redirect-loop.js';
import { endlessPageFault } from './endless-page.js';
import { rateLimitedFault } from './rate-limited.js';
import { ga4MissingAddToCartFault } from './ga4-missing-add-to-cart.js';
import { metaDuplicatePageviewFault } from './meta-duplicate-pageview.js';
import { pixelWrongCurrencyFault } from './pixel-wrong-currency.js';
import { pixelWrongValueFault } from './pixel-wrong-value.js';
import { pixelWrongItemIdFault } from './pixel-wrong-item-id.js';
import { tiktokMissingFault } from './tiktok-missing.js';
import { pixelBeforeConsentFault } from './pixel-before-consent.js';
import { monorailMissingCheckoutStartedFault } from './monorail-missing-checkout-started.js';
import { ga4TwoIdsFault } from './ga4-two-ids.js';
import { consoleErrorFloodFault } from './console-error-flood.js';
import { themeJsErrorFault } from './theme-js-error.js';
import { appScriptSlowFault } from './app-script-slow.js';
import { graphqlErrorsFault } from './graphql-errors.js';
import { missingJsonLdFault } from './missing-json-ld.js';
import { translationMissingFault } from './translation-missing.js';
import { secretInSourceFault } from './secret-in-source.js';
import { heavyPageFault } from './heavy-page.js';
import { lcpSlowFault } from './lcp-slow.js';
import { unlabelledBuyButtonFault } from './unlabelled-buy-button.js';
import { hugePageFault } from './huge-page.js';
import { hugeCatalogueFault } from './huge-catalogue.js';
import { cartJsonMalformedFault } from './cart-json-malformed.js';
import { cartJsonHtmlFault } from './cart-json-html.js';
import { cartJsonEmptyFault } from './cart-json-empty.js';
import { layoutShiftFault } from './layout-shift.js';
import { cssMissingFault } from './css-missing.js';
import { atcHiddenFault } from './atc-hidden.js';
import { mobileOverflowFault } from './mobile-overflow.js';
import { bannerChangedFault } from './banner-changed.js';

// The order is the order of FAULT_NAMES, of the error that lists valid faults, and of the README table.
const registeredFaults = {
  atc_500: atc500Fault,
  atc_js_error: atcJsErrorFault,
  sold_out_default: soldOutDefaultFault,
  checkout_500: checkout500Fault,
  slow_ttfb: slowTtfbFault,
  product_404: product404Fault,
  password_page: passwordPageFault,
  store_down: storeDownFault,
  liquid_error: liquidErrorFault,
  missing_image: missingImageFault,
  id_input_disabled: idInputDisabledFault,
  atc_422: atc422Fault,
  leak_secrets: leakSecretsFault,
  app_script_error: appScriptErrorFault,
  unlabelled_buy_button: unlabelledBuyButtonFault,
  blocking_popup: blockingPopupFault,
  bot_challenge: botChallengeFault,
  redirect_loop: redirectLoopFault,
  endless_page: endlessPageFault,
  ga4_missing_add_to_cart: ga4MissingAddToCartFault,
  meta_duplicate_pageview: metaDuplicatePageviewFault,
  pixel_wrong_currency: pixelWrongCurrencyFault,
  pixel_wrong_value: pixelWrongValueFault,
  pixel_wrong_item_id: pixelWrongItemIdFault,
  tiktok_missing: tiktokMissingFault,
  pixel_before_consent: pixelBeforeConsentFault,
  monorail_missing_checkout_started: monorailMissingCheckoutStartedFault,
  ga4_two_ids: ga4TwoIdsFault,
  console_error_flood: consoleErrorFloodFault,
  theme_js_error: themeJsErrorFault,
  app_script_slow: appScriptSlowFault,
  graphql_errors: graphqlErrorsFault,
  missing_json_ld: missingJsonLdFault,
  translation_missing: translationMissingFault,
  secret_in_source: secretInSourceFault,
  heavy_page: heavyPageFault,
  lcp_slow: lcpSlowFault,
  huge_page: hugePageFault,
  huge_catalogue: hugeCatalogueFault,
  cart_json_malformed: cartJsonMalformedFault,
  cart_json_html: cartJsonHtmlFault,
  cart_json_empty: cartJsonEmptyFault,
  layout_shift: layoutShiftFault,
  css_missing: cssMissingFault,
  atc_hidden: atcHiddenFault,
  mobile_overflow: mobileOverflowFault,
  banner_changed: bannerChangedFault,
  rate_limited: rateLimitedFault,
};

/**
 * Every fault by name. An object literal refuses a name twice, and the `satisfies` refuses a key that
 * differs from its module's `name`, so the registry cannot disagree with the modules.
 */
export const FAULT_REGISTRY = registeredFaults satisfies { [Name in keyof typeof registeredFaults]: DemoFault<Name> };

export type FaultName = keyof typeof FAULT_REGISTRY;

export const FAULT_NAMES: readonly FaultName[] = Object.keys(FAULT_REGISTRY) as FaultName[];

/** The registry's faults as one list, in registry order (for tests and tables). */
export const DEMO_FAULTS: readonly DemoFault<FaultName>[] = FAULT_NAMES.map((name) => FAULT_REGISTRY[name]);

/** What /__demo/fault-registry serves: name → what the store does, what a monitor must report, the verdict. */
export function faultRegistryJson(): Record<FaultName, { description: string; expectedFinding: string; verdict: FaultVerdict }> {
  return Object.fromEntries(
    DEMO_FAULTS.map((fault) => [fault.name, { description: fault.description, expectedFinding: fault.expectedFinding, verdict: fault.verdict }]),
  ) as Record<FaultName, { description: string; expectedFinding: string; verdict: FaultVerdict }>;
}

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
