// DEMO_NOISE=popup: a newsletter/discount signup modal as Klaviyo, Privy or Omnisend inject it.
// Like theirs it covers the page with a backdrop (Klaviyo's ARIA: role=dialog, aria-modal,
// aria-label "POPUP Form", × labelled "Close dialog"), shows up either a moment after load or
// right after the shopper's first click, and stays away in this browser once answered.

/** localStorage key that remembers the answer (Klaviyo keeps its own under `klaviyoOnsite`). */
export const SIGNUP_POPUP_STORAGE_KEY = 'nano_signup_popup';

const STYLE = `<style>
.nano-signup{position:fixed;inset:0;z-index:90000;display:flex;align-items:center;justify-content:center;padding:16px;box-sizing:border-box;background:rgba(20,20,20,.6);font-family:Helvetica,Arial,sans-serif;animation:nano-signup-fade .3s ease}
.nano-signup[hidden]{display:none}
@keyframes nano-signup-fade{from{opacity:0}to{opacity:1}}
.nano-signup__dialog{position:relative;width:100%;max-width:440px;box-sizing:border-box;padding:44px 32px 28px;background:#fff8f0;color:#1d1d1d;border-radius:4px;text-align:center;outline:0;box-shadow:0 10px 40px rgba(0,0,0,.3)}
.nano-signup__close{position:absolute;top:10px;right:10px;width:32px;height:32px;margin:0;padding:0;border:0;border-radius:50%;background:transparent;color:#1d1d1d;font:400 26px/32px Helvetica,Arial,sans-serif;cursor:pointer}
.nano-signup__eyebrow{margin:0 0 6px;font-size:13px;letter-spacing:.15em;text-transform:uppercase}
.nano-signup__title{margin:0 0 10px;font:700 28px/1.15 Helvetica,Arial,sans-serif;color:#1d1d1d}
.nano-signup__text{margin:0 0 20px;font-size:15px;line-height:1.45}
.nano-signup__email{display:block;width:100%;box-sizing:border-box;margin:0 0 12px;padding:12px 14px;border:1px solid #8a8a8a;border-radius:2px;background:#fff;color:#1d1d1d;font:16px Helvetica,Arial,sans-serif}
.nano-signup__error{margin:-6px 0 10px;color:#b00020;font-size:13px;text-align:left}
.nano-signup__submit,.nano-signup__decline{display:block;width:100%;margin:0 0 10px;padding:13px 16px;border-radius:2px;font:700 15px Helvetica,Arial,sans-serif;cursor:pointer}
.nano-signup__submit{border:0;background:#1d1d1d;color:#fff}
.nano-signup__decline{border:0;background:transparent;color:#1d1d1d;font-weight:400;text-decoration:underline}
</style>`;

const MARKUP = `<div id="shopify-block-signup-popup" class="shopify-block shopify-app-block">
<div class="nano-signup" data-nano-signup hidden>
  <div class="nano-signup__dialog" role="dialog" aria-modal="true" aria-label="POPUP Form" tabindex="-1">
    <button type="button" class="nano-signup__close" aria-label="Close dialog">&times;</button>
    <form class="nano-signup__form" novalidate>
      <p class="nano-signup__eyebrow">Welcome offer</p>
      <h2 class="nano-signup__title">Unlock 10% off your first order</h2>
      <p class="nano-signup__text">Join our list for new arrivals, restocks and members-only offers.</p>
      <input class="nano-signup__email" type="email" name="email" autocomplete="email" placeholder="Email" aria-label="Email">
      <p class="nano-signup__error" role="alert" hidden>Please enter a valid email address.</p>
      <button type="submit" class="nano-signup__submit">Get 10% off</button>
      <button type="button" class="nano-signup__decline">No thanks</button>
    </form>
    <div class="nano-signup__success" role="status" hidden>
      <h2 class="nano-signup__title">You're in!</h2>
      <p class="nano-signup__text">Use code <strong>WELCOME10</strong> at checkout.</p>
      <button type="button" class="nano-signup__submit" data-nano-signup-done>Continue shopping</button>
    </div>
  </div>
</div>
</div>`;

const SCRIPT = `<script>
(function () {
  var STORAGE_KEY = ${JSON.stringify(SIGNUP_POPUP_STORAGE_KEY)};
  var root = document.querySelector('[data-nano-signup]');
  if (!root) return;
  try {
    if (window.localStorage.getItem(STORAGE_KEY) !== null) { root.parentNode.removeChild(root); return; }
  } catch (error) { /* storage blocked: show it, as the vendors do */ }
  // Like real popups: either a moment after load or right after the first click, chosen per page view.
  var trigger = Math.random() < 0.5 ? 'load' : 'first-click';
  var delay = Math.round(Math.random() * 2500);
  root.setAttribute('data-trigger', trigger);
  root.setAttribute('data-delay-ms', String(delay));
  var dialog = root.querySelector('[role=dialog]');
  var form = root.querySelector('form');
  var opened = false;

  function remember(answer) {
    try { window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ answer: answer, at: Date.now() })); } catch (error) { /* ignore */ }
  }
  function onKeydown(event) { if (event.key === 'Escape') close('escape'); }
  function open() {
    if (opened || !root.isConnected) return;
    opened = true;
    root.hidden = false;
    dialog.focus({ preventScroll: true });
    document.addEventListener('keydown', onKeydown);
  }
  function close(answer) {
    remember(answer);
    document.removeEventListener('keydown', onKeydown);
    if (root.parentNode) root.parentNode.removeChild(root);
  }

  root.addEventListener('click', function (event) { if (event.target === root) close('backdrop'); });
  root.querySelector('.nano-signup__close').addEventListener('click', function () { close('close'); });
  root.querySelector('.nano-signup__decline').addEventListener('click', function () { close('declined'); });
  root.querySelector('[data-nano-signup-done]').addEventListener('click', function () { close('subscribed'); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var valid = /^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(form.elements.email.value);
    form.querySelector('.nano-signup__error').hidden = valid;
    if (!valid) return;
    remember('subscribed');
    form.hidden = true;
    root.querySelector('.nano-signup__success').hidden = false;
  });

  if (trigger === 'load') window.setTimeout(open, delay);
  else document.addEventListener('click', function () { window.setTimeout(open, delay); }, { capture: true, once: true });
})();
</script>`;

export function renderSignupPopup(): string {
  return `${STYLE}\n${MARKUP}\n${SCRIPT}`;
}
