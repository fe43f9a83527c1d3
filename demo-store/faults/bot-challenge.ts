// The bot_challenge fault: Shopify's bot protection flags the visitor. Its edge answers cart
// mutations with 429 and an HTML challenge page (not the Ajax JSON a theme expects), and sends
// /checkout to /challenge, an hCaptcha "verify you are human" page. Pages and JSON reads stay fine,
// so a monitor must report "we were blocked", never "the store is down".

import { renderChallengePage } from '../rendering/render-challenge.js';
import type { RequestContext } from '../request-context.js';
import { redirect, sendHtml } from '../routes/respond.js';
import type { FaultModule } from './demo-fault.js';

const RETRY_AFTER_SECONDS = '30';
const CART_MUTATION = /^\/cart\/(add|change|update)(\.js|\.json)?$/;

export const botChallengeFault = {
  name: 'bot_challenge',
  description:
    'Shopify bot protection flags the visitor: /cart/add, /cart/change, /cart/update (and .js) answer 429 with Retry-After and an HTML "Verify you are human" page; /checkout 302s to /challenge. Pages and JSON reads stay fine.',
  expectedFinding: 'store.blocked_monitor: the monitor was blocked by bot protection (429 challenge on cart calls, /challenge), not a store outage.',
  verdict: { status: 'FAIL', code: 'store.blocked_monitor', perTheme: false },
  livesIn: ['faults/bot-challenge.ts (called by routes/bot-challenge.ts)', 'rendering/render-challenge.ts'],
  endToEnd: { defaultTheme: false, themes: ['classic'] },

  /** Called after the /challenge route, in front of the password gate; true when it answered. */
  async respondIfFaulted(context: RequestContext): Promise<boolean> {
    if (!context.faults.has('bot_challenge')) return false;
    const { pathname } = context.url;
    if (CART_MUTATION.test(pathname)) {
      context.request.resume();
      await sendHtml(context, 429, renderChallengePage('/cart'), { headers: { 'retry-after': RETRY_AFTER_SECONDS } });
      return true;
    }
    if (pathname === '/checkout') {
      context.request.resume();
      redirect(context, '/challenge');
      return true;
    }
    return false;
  },
} satisfies FaultModule<'bot_challenge'>;
