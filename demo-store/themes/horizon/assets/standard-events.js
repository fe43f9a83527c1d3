// @shopify/events: Shopify's storefront standard events (on real stores the import map points
// at cdn.shopify.com/storefront/standard-events.js; here the same API is served locally).
// Events bubble through the DOM and carry a promise that settles when the action finishes.

export const StandardEvents = {
  cartLinesUpdate: 'shopify:cart:lines-update',
  cartError: 'shopify:cart:error',
  productSelect: 'shopify:product:select',
};

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

export class CartLinesUpdateEvent extends Event {
  constructor({ action, context, lines, promise }) {
    super(StandardEvents.cartLinesUpdate, { bubbles: true, composed: true });
    Object.assign(this, { action, context, lines, promise });
  }

  static createPromise() {
    return deferred();
  }

  /** The standard cart shape from an Ajax /cart.json answer. */
  static createCartFromAjaxResponse(ajaxCart) {
    return { id: ajaxCart.token, totalQuantity: ajaxCart.item_count, cost: { totalAmount: { amount: ajaxCart.total_price / 100, currencyCode: ajaxCart.currency } }, lines: ajaxCart.items };
  }
}

export class CartErrorEvent extends Event {
  constructor({ error, code, detail }) {
    super(StandardEvents.cartError, { bubbles: true, composed: true });
    Object.assign(this, { error, code, detail });
  }
}

export class ProductSelectEvent extends Event {
  constructor({ product, selectedOptions, detail, promise }) {
    super(StandardEvents.productSelect, { bubbles: true, composed: true });
    Object.assign(this, { product, selectedOptions, detail, promise });
  }

  static createPromise() {
    return deferred();
  }
}
