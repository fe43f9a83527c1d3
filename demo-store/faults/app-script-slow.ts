// The app_script_slow fault: on the home page an upsell app loads its script from the app's own server
// (another host: `localhost` instead of the store's 127.0.0.1), which takes 8 s to answer; the page's load
// event waits for it. The app's loader inserts the script itself, as app embeds often do.
import type { RequestContext } from '../request-context.js';
import type { FaultModule } from './demo-fault.js';
import { holdResponse } from '../pending-delay.js';

const SLOW_APP_MS = 8000;
const SCRIPT_PATH = '/app-server/upsell-widget.js';

export const appScriptSlowFault = {
  name: 'app_script_slow',
  description: `The home page loads an upsell app's script from another host (localhost:{port}${SCRIPT_PATH}) that answers after ${SLOW_APP_MS / 1000} s.`,
  expectedFinding: 'WARN doctor.slow_third_party naming the host and the time the script took.',
  verdict: { status: 'WARN', code: 'doctor.slow_third_party', perTheme: false },
  livesIn: ['faults/app-script-slow.ts (app embed via rendering/app-embeds.ts; served by server.ts before the routes)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/shopify-doctor.test.ts' },

  /** The app's loader: on the home page, the script from the store's port under a host name a browser treats as another site. */
  renderAppEmbed(faults: ReadonlySet<string>, storeHost: string): string {
    if (!faults.has('app_script_slow')) return '';
    const port = storeHost.split(':')[1] ?? '80';
    return `<script>
(function () {
  var page = (window.ShopifyAnalytics && ShopifyAnalytics.meta.page) || {};
  if (page.pageType !== 'home') return;
  var script = document.createElement('script');
  script.src = 'http://localhost:${port}${SCRIPT_PATH}';
  script.async = true;
  document.head.appendChild(script);
})();
</script>`;
  },

  /** The app server: slow, whichever host name reached it. */
  async respondIfFaulted(context: RequestContext): Promise<boolean> {
    if (context.url.pathname !== SCRIPT_PATH) return false;
    await holdResponse(context, context.faults.has('app_script_slow') ? SLOW_APP_MS : 0);
    if (context.response.destroyed) return true;
    context.response.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8', 'access-control-allow-origin': '*' });
    context.response.end('window.UpsellWidget = { ready: true };');
    return true;
  },
} satisfies FaultModule<'app_script_slow'>;
