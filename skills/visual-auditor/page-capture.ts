// Takes a page's full-page shot the way a person would see the page settled: fonts and images loaded,
// late content in, lazy sections revealed by scrolling through once, animations frozen, the caret
// hidden, dynamic regions masked, and the whole page even on themes that scroll inside a wrapper
// (Horizon from 990 px) instead of the window. No theme knowledge: the scroll container is found by its size.
import type { Page } from '@playwright/test';

/** Regions that change on their own on real stores; VISUAL_MASK adds the store's own. */
export const defaultMaskSelectors = [
  '[data-nano-sre-mask]',
  // Carousels and slideshows (Dawn's slideshow-component, Horizon's slideshow, common libraries).
  'slideshow-component', 'slideshow-slides', '[aria-roledescription="carousel"]', '.swiper', '.slick-slider', '.flickity-enabled', '.splide',
  // Countdowns and timers.
  'countdown-timer', '[data-countdown]', '.countdown',
  'video',
];

/** Pages are compared down to this many CSS pixels: below it, endless review lists would only cost time. */
export const maxShotHeight = 8000;

/** Waits until the page stops changing: its height and layout shifts steady for `quietMs`, at most `maxMs`. */
export async function settlePage(page: Page, quietMs = 1000, maxMs = 5000): Promise<void> {
  await page.waitForLoadState('load', { timeout: maxMs }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
  const started = Date.now();
  let last = '';
  let steadySince = Date.now();
  while (Date.now() - started < maxMs) {
    const state = await page
      .evaluate(() => {
        const scroller = document.querySelector('[data-nano-sre-scroller]') ?? document.scrollingElement ?? document.documentElement;
        // The layout shift score web-vitals keeps (fixtures/page-vitals.ts): late content moving things counts as change.
        const shifts = (window as unknown as { __nanoSreVitals?: { cls: number | null } }).__nanoSreVitals?.cls ?? 0;
        const images = [...document.images].filter((image) => image.loading !== 'lazy' && !image.complete).length;
        return `${scroller.scrollHeight}|${shifts}|${images}|${document.body?.childElementCount ?? 0}`;
      })
      .catch(() => 'gone');
    if (state !== last) {
      last = state;
      steadySince = Date.now();
    } else if (Date.now() - steadySince >= quietMs) return;
    await page.waitForTimeout(150);
  }
}

/**
 * Marks the element the page really scrolls in (the window's scrolling element, or a wrapper as tall
 * as the viewport that scrolls itself) with data-nano-sre-scroller.
 */
async function markScroller(page: Page): Promise<void> {
  await page.evaluate(() => {
    // The window scrolls when a nudge moves it; html/body fixed to the viewport (overflow hidden) do not.
    const root = document.scrollingElement ?? document.documentElement;
    const before = root.scrollTop;
    root.scrollTop = before + 1;
    const windowScrolls = root.scrollTop !== before;
    root.scrollTop = before;
    if (windowScrolls) return;
    const candidates = [...document.querySelectorAll('body *')].filter((element) => {
      const style = getComputedStyle(element);
      return /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1 && element.clientHeight >= window.innerHeight * 0.8;
    });
    candidates[0]?.setAttribute('data-nano-sre-scroller', '');
  });
}

/** Scrolls through the page once, a viewport at a time, so lazy images, reveal-on-scroll sections and recommendations load; then back to the top. */
export async function revealLazyContent(page: Page): Promise<void> {
  await markScroller(page);
  await page.evaluate(async () => {
    const scroller = document.querySelector('[data-nano-sre-scroller]') ?? document.scrollingElement ?? document.documentElement;
    // Two frames and a moment per step: intersection observers (reveal-on-scroll, lazy images) only see what was painted.
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    const pause = () => frame().then(frame).then(() => new Promise((resolve) => setTimeout(resolve, 50)));
    for (let top = 0; top < Math.min(scroller.scrollHeight, 8000); top += Math.max(200, window.innerHeight * 0.8)) {
      scroller.scrollTo({ top, behavior: 'instant' as ScrollBehavior });
      await pause();
    }
    scroller.scrollTo({ top: scroller.scrollHeight, behavior: 'instant' as ScrollBehavior });
    await pause();
    scroller.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior });
  }).catch(() => undefined);
  await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => undefined);
  await page
    .evaluate(() => Promise.all([...document.images].map((image) => (image.complete ? undefined : image.decode().catch(() => undefined)))).then(() => undefined))
    .catch(() => undefined);
  // Sticky headers and bars settle back into their at-the-top state.
  await settlePage(page, 400, 2000);
}

export interface CapturedShot {
  path: string;
  width: number;
  height: number;
}

/**
 * The full page, viewport wide (a page wider than the screen is its own finding, not a bigger shot),
 * with masks painted over dynamic regions. A scrolling wrapper is let out to its full height for the shot.
 */
export async function captureFullPage(page: Page, path: string, maskSelector: string): Promise<CapturedShot> {
  // No hover or focus ring from what the shopper last touched: a button's state is not the page's look.
  await page.mouse.move(0, 0).catch(() => undefined);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.()).catch(() => undefined);
  await markFixedElements(page);
  const expanded = await page.addStyleTag({
    content: `html:has([data-nano-sre-scroller]), html:has([data-nano-sre-scroller]) body { height: auto !important; overflow: visible !important; }
[data-nano-sre-scroller] { height: auto !important; max-height: none !important; overflow: visible !important; }
[data-nano-sre-fixed] { visibility: hidden !important; }
*, *::before, *::after { scroll-behavior: auto !important; }`,
  });
  try {
    const width = page.viewportSize()?.width ?? (await page.evaluate(() => window.innerWidth));
    const fullHeight = await page.evaluate(() => Math.ceil(Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0)));
    const height = Math.min(fullHeight, maxShotHeight);
    await page.screenshot({
      path,
      fullPage: true,
      clip: { x: 0, y: 0, width, height },
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
      mask: [page.locator(maskSelector)],
      maskColor: '#FF00FF',
      timeout: 15_000,
    });
    return { path, width, height };
  } finally {
    await expanded.evaluate((element) => (element as Element).remove()).catch(() => undefined);
    await page.evaluate(() => document.querySelectorAll('[data-nano-sre-fixed]').forEach((element) => element.removeAttribute('data-nano-sre-fixed'))).catch(() => undefined);
  }
}

/**
 * Marks what floats over the page with position: fixed (chat bubbles, sticky bars, an open cookie
 * banner), including inside open shadow roots (marking the host), so the full-page shot leaves it out:
 * it sits where the viewport happened to be, and would make every row it crosses differ once the page
 * moves under it. What such an element hides is the buy-button check's business.
 */
async function markFixedElements(page: Page): Promise<void> {
  await page
    .evaluate(() => {
      const visit = (root: Document | ShadowRoot, host: Element | null) => {
        for (const element of root.querySelectorAll('*')) {
          if (getComputedStyle(element).position === 'fixed') (host ?? element).setAttribute('data-nano-sre-fixed', '');
          if (element.shadowRoot) visit(element.shadowRoot, host ?? element);
        }
      };
      visit(document, null);
    })
    .catch(() => undefined);
}

/** Null when the browser accepts the selector; otherwise its error (VISUAL_MASK is the user's). */
export async function selectorProblem(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((text) => {
    try {
      document.querySelectorAll(text);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }, selector);
}
