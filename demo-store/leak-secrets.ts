// The leak_secrets fault: a store whose theme and apps spill secrets and customer data into what a
// monitor records (page text, console errors, request URLs, an Ajax error body), for redaction tests.
import { AjaxError } from './ajax-errors.js';
import type { FaultName } from './faults.js';
import { escapeHtml, jsonForScript } from './html.js';

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

/** Visible contact text, two console errors and a failing app request carrying tokens in its URL. */
export function leakSecretsSnippet(faults: ReadonlySet<FaultName>): string {
  if (!faults.has('leak_secrets')) return '';
  const widgetUrl = `/apps/reviews/widget.json?access_token=${LEAKED.accessToken}&customer_email=${encodeURIComponent(LEAKED.email)}&return_to=/checkouts/cn/${LEAKED.checkoutToken}?key=${LEAKED.checkoutKey}`;
  return `<div class="page-width leak-secrets">Questions about order #1001? Ask ${escapeHtml(LEAKED.email)}, ${escapeHtml(LEAKED.phone)} (card on file ${escapeHtml(LEAKED.card)}).</div>
<script>
console.error(${jsonForScript(`Reviews app: request failed with Authorization: Bearer ${LEAKED.bearerToken}`)});
console.error(${jsonForScript(`Inventory sync: admin token ${LEAKED.adminToken} rejected for ${LEAKED.email}`)});
fetch(${jsonForScript(widgetUrl)}).catch(function () {});
</script>`;
}

/** An app echoing the customer into the cart's 422, as a badly written cart validation would. */
export function leakedCartError(): AjaxError {
  return new AjaxError(422, {
    status: 422,
    message: 'Cart Error',
    description: `Cart validation app refused the item for ${LEAKED.email} (${LEAKED.phone}, card ${LEAKED.card}, session ${LEAKED.adminToken}).`,
  });
}
