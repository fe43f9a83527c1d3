// The app_script_error fault: a reviews app embed whose script (a theme app extension asset) throws on
// every page, as app embeds often do after an app update. Buying still works; only the widget is broken.

import type { FaultModule } from './demo-fault.js';
import { appExtensionAssets } from '../rendering/platform-assets.js';

export const appScriptErrorFault = {
  name: 'app_script_error',
  description: "A reviews app's theme app extension script (/cdn/shop/extensions/…/reviews-widget.js) throws an uncaught TypeError (reading 'rating' of undefined) on every page; buying still works.",
  expectedFinding: 'WARN doctor.js_error naming the app embed (theme app extension) and every page it throws on.',
  verdict: { status: 'WARN', code: 'doctor.js_error', perTheme: false },
  livesIn: ['faults/app-script-error.ts (app embed via rendering/app-embeds.ts)', 'assets/apps/reviews-widget.js'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/shopify-doctor.test.ts' },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('app_script_error')) return '';
    return `<div id="shopify-block-reviews-embed" class="shopify-block shopify-app-block"></div>
<script src="${appExtensionAssets.url('reviews-widget.js', new Set())}" defer></script>`;
  },
} satisfies FaultModule<'app_script_error'>;
