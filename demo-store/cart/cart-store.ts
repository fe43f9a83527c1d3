// In-memory carts keyed by the `cart` cookie, shaped like Shopify's cart tokens
// ("Z2Nw…?key=…"): the part before `?key=` is also the checkout token used in
// /checkouts/cn/{token}, which is what checkout-detecting code extracts.

import { createHash, randomBytes } from 'node:crypto';

export interface CartLine {
  variantId: number;
  quantity: number;
  properties: Record<string, string>;
  key: string;
}

export interface Cart {
  token: string;
  note: string | null;
  attributes: Record<string, string>;
  lines: CartLine[];
  touchedAt: number;
}

/** Old carts are dropped past this count so a long-running demo cannot grow without bound. */
const MAX_CARTS = 5000;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function ulidLike(): string {
  let time = Date.now();
  let timePart = '';
  for (let index = 0; index < 10; index += 1) {
    timePart = CROCKFORD[time % 32] + timePart;
    time = Math.floor(time / 32);
  }
  const randomPart = [...randomBytes(16)].map((byte) => CROCKFORD[byte % 32]).join('');
  return timePart + randomPart;
}

export function newCartToken(): string {
  const base = Buffer.from(`gcp-us-east1:${ulidLike()}`).toString('base64');
  return `${base}?key=${randomBytes(16).toString('hex')}`;
}

/** The token part before `?key=`, used in checkout URLs. */
export function checkoutTokenOf(cartToken: string): string {
  return cartToken.split('?')[0] ?? cartToken;
}

/** Shopify line keys are `{variant_id}:{hash}`; the hash changes with properties. */
export function lineKey(variantId: number, properties: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(properties).sort(([a], [b]) => a.localeCompare(b)));
  const hash = createHash('md5').update(`${variantId}${JSON.stringify(sorted)}`).digest('hex');
  return `${variantId}:${hash}`;
}

export class CartStore {
  private readonly carts = new Map<string, Cart>();

  find(token: string | undefined): Cart | undefined {
    if (!token) return undefined;
    const cart = this.carts.get(token);
    if (cart) cart.touchedAt = Date.now();
    return cart;
  }

  findByCheckoutToken(checkoutToken: string): Cart | undefined {
    for (const cart of this.carts.values()) {
      if (checkoutTokenOf(cart.token) === checkoutToken) return cart;
    }
    return undefined;
  }

  save(cart: Cart): void {
    if (this.carts.size >= MAX_CARTS) {
      const oldest = [...this.carts.values()].sort((a, b) => a.touchedAt - b.touchedAt)[0];
      if (oldest) this.carts.delete(oldest.token);
    }
    this.carts.set(cart.token, cart);
  }

  /** A fresh cart, not stored until save(): reads without a cookie never set one. */
  transient(): Cart {
    return { token: newCartToken(), note: null, attributes: {}, lines: [], touchedAt: Date.now() };
  }

  /** Every stored cart's token and item count: tests check the shopper emptied what it filled. */
  summaries(): Array<{ token: string; itemCount: number }> {
    return [...this.carts.values()].map((cart) => ({ token: cart.token, itemCount: cart.lines.reduce((total, line) => total + line.quantity, 0) }));
  }

  clearAll(): void {
    this.carts.clear();
  }
}
