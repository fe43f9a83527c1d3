// What every theme's layout prints in <head> the same way: the SEO and social tags Liquid builds
// from page_title / canonical_url / page_description, and {{ content_for_header }}.
import { SHOP } from '../catalogue.js';
import { renderContentForHeader } from '../rendering/content-for-header.js';
import { escapeHtml } from '../rendering/html.js';
import type { StorefrontView, ThemePage } from './demo-theme.js';

/** "Title – Shop", as themes print page_title. */
export function documentTitle(page: ThemePage): string {
  return page.title.includes(SHOP.name) ? escapeHtml(page.title) : `${escapeHtml(page.title)} &ndash; ${escapeHtml(SHOP.name)}`;
}

export function renderSeoTags(view: StorefrontView, page: ThemePage): string {
  const canonical = escapeHtml(view.origin + page.canonicalPath);
  return `<link rel="canonical" href="${canonical}">
<title>${documentTitle(page)}</title>
${page.description ? `<meta name="description" content="${escapeHtml(page.description)}">` : ''}
<meta property="og:site_name" content="${escapeHtml(SHOP.name)}">
<meta property="og:url" content="${canonical}">
<meta property="og:title" content="${escapeHtml(page.title)}">
<meta property="og:type" content="${page.pageType === 'product' ? 'product' : 'website'}">`;
}

/** {{ content_for_header }} for a theme page: the Shopify globals, analytics and the pixels runtime. */
export function renderThemeContentForHeader(view: StorefrontView, page: ThemePage): string {
  return renderContentForHeader({
    origin: view.origin,
    host: view.host,
    path: view.path,
    pageType: page.pageType,
    ...(page.resourceType ? { resourceType: page.resourceType } : {}),
    ...(page.resourceId ? { resourceId: page.resourceId } : {}),
    ...(page.analyticsProduct ? { analyticsProduct: page.analyticsProduct } : {}),
    cart: view.cart,
    pixelEvents: [{ name: 'page_viewed', data: {} }, ...(page.pixelEvents ?? [])],
    faults: view.faults,
    theme: view.themeIdentity,
    consentRequired: view.consentRequired,
  });
}
