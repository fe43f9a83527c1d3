// The atc_hidden fault: a "pay in 4" app widget floats over the product's Add to cart button on
// phones (up to 749 px wide), follows it when the page moves, and has no close button: a shopper on a
// phone cannot press the button. On wider screens the widget is not shown. Not a dialog, so nothing a
// person does to popups (×, Escape, the backdrop) applies.

import type { FaultModule } from './demo-fault.js';

const SCRIPT = `<script>
(function () {
  if (!/\\/products\\//.test(location.pathname)) return;
  var phone = window.matchMedia('(max-width: 749px)');
  var widget = document.createElement('div');
  widget.id = 'nano-pay-later-widget';
  widget.setAttribute('style', 'position:absolute;z-index:50;display:none;box-sizing:border-box;padding:10px 14px;background:#5a31f4;color:#fff;border-radius:10px;font:600 14px/1.3 Helvetica,Arial,sans-serif;box-shadow:0 6px 18px rgba(0,0,0,.25)');
  widget.textContent = 'Pay in 4 interest-free payments of $6.25. Learn more';
  document.body.appendChild(widget);
  function place() {
    var button = document.querySelector('form[action*="/cart/add"] button[name="add"], form[action*="/cart/add"] button[type="submit"]');
    if (!phone.matches || !button) { widget.style.display = 'none'; return; }
    var box = button.getBoundingClientRect();
    widget.style.display = 'block';
    widget.style.left = (box.left + window.scrollX - 6) + 'px';
    widget.style.top = (box.top + window.scrollY - 6) + 'px';
    widget.style.width = (box.width + 12) + 'px';
    widget.style.height = (box.height + 12) + 'px';
  }
  place();
  window.addEventListener('load', place);
  window.addEventListener('resize', place);
  setInterval(place, 300);
})();
</script>`;

export const atcHiddenFault = {
  name: 'atc_hidden',
  description: 'On product pages, a "pay in 4" app widget with no close button floats over the Add to cart button on phones (up to 749 px wide) and follows it; wider screens do not show it.',
  expectedFinding: 'FAIL visual.buy_button_hidden on mobile, naming the covering widget (#nano-pay-later-widget); desktop is not affected.',
  verdict: { status: 'FAIL', code: 'visual.buy_button_hidden', perTheme: true },
  livesIn: ['faults/atc-hidden.ts (app embed via rendering/app-embeds.ts)'],
  // Proven on every theme, on mobile, in its own test file (not the probe's theme matrix, which runs desktop).
  endToEnd: { defaultTheme: true, provenIn: 'tests/skills/visual-auditor.test.ts', themes: [] },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('atc_hidden')) return '';
    return `<div id="shopify-block-pay-later" class="shopify-block shopify-app-block"></div>\n${SCRIPT}`;
  },
} satisfies FaultModule<'atc_hidden'>;
