// Layout checks that need no baseline: what a shopper notices on a page they have never seen before.
// Each reads the page as it is (after popups were closed) and returns facts; the skill decides the verdict.
import type { Page } from '@playwright/test';

export interface FailedStylesheet {
  url: string;
  status: number | null;
}

/** Stylesheet requests that answered an HTTP error or failed, by URL (null: no answer), as the browser saw them. */
export class StylesheetFailures {
  readonly byUrl = new Map<string, number | null>();

  watch(page: Page): void {
    page.on('response', (response) => {
      if (response.request().resourceType() === 'stylesheet' && response.status() >= 400) this.byUrl.set(response.url(), response.status());
    });
    page.on('requestfailed', (request) => {
      // A 404 answered as text/plain is also refused by the browser afterwards: keep the status it answered.
      if (request.resourceType() === 'stylesheet' && !this.byUrl.has(request.url())) this.byUrl.set(request.url(), null);
    });
  }
}

/**
 * The page's own stylesheets (linked from <head>, on the store's host or Shopify's CDN) that failed to load.
 * The page itself says which have no style sheet, so the answer does not hang on when the network events
 * reach us (a starved machine delivers them late); the status is the one the browser saw, or else asked
 * again (Resource Timing hides a 404's status). Third-party CSS (fonts, apps) is left out.
 */
export async function failedThemeStylesheets(page: Page, failures: StylesheetFailures): Promise<FailedStylesheet[]> {
  const linked = await page
    .evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('head link[rel~="stylesheet"]')]
        .filter((link) => link.href && !/\balternate\b/i.test(link.rel) && !link.disabled)
        .filter((link) => new URL(link.href).host === location.host || /(^|\.)shopify\.com$|shopifycdn\.net$/.test(new URL(link.href).hostname))
        .map((link) => ({ url: link.href, loaded: link.sheet !== null })),
    )
    .catch(() => [] as Array<{ url: string; loaded: boolean }>);
  const suspects = linked.filter((sheet) => !sheet.loaded || failures.byUrl.has(sheet.url));
  const checked = await Promise.all(
    suspects.map(async ({ url }): Promise<FailedStylesheet | null> => {
      const seen = failures.byUrl.get(url);
      if (seen) return { url, status: seen };
      const answer = await page.request.get(url, { failOnStatusCode: false, timeout: 5000 }).then((response) => response.status(), () => null);
      if (failures.byUrl.has(url)) return { url, status: answer !== null && answer >= 400 ? answer : null };
      // Not loaded, and served fine when asked again: still arriving, not missing.
      return answer !== null && answer < 400 ? null : { url, status: answer };
    }),
  );
  return checked.filter((sheet): sheet is FailedStylesheet => sheet !== null);
}

export interface HorizontalOverflow {
  pageWidth: number;
  screenWidth: number;
  /** The outermost element reaching past the screen's right edge, as `tag#id.class`. */
  widest: string | null;
}

/**
 * Whether the page is wider than the device's screen (`screenWidth`, the project's viewport) and lets a
 * thumb scroll it sideways: a page whose root clips overflow (overflow-x hidden) does not. Mobile browsers
 * zoom the layout out over wide content, so the page's own width is compared with the device's, not the window's.
 */
export async function horizontalOverflow(page: Page, screenWidth: number): Promise<HorizontalOverflow | null> {
  return page
    .evaluate((screenWidth) => {
      const clips = (element: Element | null) => !!element && ['hidden', 'clip'].includes(getComputedStyle(element).overflowX);
      const rootClips = clips(document.documentElement) || (getComputedStyle(document.documentElement).overflowX === 'visible' && clips(document.body));
      const scroller = document.querySelector('[data-nano-sre-scroller]');
      const pageWidth = Math.max(
        rootClips ? 0 : Math.max(document.documentElement.scrollWidth, document.body?.scrollWidth ?? 0),
        scroller && !clips(scroller) ? scroller.scrollWidth : 0,
      );
      if (pageWidth <= screenWidth + 2) return null;
      let widest: Element | null = null;
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        // Fixed bars stretch to whatever width the page has: they follow the overflow, they do not cause it.
        if (box.right <= screenWidth + 2 || box.width === 0 || getComputedStyle(element).position === 'fixed') continue;
        if (!widest || (!widest.contains(element) && box.width > widest.getBoundingClientRect().width)) widest = element;
      }
      const describe = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].slice(0, 3).map((name) => `.${name}`).join('')}`;
      return { pageWidth, screenWidth, widest: widest ? describe(widest) : null };
    }, screenWidth)
    .catch(() => null);
}

/** Which of the header and footer the page does not show (by element, landmark role, or a section named so). */
export async function missingRegions(page: Page): Promise<Array<'header' | 'footer'>> {
  return page
    .evaluate(() => {
      const shown = (selector: string) =>
        [...document.querySelectorAll(selector)].some((element) => {
          const box = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          return box.height >= 16 && box.width >= 100 && style.visibility !== 'hidden' && style.display !== 'none';
        });
      const missing: Array<'header' | 'footer'> = [];
      if (!shown('header, [role="banner"], header-component, [id*="header" i].shopify-section, #header-group')) missing.push('header');
      if (!shown('footer, [role="contentinfo"], [id*="footer" i].shopify-section')) missing.push('footer');
      return missing;
    })
    .catch(() => []);
}
