// The atc_422 fault: the cart refuses every add as sold out although the page shows the variant
// available, as an inventory sync gone wrong or a cart validation app does.

import { cannotFindVariantError, soldOutError } from '../cart/ajax-errors.js';
import type { AddItem } from '../cart/cart-operations.js';
import { variantName } from '../catalogue.js';
import type { RequestContext } from '../request-context.js';
import { type FaultModule, NOT_PROVEN_END_TO_END } from './demo-fault.js';

export const atc422Fault = {
  name: 'atc_422',
  description: 'Adding any variant answers 422 "The product \'…\' is already sold out." although the page shows it available.',
  expectedFinding: 'Add to cart failed: 422 already sold out for an in-stock variant.',
  verdict: { status: 'FAIL', code: 'cart.add_failed', perTheme: true },
  livesIn: ['faults/atc-422.ts (called by routes/cart-routes.ts)'],
  endToEnd: NOT_PROVEN_END_TO_END,

  /** Called by /cart/add once the items are parsed: throws Shopify's 422 while the fault is on. */
  refuseAddIfFaulted(context: RequestContext, items: readonly AddItem[]): void {
    if (!context.faults.has('atc_422')) return;
    const match = context.catalogue.variantById(items[0]?.id ?? 0);
    throw match ? soldOutError(variantName(match.product, match.variant)) : cannotFindVariantError(422);
  },
} satisfies FaultModule<'atc_422'>;
