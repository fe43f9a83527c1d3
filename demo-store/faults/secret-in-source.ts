// The secret_in_source fault: an inventory-sync snippet pasted into the theme prints the custom app's
// Admin API token into every page, where anyone can read it.
import type { FaultModule } from './demo-fault.js';

/** A made-up Admin API token of the real shape (shpat_ and 32 hex digits). */
export const LEAKED_ADMIN_TOKEN = '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';

export const secretInSourceFault = {
  name: 'secret_in_source',
  description: `Every page carries an inline script with a custom app's Admin API token (${LEAKED_ADMIN_TOKEN.slice(0, 10)}…).`,
  expectedFinding: 'FAIL doctor.secret_in_source naming the token kind and the pages, the token itself never shown whole.',
  verdict: { status: 'FAIL', code: 'doctor.secret_in_source', perTheme: false },
  livesIn: ['faults/secret-in-source.ts (app embed via rendering/app-embeds.ts)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/shopify-doctor.test.ts' },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('secret_in_source')) return '';
    return `<script>window.InventorySync = { shop: 'nano-demo.myshopify.com', adminToken: '${LEAKED_ADMIN_TOKEN}', interval: 300 };</script>`;
  },
} satisfies FaultModule<'secret_in_source'>;
