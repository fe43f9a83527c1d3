// The mobile_overflow fault: a trust-badge app block is built 1200 px wide with a fixed width, so on a
// phone the whole page scrolls sideways. On a desktop screen it fits.

import type { FaultModule } from './demo-fault.js';

const MARKUP = `<div id="shopify-block-trust-badges" class="shopify-block shopify-app-block">
<div class="nano-trust-badges" style="width:1200px;display:flex;gap:24px;justify-content:center;padding:16px 0;background:#f3f3f3;font:600 14px/1.4 Helvetica,Arial,sans-serif;color:#333">
  <span>Secure checkout</span><span>Free returns within 30 days</span><span>Carbon-neutral shipping</span><span>4.8 / 5 from 2,300 reviews</span>
</div>
</div>`;

export const mobileOverflowFault = {
  name: 'mobile_overflow',
  description: 'A trust-badge app block on every page has a fixed width of 1200 px: on a phone the page scrolls sideways; on desktop it fits.',
  expectedFinding: 'WARN visual.horizontal_overflow on mobile: page and screen widths and the widest element (div.nano-trust-badges).',
  verdict: { status: 'WARN', code: 'visual.horizontal_overflow', perTheme: true },
  livesIn: ['faults/mobile-overflow.ts (app embed via rendering/app-embeds.ts)'],
  // Proven on every theme, on mobile, in its own test file (not the probe's theme matrix, which runs desktop).
  endToEnd: { defaultTheme: true, provenIn: 'tests/skills/visual-auditor.test.ts', themes: [] },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    return faults.has('mobile_overflow') ? MARKUP : '';
  },
} satisfies FaultModule<'mobile_overflow'>;
