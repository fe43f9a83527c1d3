// The blocking_popup fault: an app popup gone wrong. Its "offer" never finishes loading and it has
// no close button, so the full-page overlay stays over every storefront page: Escape and backdrop
// clicks do nothing and nothing remembers it. A monitor must report it (page.blocking_overlay),
// not click through it or time out silently.

import type { FaultModule } from './demo-fault.js';

const STYLE = `<style>
.nano-offer-blocker{position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;justify-content:center;padding:16px;box-sizing:border-box;background:rgba(15,15,15,.72);font:16px/1.5 Helvetica,Arial,sans-serif}
.nano-offer-blocker__dialog{width:100%;max-width:420px;box-sizing:border-box;padding:40px 28px;background:#fff;color:#1d1d1d;border-radius:6px;text-align:center}
.nano-offer-blocker__title{margin:0 0 8px;font-size:26px;font-weight:700;line-height:1.2;font-family:inherit;color:#1d1d1d}
.nano-offer-blocker__text{margin:0 0 24px;color:#555}
.nano-offer-blocker__spinner{width:36px;height:36px;margin:0 auto;border:4px solid #e5e5e5;border-top-color:#1d1d1d;border-radius:50%;animation:nano-offer-spin 1s linear infinite}
@keyframes nano-offer-spin{to{transform:rotate(360deg)}}
</style>`;

const MARKUP = `<div id="shopify-block-offer-popup" class="shopify-block shopify-app-block">
<div class="nano-offer-blocker" data-nano-offer-blocker>
  <div class="nano-offer-blocker__dialog" role="dialog" aria-modal="true" aria-labelledby="nano-offer-title" aria-busy="true">
    <h2 class="nano-offer-blocker__title" id="nano-offer-title">Your exclusive offer</h2>
    <p class="nano-offer-blocker__text">Hold tight, we're preparing something special for you…</p>
    <div class="nano-offer-blocker__spinner" role="progressbar" aria-label="Loading offer"></div>
  </div>
</div>
</div>`;

// Swallows Escape before the theme's own handlers see it, as a trapped modal does; clicks on the
// backdrop land on the overlay and go nowhere.
const SCRIPT = `<script>
(function () {
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && document.querySelector('[data-nano-offer-blocker]')) { event.preventDefault(); event.stopImmediatePropagation(); }
  }, true);
})();
</script>`;

export const blockingPopupFault = {
  name: 'blocking_popup',
  description:
    'Every theme page is covered by an app popup (full-page backdrop, role=dialog aria-modal) with no close button that ignores Escape and backdrop clicks and comes back on every page; nothing under it can be clicked.',
  expectedFinding: 'FAIL page.blocking_overlay: a modal overlay covers the page and cannot be dismissed (screenshot attached).',
  verdict: { status: 'FAIL', code: 'page.blocking_overlay', perTheme: false },
  livesIn: ['faults/blocking-popup.ts (app embed via rendering/app-embeds.ts, printed after the noise)'],
  endToEnd: { defaultTheme: false, themes: ['horizon'] },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('blocking_popup')) return '';
    return `${STYLE}\n${MARKUP}\n${SCRIPT}`;
  },
} satisfies FaultModule<'blocking_popup'>;
