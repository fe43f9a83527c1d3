// What a shopper does before looking at a page, and the one check a shopper makes with a finger:
// answer the cookie banner and close popups (late ones too, on the first page), then see whether the
// product's Add to cart button can actually be pressed. Overlays are the storefront fixture's job;
// here we only decide when to let it work and what "covered" means for this skill.
import type { Storefront } from '../../fixtures';
import { findCoveringElement } from '../../fixtures/overlay-guard';
import type { ProductJson } from '../../fixtures/product-discovery';

/** The most a first page may spend waiting for late popups (each click can start another's timer). */
const maxOverlayWatchMs = 8000;

/**
 * Answers the cookie banner and closes open modals; with `lateOverlayMs`, keeps watching until that long
 * after the page's load event and after the last overlay the shopper closed, since newsletter and market
 * popups open a moment after load or after the first click anywhere (a consent answer is one).
 */
export async function dismissLikeAShopper(storefront: Storefront, lateOverlayMs: number): Promise<void> {
  const page = storefront.page;
  const started = Date.now();
  await storefront.overlays.answerConsentBanner(lateOverlayMs > 0 ? Math.min(lateOverlayMs, 2000) : 1);
  const sinceLoad = await page
    .evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return navigation?.loadEventEnd ? performance.now() - navigation.loadEventEnd : 0;
    })
    .catch(() => lateOverlayMs);
  const afterLoad = Date.now() + Math.max(0, lateOverlayMs - sinceLoad);
  for (;;) {
    await storefront.overlays.closeOpenModals();
    if (lateOverlayMs === 0) return;
    await storefront.overlays.answerConsentBanner(1);
    const lastClosed = storefront.overlays.dismissed.at(-1)?.at ?? 0;
    const deadline = Math.min(started + maxOverlayWatchMs, Math.max(afterLoad, lastClosed + lateOverlayMs));
    if (Date.now() >= deadline) return;
    await page.waitForTimeout(250);
  }
}

/** Whether a modal (a popup, a market prompt) shows right now: a shot taken with it would not be the page. */
export async function modalShowing(storefront: Storefront): Promise<boolean> {
  return (await storefront.page.locator('[aria-modal="true"]:visible, dialog[open]:visible').count().catch(() => 0)) > 0;
}

export interface HiddenBuyButton {
  message: string;
  evidence: Record<string, unknown>;
}

/** Null when a shopper can press the product's Add to cart button; otherwise what is wrong (missing, or covered by what). */
export async function checkBuyButton(storefront: Storefront, product: ProductJson): Promise<HiddenBuyButton | null> {
  const control = await storefront.findAddToCartButton(product);
  if (control.kind === 'not-found') {
    return {
      message: `The product page of ${product.title} shows no Add to cart button a shopper can see (looked for: ${control.foundBy}). If it has one under another name, set ADD_TO_CART_SELECTOR.`,
      evidence: { foundBy: control.foundBy, override: 'ADD_TO_CART_SELECTOR' },
    };
  }
  // A sold-out variant's button is the probe's finding, not a layout problem.
  if (control.kind === 'unavailable') return null;
  // Playwright's trial click scrolls to the button and checks that it, not something above it, gets the tap.
  const reachable = await control.button.click({ trial: true, timeout: 3000 }).then(() => true, () => false);
  if (reachable) return null;
  await storefront.overlays.closeOpenModals();
  const covering = await findCoveringElement(control.button);
  if (!covering) return null;
  const coveredBy = `${covering.tag}${covering.id ? `#${covering.id}` : ''}${covering.className ? `.${covering.className.split(/\s+/).filter(Boolean).slice(0, 2).join('.')}` : ''}`;
  return {
    message: `Something that does not go away (${coveredBy}${covering.text ? `: "${covering.text.slice(0, 80)}"` : ''}) covers the Add to cart button of ${product.title}: shoppers cannot buy on this device.`,
    evidence: { coveredBy, overlay: covering, button: control.name },
  };
}
