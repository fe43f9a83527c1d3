// DEMO_NOISE=market: the country/market prompt that Shopify Markets geolocation apps open on a
// first visit ("You're shopping in United States · Continue · Change country"). Its form is the
// one `{% form 'localization' %}` prints, posting to /localization, which answers with a redirect
// back and the `localization` cookie. Any answer (Continue, ×, Escape, backdrop, a new country)
// leaves that cookie, and the prompt only opens while it is missing.

const COUNTRIES: ReadonlyArray<[code: string, name: string]> = [
  ['US', 'United States (USD $)'],
  ['CA', 'Canada (CAD $)'],
  ['GB', 'United Kingdom (GBP £)'],
  ['DE', 'Germany (EUR €)'],
  ['FR', 'France (EUR €)'],
  ['AU', 'Australia (AUD $)'],
];

/** How long after load the app opens it (the real ones wait for their geolocation lookup). */
const OPEN_DELAY_MS = 500;

const STYLE = `<style>
.nano-market{position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;padding:16px;box-sizing:border-box;background:rgba(0,0,0,.45);font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
.nano-market[hidden],.nano-market__change[hidden]{display:none}
.nano-market__dialog{position:relative;width:100%;max-width:400px;box-sizing:border-box;padding:32px 24px 24px;background:#fff;color:#121212;border-radius:8px;text-align:center;box-shadow:0 10px 30px rgba(0,0,0,.25)}
.nano-market__close{position:absolute;top:8px;right:8px;width:36px;height:36px;margin:0;padding:0;border:0;background:transparent;color:#121212;font:400 24px/36px Arial,sans-serif;cursor:pointer}
.nano-market__title{margin:0 0 8px;font-size:20px;font-weight:700;line-height:1.3;font-family:inherit;color:#121212;letter-spacing:0}
.nano-market__text{margin:0 0 20px;color:#4a4a4a}
.nano-market__dialog button:not(.nano-market__close){display:block;width:100%;margin:0 0 10px;padding:13px 16px;border:1px solid #121212;border-radius:4px;background:#fff;color:#121212;font-size:15px;font-weight:600;line-height:1.2;font-family:inherit;cursor:pointer}
.nano-market__dialog .nano-market__primary{background:#121212;color:#fff}
.nano-market__change label{display:block;margin:0 0 6px;text-align:left;font-weight:600}
.nano-market__change select{display:block;width:100%;margin:0 0 12px;padding:10px;border:1px solid #8a8a8a;border-radius:4px;background:#fff;color:#121212;font:15px Arial,sans-serif}
</style>`;

const MARKUP = `<div id="shopify-block-market-selector" class="shopify-block shopify-app-block">
<div class="nano-market" data-nano-market hidden>
  <div class="nano-market__dialog" role="dialog" aria-modal="true" aria-labelledby="nano-market-title" aria-describedby="nano-market-text">
    <button type="button" class="nano-market__close" aria-label="Close">&times;</button>
    <h2 class="nano-market__title" id="nano-market-title">You're shopping in United States</h2>
    <p class="nano-market__text" id="nano-market-text">Prices are in USD and orders ship to the United States.</p>
    <form method="post" action="/localization" id="localization_form_market" accept-charset="UTF-8" class="shopify-localization-form" enctype="multipart/form-data">
      <input type="hidden" name="form_type" value="localization"><input type="hidden" name="utf8" value="✓"><input type="hidden" name="_method" value="put">
      <input type="hidden" name="return_to" value="/"><input type="hidden" name="language_code" value="en">
      <div class="nano-market__change" hidden>
        <label for="nano-market-country">Country/region</label>
        <select id="nano-market-country" name="country_code">
${COUNTRIES.map(([code, name]) => `          <option value="${code}"${code === 'US' ? ' selected' : ''}>${name}</option>`).join('\n')}
        </select>
        <button type="submit" class="nano-market__primary">Update country</button>
      </div>
      <div class="nano-market__actions">
        <button type="button" class="nano-market__primary nano-market__continue">Continue</button>
        <button type="button" class="nano-market__change-toggle">Change country</button>
      </div>
    </form>
  </div>
</div>
</div>`;

const SCRIPT = `<script>
(function () {
  var root = document.querySelector('[data-nano-market]');
  if (!root) return;
  if (/(?:^|;\\s*)localization=/.test(document.cookie)) { root.parentNode.removeChild(root); return; }
  var form = root.querySelector('form');
  form.elements.return_to.value = window.location.pathname + window.location.search;

  function keepCurrentCountry() {
    document.cookie = 'localization=US; Path=/; Max-Age=31536000; SameSite=Lax';
    document.removeEventListener('keydown', onKeydown);
    if (root.parentNode) root.parentNode.removeChild(root);
  }
  function onKeydown(event) { if (event.key === 'Escape') keepCurrentCountry(); }

  root.addEventListener('click', function (event) { if (event.target === root) keepCurrentCountry(); });
  root.querySelector('.nano-market__close').addEventListener('click', keepCurrentCountry);
  root.querySelector('.nano-market__continue').addEventListener('click', keepCurrentCountry);
  root.querySelector('.nano-market__change-toggle').addEventListener('click', function () {
    root.querySelector('.nano-market__change').hidden = false;
    root.querySelector('.nano-market__actions').hidden = true;
    form.elements.country_code.focus();
  });
  window.setTimeout(function () {
    root.hidden = false;
    document.addEventListener('keydown', onKeydown);
  }, ${OPEN_DELAY_MS});
})();
</script>`;

export function renderMarketSelector(): string {
  return `${STYLE}\n${MARKUP}\n${SCRIPT}`;
}
