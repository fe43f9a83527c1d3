// Cart mutations with Shopify's stock rules: sold-out variants are refused,
// tracked inventory caps the quantity (2025-03 wording: "Only N items were
// added"), and update.js does not re-check stock for lines already in the cart.

import {
  AjaxError,
  cannotFindVariantError,
  maximumInCartError,
  noValidLineError,
  onlySomeAddedError,
  soldOutError,
} from './ajax-errors.js';
import { type Catalogue, isVariantAvailable, stockLimit, variantName } from '../catalogue.js';
import { type Cart, type CartLine, lineKey } from './cart-store.js';

export interface AddItem {
  id: number;
  quantity: number;
  properties: Record<string, string>;
}

export interface AddOutcome {
  /** Lines touched by this add, in request order (what add.js returns). */
  lines: CartLine[];
  /** Set when the add was partial or refused; lines added before it stay added. */
  error?: AjaxError;
}

function quantityOfVariant(cart: Cart, variantId: number): number {
  return cart.lines.filter((line) => line.variantId === variantId).reduce((sum, line) => sum + line.quantity, 0);
}

export function addItems(cart: Cart, catalogue: Catalogue, items: readonly AddItem[]): AddOutcome {
  // Validate every item first: an unknown or sold-out variant refuses the whole request.
  for (const item of items) {
    const match = catalogue.variantById(item.id);
    if (!match) throw cannotFindVariantError(422);
    if (!isVariantAvailable(match.variant)) throw soldOutError(variantName(match.product, match.variant));
  }
  const touched: CartLine[] = [];
  let error: AjaxError | undefined;
  for (const item of items) {
    const match = catalogue.variantById(item.id);
    if (!match) continue;
    const allowed = stockLimit(match.variant) - quantityOfVariant(cart, item.id);
    if (allowed <= 0) {
      error = maximumInCartError();
      continue;
    }
    const quantity = Math.min(item.quantity, allowed);
    if (quantity < item.quantity) error = onlySomeAddedError(quantity);
    const key = lineKey(item.id, item.properties);
    let line = cart.lines.find((candidate) => candidate.key === key);
    if (line) {
      line.quantity += quantity;
    } else {
      line = { variantId: item.id, quantity, properties: item.properties, key };
      cart.lines.push(line);
    }
    if (!touched.includes(line)) touched.push(line);
  }
  if (touched.length === 0 && error) throw error;
  return error ? { lines: touched, error } : { lines: touched };
}

export interface ChangeRequest {
  line?: number;
  id?: number | string;
  quantity: number;
  properties?: Record<string, string>;
}

function findLineIndex(cart: Cart, request: ChangeRequest): number {
  if (request.line !== undefined) {
    return request.line >= 1 && request.line <= cart.lines.length ? request.line - 1 : -1;
  }
  if (typeof request.id === 'string' && request.id.includes(':')) {
    return cart.lines.findIndex((line) => line.key === request.id);
  }
  if (request.id !== undefined) {
    const variantId = Number(request.id);
    return cart.lines.findIndex((line) => line.variantId === variantId);
  }
  return -1;
}

/** change.js: set one line's quantity (0 removes); an unknown line is a 400. */
export function changeLine(cart: Cart, catalogue: Catalogue, request: ChangeRequest): AjaxError | undefined {
  const index = findLineIndex(cart, request);
  const line = cart.lines[index];
  if (!line) throw noValidLineError();
  if (request.quantity === 0) {
    cart.lines.splice(index, 1);
    return undefined;
  }
  if (request.properties) {
    line.properties = request.properties;
    line.key = lineKey(line.variantId, request.properties);
  }
  const match = catalogue.variantById(line.variantId);
  if (match && !isVariantAvailable(match.variant)) throw soldOutError(variantName(match.product, match.variant));
  const limit = match ? stockLimit(match.variant) : Number.POSITIVE_INFINITY;
  if (request.quantity > limit) {
    line.quantity = limit;
    return onlySomeAddedError(limit);
  }
  line.quantity = request.quantity;
  return undefined;
}

export interface UpdateRequest {
  updates?: Record<string, number> | number[];
  note?: string;
  attributes?: Record<string, string>;
}

/** update.js: quantities by variant id, line key, or position; note and attributes. */
export function updateCart(cart: Cart, catalogue: Catalogue, request: UpdateRequest): void {
  const { updates } = request;
  if (Array.isArray(updates)) {
    updates.forEach((quantity, index) => {
      const line = cart.lines[index];
      if (line) line.quantity = quantity;
    });
  } else if (updates) {
    for (const [idOrKey, quantity] of Object.entries(updates)) {
      const existing = idOrKey.includes(':')
        ? cart.lines.find((line) => line.key === idOrKey)
        : cart.lines.find((line) => line.variantId === Number(idOrKey));
      if (existing) {
        existing.quantity = quantity;
        continue;
      }
      if (quantity <= 0 || idOrKey.includes(':')) continue;
      const match = catalogue.variantById(Number(idOrKey));
      if (!match) throw cannotFindVariantError(404);
      if (!isVariantAvailable(match.variant)) throw soldOutError(variantName(match.product, match.variant));
      cart.lines.push({ variantId: match.variant.id, quantity, properties: {}, key: lineKey(match.variant.id, {}) });
    }
  }
  cart.lines = cart.lines.filter((line) => line.quantity > 0);
  if (request.note !== undefined) cart.note = request.note;
  if (request.attributes) {
    for (const [name, value] of Object.entries(request.attributes)) {
      if (value === '') delete cart.attributes[name];
      else cart.attributes[name] = value;
    }
  }
}

export function clearCart(cart: Cart): void {
  cart.lines = [];
}
