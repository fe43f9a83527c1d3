// The page Shopify's bot protection shows instead of the storefront ("Verify you are human"), with a
// local stand-in for the hCaptcha widget. Served by routes/bot-challenge.ts and the bot_challenge fault.

import { SHOP } from '../catalogue.js';
import { escapeHtml } from './html.js';

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
