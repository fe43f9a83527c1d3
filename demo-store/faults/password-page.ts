// The password_page fault: the storefront is locked behind Shopify's password page. The behaviour
// is a whole route (the gate in front of every other route, and /password itself), so it lives in
// routes/password-gate.ts; this module holds what the registry needs.

import type { FaultModule } from './demo-fault.js';

export const passwordPageFault = {
  name: 'password_page',
  description: 'The store is password protected: every storefront URL 302s to /password until unlocked.',
  expectedFinding: 'Store is password protected: requests land on /password.',
  verdict: { status: 'FAIL', code: 'store.password_protected', perTheme: false },
  livesIn: ['routes/password-gate.ts (redirectIfLocked, handlePasswordRoute)', 'rendering/render-password.ts'],
  endToEnd: { defaultTheme: true, themes: [] },
} satisfies FaultModule<'password_page'>;
