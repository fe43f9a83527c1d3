// The console_error_flood fault: a loyalty app embed whose points API is gone logs an error for every
// retry, forty per page load, burying anything else in the console.
import type { FaultModule } from './demo-fault.js';
import { appExtensionAssets } from '../rendering/platform-assets.js';

export const consoleErrorFloodFault = {
  name: 'console_error_flood',
  description: "A loyalty app embed logs 40 console errors on every page load ('could not load points balance … 503').",
  expectedFinding: 'WARN doctor.console_flood naming the page, the count and the app embed that logs them.',
  verdict: { status: 'WARN', code: 'doctor.console_flood', perTheme: false },
  livesIn: ['faults/console-error-flood.ts (app embed via rendering/app-embeds.ts)', 'assets/apps/loyalty-widget.js'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/shopify-doctor.test.ts' },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('console_error_flood')) return '';
    return `<div id="shopify-block-loyalty-embed" class="shopify-block shopify-app-block"></div>
<script src="${appExtensionAssets.url('loyalty-widget.js', new Set())}" defer></script>`;
  },
} satisfies FaultModule<'console_error_flood'>;
