// The app_script_error fault: a reviews app embed whose script throws on every page, as app embeds
// often do after an app update. Buying still works; only the widget is broken.

import type { FaultModule } from './demo-fault.js';

export const appScriptErrorFault = {
  name: 'app_script_error',
  description: "A reviews app embed on every page throws an uncaught TypeError (reading 'rating' of undefined); buying still works.",
  expectedFinding: 'The journey passes with a warning: uncaught script error on the page (page.js_error).',
  verdict: { status: 'WARN', code: 'page.js_error', perTheme: false },
  livesIn: ['faults/app-script-error.ts (app embed via rendering/app-embeds.ts)'],
  endToEnd: { defaultTheme: true, themes: [] },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('app_script_error')) return '';
    return `<div id="shopify-block-reviews-embed" class="shopify-block shopify-app-block"></div>
<script>
(function () {
  // The widget expects a product rating object the app no longer renders.
  var settings = window.ReviewsAppSettings;
  document.getElementById('shopify-block-reviews-embed').textContent = settings.rating.toFixed(1) + ' stars';
})();
</script>`;
  },
} satisfies FaultModule<'app_script_error'>;
