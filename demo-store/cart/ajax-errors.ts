// Shopify's Ajax API error bodies, word for word (SHOPIFY-FACTS §1.2). Themes
// decide "error" from a truthy `status` in the body and show `description`, so
// these strings are what monitors and Dawn's product-form.js both read.

export interface AjaxErrorBody {
  status: number | string;
  message: string;
  description: string;
}

export class AjaxError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly body: AjaxErrorBody,
  ) {
    super(`${httpStatus} ${body.description}`);
    this.name = 'AjaxError';
  }
}

export function missingItemsError(): AjaxError {
  // `status` is the string "bad_request" here, unlike the numeric 422/404 bodies.
  return new AjaxError(400, {
    status: 'bad_request',
    message: 'Parameter Missing or Invalid',
    description: 'Required parameter missing or invalid: items',
  });
}

export function soldOutError(productName: string): AjaxError {
  return new AjaxError(422, {
    status: 422,
    message: 'Cart Error',
    description: `The product '${productName}' is already sold out.`,
  });
}

export function onlySomeAddedError(addedCount: number): AjaxError {
  return new AjaxError(422, {
    status: 422,
    message: 'Cart Error',
    description: `Only ${addedCount} items were added to your cart.`,
  });
}

export function maximumInCartError(): AjaxError {
  return new AjaxError(422, {
    status: 422,
    message: 'Cart Error',
    description: 'The maximum quantity of this item is already in your cart.',
  });
}

/** add.js answers 422 for an unknown variant, update.js 404 (docs vs captures, §1.2). */
export function cannotFindVariantError(httpStatus: 404 | 422): AjaxError {
  return new AjaxError(httpStatus, { status: httpStatus, message: 'Cart Error', description: 'Cannot find variant' });
}

export function noValidLineError(): AjaxError {
  return new AjaxError(400, {
    status: 'bad_request',
    message: 'no valid id or line parameter',
    description: 'no valid id or line parameter',
  });
}

export function invalidSectionsUrlError(): AjaxError {
  return new AjaxError(400, {
    status: 'bad_request',
    message: 'Parameter Missing or Invalid',
    description: 'Required parameter missing or invalid: sections_url',
  });
}
