// The id_input_disabled fault: a theme customisation leaves the product form's hidden variant id
// disabled, so the form posts no id. It is theme markup: each theme's buy form prints it (view.faults).

import { type FaultModule, NOT_PROVEN_END_TO_END } from './demo-fault.js';

export const idInputDisabledFault = {
  name: 'id_input_disabled',
  description: 'The hidden input[name=id] stays disabled, so Add to cart posts no id and gets 400 "Required parameter missing or invalid: items".',
  expectedFinding: 'Add to cart failed: 400 Parameter Missing or Invalid (items); hidden variant id input disabled.',
  verdict: { status: 'FAIL', code: 'cart.add_failed', perTheme: true },
  livesIn: ['themes/dawn/render-product.ts', 'themes/horizon/render-buy-buttons.ts', 'themes/classic/render-product.ts'],
  endToEnd: NOT_PROVEN_END_TO_END,
} satisfies FaultModule<'id_input_disabled'>;
