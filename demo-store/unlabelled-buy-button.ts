// The unlabelled_buy_button fault: a "sticky cart" style app embed restyles every product form's
// submit button as a bag icon and drops its text, leaving no accessible name (a real accessibility
// defect). The button still works for a sighted shopper; a monitor that finds controls by role and
// name cannot recognise it, and must say so instead of claiming customers cannot buy.
import type { FaultName } from './faults.js';

const BAG_ICON = '<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><path d="M4 6h12l-1 12H5L4 6zm3 0a3 3 0 0 1 6 0" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>';

export function unlabelledBuyButtonSnippet(faults: ReadonlySet<FaultName>): string {
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
}
