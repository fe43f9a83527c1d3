// /challenge, the page Shopify's bot protection sends a flagged visitor to. It always answers (GET
// renders the page; POST passes only while the bot_challenge fault is off); what the fault does to
// cart calls and /checkout lives in faults/bot-challenge.ts, called from here so the order stays the edge's.

import { botChallengeFault } from '../faults/bot-challenge.js';
import { renderChallengePage } from '../rendering/render-challenge.js';
import type { RequestContext } from '../request-context.js';
import { bodyObject, parseBody } from './request-body.js';
import { redirect, sendHtml } from './respond.js';

function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/**
 * `/challenge` always answers (GET renders the page; POST passes only while the fault is off).
 * With bot_challenge on: cart mutations get 429 + the page, and `/checkout` redirects to `/challenge`.
 */
export async function handleBotChallengeRoute(context: RequestContext): Promise<boolean> {
  const { pathname } = context.url;
  if (pathname === '/challenge') {
    if (context.method === 'POST') {
      const returnTo = bodyObject(await parseBody(context.request))?.return_to;
      redirect(context, context.faults.has('bot_challenge') ? '/challenge' : safeReturnPath(typeof returnTo === 'string' ? returnTo : null));
      return true;
    }
    context.request.resume();
    await sendHtml(context, 200, renderChallengePage(safeReturnPath(context.url.searchParams.get('return_to'))));
    return true;
  }
  return botChallengeFault.respondIfFaulted(context);
}
