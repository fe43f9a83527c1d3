// The unlabelled_buy_button fault: a "sticky cart" style app embed restyles every product form's
// submit button as a bag icon and drops its text, leaving no accessible name (a real accessibility
// defect). The button still works for a sighted shopper; a monitor that finds controls by role and
// name cannot recognise it, and must say so instead of claiming customers cannot buy.

import type { FaultModule } from './demo-fault.js';

const BAG_ICON = '<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><path d="M4 6h12l-1 12H5L4 6zm3 0a3 3 0 0 1 6 0" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>';

export const unlabelledBuyButtonFault = {
  name: 'unlabelled_buy_button',
  description: "An app embed turns every product form's submit button into a bag icon with no accessible name; the button still adds to cart.",
  expectedFinding: 'FAIL shopper.control_not_found (P2, monitor misconfiguration: the cart accepts the product); PASS with ADD_TO_CART_SELECTOR set.',
  verdict: { status: 'FAIL', code: 'shopper.control_not_found', perTheme: false },
  livesIn: ['faults/unlabelled-buy-button.ts (app embed via rendering/app-embeds.ts)'],
  endToEnd: { defaultTheme: false, themes: ['dawn'] },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('unlabelled_buy_button')) return '';
    return `<div id="shopify-block-bag-icon-embed" class="shopify-block shopify-app-block"></div>
<script>
(function () {
  function iconOnly(button) {
    if (button.dataset.bagIcon) return;
    button.dataset.bagIcon = 'true';
    button.removeAttribute('aria-label');
    button.querySelectorAll('span').forEach(function (span) { span.style.display = 'none'; });
    Array.prototype.forEach.call(button.childNodes, function (node) { if (node.nodeType === 3) node.textContent = ''; });
    button.insertAdjacentHTML('afterbegin', ${JSON.stringify(BAG_ICON)});
  }
  function apply() {
    document.querySelectorAll('form[action*="/cart/add"] button[name="add"], form[action*="/cart/add"] button[type="submit"]').forEach(iconOnly);
  }
  apply();
  new MutationObserver(apply).observe(document.documentElement, { childList: true, subtree: true });
})();
</script>`;
  },
} satisfies FaultModule<'unlabelled_buy_button'>;
