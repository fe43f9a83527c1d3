// DEMO_NOISE=consent: Shopify's own cookie banner (Customer Privacy settings) with the ids real
// stores carry (`#shopify-pc__banner`, `#shopify-pc__banner__btn-accept`…), fixed to the bottom
// of the viewport; on a phone its stacked buttons cover the bottom third of the screen, where
// sticky buy buttons sit. Answers go to the `_tracking_consent` cookie and through
// `window.Shopify.customerPrivacy`, the API pixels and apps ask before they track.

import { consentScript } from './consent-script.js';

const STYLE = `<style>
.shopify-pc__banner__dialog{position:fixed;left:0;right:0;bottom:0;z-index:2147483647;box-sizing:border-box;margin:0;padding:20px 24px;background:#fff;color:#1a1a1a;border-top:1px solid #dcdcdc;box-shadow:0 -4px 20px rgba(0,0,0,.15);font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
.shopify-pc__banner__dialog[hidden],.shopify-pc__prefs[hidden]{display:none}
.shopify-pc__banner__wrapper{display:flex;gap:24px;align-items:center;max-width:1200px;margin:0 auto}
.shopify-pc__banner__body{flex:1}
.shopify-pc__banner__body h2,.shopify-pc__prefs__dialog h2{margin:0 0 4px;font-size:17px;font-weight:600;line-height:1.3;font-family:inherit;color:#1a1a1a;letter-spacing:0}
.shopify-pc__banner__body p{margin:0}.shopify-pc__banner__body a{color:inherit}
.shopify-pc__banner__btns{display:flex;gap:8px;flex-shrink:0}
.shopify-pc__banner__dialog button,.shopify-pc__prefs__dialog button{margin:0;padding:12px 20px;border:1px solid #1a1a1a;border-radius:4px;background:#fff;color:#1a1a1a;font:600 15px/1.2 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;cursor:pointer;min-height:0;box-shadow:none}
.shopify-pc__banner__dialog .shopify-pc__banner__btn-accept,.shopify-pc__prefs__dialog .shopify-pc__prefs__btn-accept{background:#1a1a1a;color:#fff}
@media (max-width:749px){
  .shopify-pc__banner__dialog{padding:20px 16px 24px}
  .shopify-pc__banner__wrapper{flex-direction:column;align-items:stretch;gap:16px}
  .shopify-pc__banner__btns{flex-direction:column}
  .shopify-pc__banner__dialog button{width:100%;padding:15px 20px}
}
.shopify-pc__prefs{position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.5);font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
.shopify-pc__prefs__dialog{position:relative;width:min(520px,calc(100% - 32px));box-sizing:border-box;padding:24px;background:#fff;color:#1a1a1a;border-radius:8px}
.shopify-pc__prefs__close{position:absolute;top:12px;right:12px;border:0!important;padding:4px 10px!important;font-size:22px!important}
.shopify-pc__prefs__option{display:flex;justify-content:space-between;gap:16px;padding:12px 0;border-bottom:1px solid #ececec}
.shopify-pc__prefs__option label{font-weight:600}
.shopify-pc__prefs__btns{display:flex;flex-wrap:wrap;gap:8px;margin-top:20px}
</style>`;

const OPTIONS: ReadonlyArray<{ key: string; label: string; help: string; locked?: boolean }> = [
  { key: 'essential', label: 'Essential', help: 'Needed for the cart, checkout and security.', locked: true },
  { key: 'preferences', label: 'Personalization', help: 'Remembers your choices, such as language or region.' },
  { key: 'analytics', label: 'Analytics', help: 'Helps us understand how the store is used.' },
  { key: 'marketing', label: 'Marketing', help: 'Lets us and our partners show you relevant ads.' },
];

function preferenceRows(): string {
  return OPTIONS.map(
    (option) => `<div class="shopify-pc__prefs__option"><div><label for="shopify-pc__prefs__${option.key}">${option.label}</label><div>${option.help}</div></div>
<input type="checkbox" id="shopify-pc__prefs__${option.key}" name="${option.key}"${option.locked ? ' checked disabled' : ''}></div>`,
  ).join('\n');
}

const MARKUP = `<section id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-modal="false" aria-labelledby="shopify-pc__banner__title" aria-describedby="shopify-pc__banner__desc" hidden>
  <div class="shopify-pc__banner__wrapper">
    <div class="shopify-pc__banner__body">
      <h2 id="shopify-pc__banner__title">Cookie consent</h2>
      <p id="shopify-pc__banner__desc">We use cookies and similar technologies to run this store, remember your cart, measure traffic and show you relevant offers. See our <a href="/policies/privacy-policy">Privacy Policy</a>.</p>
    </div>
    <div class="shopify-pc__banner__btns">
      <button type="button" id="shopify-pc__banner__btn-manage-prefs" class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
      <button type="button" id="shopify-pc__banner__btn-decline" class="shopify-pc__banner__btn-decline">Decline</button>
      <button type="button" id="shopify-pc__banner__btn-accept" class="shopify-pc__banner__btn-accept">Accept</button>
    </div>
  </div>
</section>
<div id="shopify-pc__prefs" class="shopify-pc__prefs" hidden>
  <div class="shopify-pc__prefs__dialog" role="dialog" aria-modal="true" aria-labelledby="shopify-pc__prefs__title">
    <button type="button" class="shopify-pc__prefs__close" aria-label="Close">&times;</button>
    <h2 id="shopify-pc__prefs__title">Cookie preferences</h2>
    <p>Choose which cookies this store may use. You can change this at any time.</p>
${preferenceRows()}
    <div class="shopify-pc__prefs__btns">
      <button type="button" class="shopify-pc__prefs__btn-accept">Accept all</button>
      <button type="button" class="shopify-pc__prefs__btn-decline">Decline all</button>
      <button type="button" class="shopify-pc__prefs__btn-save">Save my choices</button>
    </div>
  </div>
</div>`;

/** `consentRequired`: the visitor's region needs consent (tracking is not allowed until the answer). */
export function renderConsentBanner(consentRequired: boolean): string {
  return `${STYLE}\n${MARKUP}\n${consentScript(consentRequired)}`;
}
