// Theme-rendered HTML pages, and the Section Rendering API that rides on any
// page URL (?section_id= / ?sections=). Unknown paths get the theme's 404.

import { renderAppEmbeds } from '../rendering/app-embeds.js';
import { cartJson } from '../cart/cart-json.js';
import type { CartJson } from '../cart/cart-json.js';
import { type RequestContext, cartForRead } from '../request-context.js';
import { product404Fault } from '../faults/product-404.js';
import { hugePageFault } from '../faults/huge-page.js';
import { redirect, sendBytes, sendHtml, sendJson } from './respond.js';
import type { StorefrontView, ThemePage } from '../themes/demo-theme.js';
import { renderSection, renderSectionMap } from '../themes/section-rendering.js';

/** What the theme may know about this request; `cart` overrides the cookie's cart (after a mutation). */
export function storefrontView(context: RequestContext, cart?: CartJson): StorefrontView {
  return {
    origin: context.origin,
    host: context.host,
    path: context.requestPath,
    query: context.url.searchParams,
    faults: context.faults,
    catalogue: context.catalogue,
    cart: cart ?? cartJson(context.origin, context.catalogue, cartForRead(context)),
    searchQuery: context.url.searchParams.get('q') ?? '',
    cartType: context.state.cartType,
    themeIdentity: context.theme.identity,
    appEmbeds: renderAppEmbeds(context.faults, context.state.noise, context.state.consentRequired, context.host),
    consentRequired: context.state.consentRequired,
  };
}

export async function sendThemePage(context: RequestContext, status: number, view: StorefrontView, page: ThemePage): Promise<void> {
  await sendHtml(context, status, context.theme.renderDocument(view, page), { themeRendered: true });
}

export async function sendNotFound(context: RequestContext): Promise<void> {
  const view = storefrontView(context);
  await sendThemePage(context, 404, view, context.theme.notFound(view));
}

/** ?section_id=X → raw HTML (404 if unknown); ?sections=a,b → JSON map with nulls. */
function handleSectionRendering(context: RequestContext, view: StorefrontView): boolean {
  const sectionId = context.url.searchParams.get('section_id');
  const sectionList = context.url.searchParams.get('sections');
  if (sectionId !== null) {
    const html = renderSection(context.theme, sectionId, view);
    if (html === undefined) sendBytes(context, 404, 'text/html; charset=utf-8', '');
    else sendBytes(context, 200, 'text/html; charset=utf-8', html);
    return true;
  }
  if (sectionList !== null) {
    sendJson(context, 200, renderSectionMap(context.theme, sectionList.split(',').map((id) => id.trim()).filter(Boolean), view));
    return true;
  }
  return false;
}

function productRoute(context: RequestContext, view: StorefrontView, handle: string): ThemePage | undefined {
  if (product404Fault.hidesProducts(context)) return undefined;
  const product = context.catalogue.productByHandle(handle);
  if (!product) return undefined;
  return hugePageFault.enlargeProductPage(context, context.theme.product(view, product));
}

function resolvePage(context: RequestContext, view: StorefrontView): ThemePage | undefined {
  const path = context.url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return context.theme.home(view);
  if (path === '/cart') return context.theme.cart(view);
  if (path === '/search') return context.theme.search(view);
  if (path === '/pages/contact') return context.theme.contact(view, context.url.searchParams.get('contact_posted') === 'true');
  const nestedProduct = /^\/collections\/[^/]+\/products\/([^/.]+)$/.exec(path);
  if (nestedProduct) return productRoute(context, view, decodeURIComponent(nestedProduct[1] ?? ''));
  const productMatch = /^\/products\/([^/.]+)$/.exec(path);
  if (productMatch) return productRoute(context, view, decodeURIComponent(productMatch[1] ?? ''));
  const collectionMatch = /^\/collections\/([^/.]+)$/.exec(path);
  if (collectionMatch) {
    const collection = context.catalogue.collectionByHandle(decodeURIComponent(collectionMatch[1] ?? ''));
    return collection ? context.theme.collection(view, collection) : undefined;
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
    return sendThemePage(context, 404, view, context.theme.notFound(view));
  }
  if (handleSectionRendering(context, view)) return;
  const page = resolvePage(context, view);
  if (page) return sendThemePage(context, 200, view, page);
  return sendThemePage(context, 404, view, context.theme.notFound(view));
}
