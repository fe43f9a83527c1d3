// Section Rendering API (`?section_id=` / `?sections=` on any page, and the
// `sections` field of cart mutations). Only cart-related sections are
// renderable here; anything else is a 404 (single) or null (map), as on Shopify.

import type { CartJson } from './cart-json.js';
import {
  CART_FOOTER_SECTION_ID,
  CART_ITEMS_SECTION_ID,
  renderCartNotificationButton,
  renderCartNotificationProducts,
  renderMainCartFooter,
  renderMainCartItems,
} from './render-cart.js';
import { renderCartIconBubbleContents } from './render-header.js';

type SectionRenderer = (cart: CartJson) => string;

const SECTION_RENDERERS: Readonly<Record<string, SectionRenderer>> = {
  'cart-icon-bubble': (cart) => renderCartIconBubbleContents(cart.item_count),
  'cart-notification-product': renderCartNotificationProducts,
  'cart-notification-button': renderCartNotificationButton,
  'cart-live-region-text': () => 'New estimated total',
  'main-cart-items': renderMainCartItems,
  [CART_ITEMS_SECTION_ID]: renderMainCartItems,
  'main-cart-footer': renderMainCartFooter,
  [CART_FOOTER_SECTION_ID]: renderMainCartFooter,
};

/** Shopify caps `sections=` at five ids per request. */
export const MAX_SECTIONS = 5;

/** One section wrapped as Shopify serves it, or undefined for an unknown id. */
export function renderSection(id: string, cart: CartJson): string | undefined {
  const renderer = SECTION_RENDERERS[id];
  if (!renderer) return undefined;
  return `<div id="shopify-section-${id}" class="shopify-section">${renderer(cart)}</div>`;
}

/** The `sections` map: id → HTML, or null for ids that failed to render. */
export function renderSectionMap(ids: readonly string[], cart: CartJson): Record<string, string | null> {
  const map: Record<string, string | null> = {};
  for (const id of ids.slice(0, MAX_SECTIONS)) map[id] = renderSection(id, cart) ?? null;
  return map;
}
