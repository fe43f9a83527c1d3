// The bot_challenge fault: Shopify's bot protection flags the visitor. Its edge answers cart
// mutations with 429 and an HTML challenge page (not the Ajax JSON a theme expects), and sends
// /checkout to /challenge, an hCaptcha "verify you are human" page. Pages and JSON reads stay fine,
// so a monitor must report "we were blocked", never "the store is down".

import { SHOP } from './catalogue.js';
import { escapeHtml } from './html.js';
import type { RequestContext } from './request-context.js';
import { bodyObject, parseBody } from './request-body.js';
import { redirect, sendHtml } from './respond.js';

const RETRY_AFTER_SECONDS = '30';
const CART_MUTATION = /^\/cart\/(add|change|update)(\.js|\.json)?$/;

/** Our own small stand-in for Shopify's challenge page and the hCaptcha widget (no network). */
export function renderChallengePage(returnTo: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>Verify you are human - ${escapeHtml(SHOP.name)}</title>
<style>
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f6f6f7;color:#202223;display:flex;min-height:100vh;align-items:center;justify-content:center}
.challenge{max-width:26rem;padding:2.5rem 1.5rem;text-align:center}.challenge h1{font-size:1.5rem;font-weight:600;margin:0 0 .75rem}.challenge p{color:#6d7175;line-height:1.5;margin:0 0 1.5rem}
.h-captcha{display:flex;align-items:center;justify-content:space-between;width:300px;height:74px;margin:0 auto 1.25rem;box-sizing:border-box;padding:0 12px;background:#fafafa;border:1px solid #e0e0e0;border-radius:4px;text-align:left}
.h-captcha__box{display:flex;align-items:center;gap:12px;cursor:pointer;font-size:14px;color:#333}
.h-captcha__check{width:28px;height:28px;box-sizing:border-box;border:2px solid #b0b0b0;border-radius:4px;background:#fff}
.h-captcha__box[aria-checked="true"] .h-captcha__check{border-color:#00838f;background:#00838f}
.h-captcha__logo{font-size:10px;color:#555;text-align:center;line-height:1.3}
.challenge button{font:inherit;padding:.75rem 2rem;border:0;border-radius:4px;background:#202223;color:#fff;cursor:pointer}.challenge button[disabled]{opacity:.4;cursor:not-allowed}
</style></head>
<body>
<main class="challenge" id="challenge">
<h1>Verify you are human</h1>
<p>To continue to ${escapeHtml(SHOP.name)}, please confirm you're a human (and not a spambot).</p>
<form action="/challenge" method="post" accept-charset="UTF-8" id="challenge-form">
<input type="hidden" name="authenticity_token" value="nano-demo-challenge">
<input type="hidden" name="return_to" value="${escapeHtml(returnTo)}">
<div class="h-captcha" data-sitekey="nano-demo-sitekey" data-hcaptcha-widget-id="0">
<div class="h-captcha__box" id="checkbox" role="checkbox" aria-checked="false" tabindex="0" aria-label="I am human"><span class="h-captcha__check"></span><span>I am human</span></div>
<div class="h-captcha__logo" aria-hidden="true">hCaptcha<br>Privacy - Terms</div>
</div>
<input type="hidden" name="h-captcha-response" value="">
<button type="submit" disabled>Submit</button>
</form>
</main>
<script>
(function () {
  var box = document.getElementById('checkbox');
  var form = document.getElementById('challenge-form');
  function tick() {
    box.setAttribute('aria-checked', 'true');
    form.elements['h-captcha-response'].value = 'P1_nano-demo-token';
    form.querySelector('button[type=submit]').disabled = false;
  }
  box.addEventListener('click', tick);
  box.addEventListener('keydown', function (event) { if (event.key === ' ' || event.key === 'Enter') { event.preventDefault(); tick(); } });
})();
</script>
</body>
</html>`;
}

function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/**
 * `/challenge` always answers (GET renders the page; POST passes only while the fault is off).
 * With bot_challenge on: cart mutations get 429 + the page, and `/checkout` redirects to `/challenge`.
 */
export async function handleBotChallengeRoute(context: RequestContext): Promise<boolean> {
  const { pathname } = context.url;
  const blocked = context.faults.has('bot_challenge');
  if (pathname === '/challenge') {
    if (context.method === 'POST') {
      const returnTo = bodyObject(await parseBody(context.request))?.return_to;
      redirect(context, blocked ? '/challenge' : safeReturnPath(typeof returnTo === 'string' ? returnTo : null));
      return true;
    }
    context.request.resume();
    await sendHtml(context, 200, renderChallengePage(safeReturnPath(context.url.searchParams.get('return_to'))));
    return true;
  }
  if (!blocked) return false;
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
}
