// The app_script_error fault: a reviews app embed whose script throws on every page, as app
// embeds often do after an app update. Buying still works; only the widget is broken.
import type { FaultName } from './faults.js';

export function appEmbedErrorSnippet(faults: ReadonlySet<FaultName>): string {
  if (!faults.has('app_script_error')) return '';
  return `<div id="shopify-block-reviews-embed" class="shopify-block shopify-app-block"></div>
<script>
(function () {
  // The widget expects a product rating object the app no longer renders.
  var settings = window.ReviewsAppSettings;
  document.getElementById('shopify-block-reviews-embed').textContent = settings.rating.toFixed(1) + ' stars';
})();
</script>`;
}
