// The layout_shift fault: a promotion app inserts its banner at the top of the main content half a
// second after the page loaded, with no space reserved for it, so everything below jumps down (a
// Cumulative Layout Shift well above 0.1). The page still works; shoppers see it jump.

import type { FaultModule } from './demo-fault.js';

const SCRIPT = `<script>
(function () {
  function insertBanner() {
    var main = document.querySelector('main') || document.body;
    if (document.getElementById('nano-late-promo')) return;
    var banner = document.createElement('div');
    banner.id = 'nano-late-promo';
    banner.setAttribute('style', 'display:flex;align-items:center;justify-content:center;height:220px;margin:0;background:#ffe8a3;color:#3d2c00;font:600 20px/1.3 Helvetica,Arial,sans-serif;text-align:center;padding:0 16px');
    banner.textContent = 'Flash sale: 20% off everything this weekend with code LATE20';
    main.insertBefore(banner, main.firstChild);
  }
  function later() { setTimeout(insertBanner, 500); }
  if (document.readyState === 'complete') later(); else window.addEventListener('load', later);
})();
</script>`;

export const layoutShiftFault = {
  name: 'layout_shift',
  description: 'A promotion app embed inserts a 220 px banner at the top of the main content 0.5 s after load, with no space reserved: the page jumps down (CLS above 0.1).',
  expectedFinding: 'WARN visual.layout_shift: layout shift above 0.1 while the page loaded, naming the element that moved most (the banner also shows in the diff as added rows, WARN at most).',
  verdict: { status: 'WARN', code: 'visual.layout_shift', perTheme: false },
  livesIn: ['faults/layout-shift.ts (app embed via rendering/app-embeds.ts)'],
  endToEnd: { defaultTheme: true, provenIn: 'tests/skills/visual-auditor.test.ts', themes: [] },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('layout_shift')) return '';
    return `<div id="shopify-block-late-promo" class="shopify-block shopify-app-block"></div>\n${SCRIPT}`;
  },
} satisfies FaultModule<'layout_shift'>;
