// Theme-rendered HTML pages, and the Section Rendering API that rides on any
// page URL (?section_id= / ?sections=). Unknown paths get the theme's 404.

import { cartJson } from './cart-json.js';
import { type RequestContext, cartForRead } from './request-context.js';
import { redirect, sendBytes, sendHtml, sendJson } from './respond.js';
import { cartPage } from './render-cart.js';
import { collectionPage, searchPage } from './render-collection.js';
import { homePage } from './render-home.js';
import { type StorefrontView, type ThemePage, renderThemePage } from './render-layout.js';
import { productPage } from './render-product.js';
import { contactPage, notFoundPage } from './render-system-pages.js';
import { renderSection, renderSectionMap } from './sections.js';

export function storefrontView(context: RequestContext): StorefrontView {
  return {
    origin: context.origin,
    host: context.host,
    path: context.url.pathname,
    faults: context.faults,
    catalogue: context.catalogue,
    cart: cartJson(context.origin, context.catalogue, cartForRead(context)),
    searchQuery: context.url.searchParams.get('q') ?? '',
  };
}

export async function sendThemePage(context: RequestContext, status: number, view: StorefrontView, page: ThemePage): Promise<void> {
  await sendHtml(context, status, renderThemePage(view, page), { themeRendered: true });
}

export async function sendNotFound(context: RequestContext): Promise<void> {
  const view = storefrontView(context);
  await sendThemePage(context, 404, view, notFoundPage(view));
}

/** ?section_id=X → raw HTML (404 if unknown); ?sections=a,b → JSON map with nulls. */
function handleSectionRendering(context: RequestContext, view: StorefrontView): boolean {
  const sectionId = context.url.searchParams.get('section_id');
  const sectionList = context.url.searchParams.get('sections');
  if (sectionId !== null) {
    const html = renderSection(sectionId, view.cart);
    if (html === undefined) sendBytes(context, 404, 'text/html; charset=utf-8', '');
    else sendBytes(context, 200, 'text/html; charset=utf-8', html);
    return true;
  }
  if (sectionList !== null) {
    sendJson(context, 200, renderSectionMap(sectionList.split(',').map((id) => id.trim()).filter(Boolean), view.cart));
    return true;
  }
  return false;
}

function productRoute(context: RequestContext, view: StorefrontView, handle: string): ThemePage | undefined {
  if (context.faults.has('product_404')) return undefined;
  const product = context.catalogue.productByHandle(handle);
  if (!product) return undefined;
  const variantParam = context.url.searchParams.get('variant');
  return productPage(view, product, variantParam && /^\d+$/.test(variantParam) ? Number(variantParam) : undefined);
}

function resolvePage(context: RequestContext, view: StorefrontView): ThemePage | undefined {
  const path = context.url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return homePage(view);
  if (path === '/cart') return cartPage(view);
  if (path === '/search') return searchPage(view);
  if (path === '/pages/contact') return contactPage(context.url.searchParams.get('contact_posted') === 'true');
  const nestedProduct = /^\/collections\/[^/]+\/products\/([^/.]+)$/.exec(path);
  if (nestedProduct) return productRoute(context, view, decodeURIComponent(nestedProduct[1] ?? ''));
  const productMatch = /^\/products\/([^/.]+)$/.exec(path);
  if (productMatch) return productRoute(context, view, decodeURIComponent(productMatch[1] ?? ''));
  const collectionMatch = /^\/collections\/([^/.]+)$/.exec(path);
  if (collectionMatch) {
    const collection = context.catalogue.collectionByHandle(decodeURIComponent(collectionMatch[1] ?? ''));
    return collection ? collectionPage(view, collection) : undefined;
  }
  return undefined;
}

/** Renders theme pages for GET/HEAD; handles the contact form post. Always answers. */
export async function handlePageRoute(context: RequestContext): Promise<void> {
  if (context.method === 'POST' && context.url.pathname === '/contact') {
    context.request.resume();
    return redirect(context, '/pages/contact?contact_posted=true');
  }
  const view = storefrontView(context);
  if (context.method !== 'GET' && context.method !== 'HEAD') {
    context.request.resume();
    return sendThemePage(context, 404, view, notFoundPage(view));
  }
  if (handleSectionRendering(context, view)) return;
  const page = resolvePage(context, view);
  if (page) return sendThemePage(context, 200, view, page);
  return sendThemePage(context, 404, view, notFoundPage(view));
}
