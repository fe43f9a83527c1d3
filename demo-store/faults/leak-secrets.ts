// The leak_secrets fault: a store whose theme and apps spill secrets and customer data into what a
// monitor records (page text, console errors, request URLs, an Ajax error body), for redaction tests.

import { AjaxError } from '../cart/ajax-errors.js';
import { escapeHtml, jsonForScript } from '../rendering/html.js';
import type { RequestContext } from '../request-context.js';
import { type FaultModule, NOT_PROVEN_END_TO_END } from './demo-fault.js';

/** Every seeded value, so a test can search for each one wherever the monitor's output goes. */
export const LEAKED = {
  email: 'jane.leak@example.com',
  phone: '+1 (415) 555-0199',
  card: '4111 1111 1111 1111',
  bearerToken: 'eyJhbGciOiJIUzI1NiJ9.eyJjdXN0b21lciI6ImphbmUifQ.bGVha2VkLXNpZ25hdHVyZQ',
  adminToken: 'shpat_5eed5eed5eed5eed5eed5eed5eed5eed',
  accessToken: 'leaked-access-token-1234',
  checkoutToken: 'c1LEAKEDcheckoutTOKEN0123456789',
  checkoutKey: 'leakedcheckoutkey98765',
} as const;

export const leakSecretsFault = {
  name: 'leak_secrets',
  description:
    'Pages show a customer email, phone and card number, log a bearer token and an shpat_ admin token to the console, fetch an app URL carrying access_token and a checkout token (404), and /cart/add answers 422 quoting the customer.',
  expectedFinding: 'Add to cart failed: 422; every seeded secret and personal value is redacted before results.json, SQLite, the LLM, MCP or alerts.',
  verdict: { status: 'FAIL', code: 'cart.add_failed', perTheme: false },
  livesIn: ['faults/leak-secrets.ts (app embed via rendering/app-embeds.ts; 422 via routes/cart-routes.ts)'],
  // Proven by tests/reporters/diagnosis/diagnosis-end-to-end.test.ts (redaction), not by the probe suites.
  endToEnd: NOT_PROVEN_END_TO_END,

  /** Visible contact text, two console errors and a failing app request carrying tokens in its URL. */
  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('leak_secrets')) return '';
    const widgetUrl = `/apps/reviews/widget.json?access_token=${LEAKED.accessToken}&customer_email=${encodeURIComponent(LEAKED.email)}&return_to=/checkouts/cn/${LEAKED.checkoutToken}?key=${LEAKED.checkoutKey}`;
    return `<div class="page-width leak-secrets">Questions about order #1001? Ask ${escapeHtml(LEAKED.email)}, ${escapeHtml(LEAKED.phone)} (card on file ${escapeHtml(LEAKED.card)}).</div>
<script>
console.error(${jsonForScript(`Reviews app: request failed with Authorization: Bearer ${LEAKED.bearerToken}`)});
console.error(${jsonForScript(`Inventory sync: admin token ${LEAKED.adminToken} rejected for ${LEAKED.email}`)});
fetch(${jsonForScript(widgetUrl)}).catch(function () {});
</script>`;
  },

  /** Called by /cart/add once the items are parsed: an app echoing the customer into the cart's 422. */
  refuseAddIfFaulted(context: RequestContext): void {
    if (!context.faults.has('leak_secrets')) return;
    throw new AjaxError(422, {
      status: 422,
      message: 'Cart Error',
      description: `Cart validation app refused the item for ${LEAKED.email} (${LEAKED.phone}, card ${LEAKED.card}, session ${LEAKED.adminToken}).`,
    });
  },
} satisfies FaultModule<'leak_secrets'>;
