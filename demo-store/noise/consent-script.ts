// The browser half of the consent banner: `window.Shopify.customerPrivacy` (the Customer Privacy
// API's calls that pixels and apps use) and the banner's buttons. The answer lives in the
// `_tracking_consent` cookie as the v2.1 JSON Shopify wrote before its opaque v3 format
// (`{"con":{"CMP":{"a":"1","m":"0",...}},"v":"2.1","reg":"GDPR",...}`, URL-encoded); "1"/"0" are
// granted/declined per purpose (a analytics, m marketing, p preferences, s sale of data), "" unanswered.

export const TRACKING_CONSENT_COOKIE = '_tracking_consent';

/**
 * `consentRequired`: the visitor's region needs consent, so every purpose is "not allowed" until the
 * answer. Elsewhere (Shopify's default outside such regions) tracking is allowed until declined.
 */
export function consentScript(consentRequired: boolean): string {
  return `<script>
(function () {
  var COOKIE = ${JSON.stringify(TRACKING_CONSENT_COOKIE)};
  var REQUIRED = ${consentRequired ? 'true' : 'false'};
  var banner = document.getElementById('shopify-pc__banner');
  var prefs = document.getElementById('shopify-pc__prefs');

  function readConsent() {
    var match = document.cookie.match(/(?:^|;\\s*)_tracking_consent=([^;]*)/);
    if (!match) return null;
    try { return JSON.parse(decodeURIComponent(match[1])); } catch (error) { return null; }
  }
  function purposes() {
    var consent = readConsent();
    return (consent && consent.con && consent.con.CMP) || { a: '', m: '', p: '', s: '' };
  }
  function asYesNo(value) { return value === '1' ? 'yes' : value === '0' ? 'no' : ''; }
  // Unanswered: allowed unless the region requires consent.
  function allowed(value) { return value === '1' || (value === '' && !REQUIRED); }
  function writeConsent(choice) {
    var flag = function (allowed) { return allowed ? '1' : '0'; };
    var value = {
      con: { CMP: { a: flag(choice.analytics), m: flag(choice.marketing), p: flag(choice.preferences), s: flag(choice.sale_of_data) } },
      v: '2.1', region: REQUIRED ? 'DEBE' : 'USNY', reg: REQUIRED ? 'GDPR' : '',
      purposes: { a: !!choice.analytics, p: !!choice.preferences, m: !!choice.marketing, t: true },
      display_banner: false, sale_of_data_region: false
    };
    document.cookie = COOKIE + '=' + encodeURIComponent(JSON.stringify(value)) + '; Path=/; Max-Age=31536000; SameSite=Lax';
  }

  var api = {
    currentVisitorConsent: function () {
      var given = purposes();
      return { marketing: asYesNo(given.m), analytics: asYesNo(given.a), preferences: asYesNo(given.p), sale_of_data: asYesNo(given.s) };
    },
    setTrackingConsent: function (consent, callback) {
      // The old boolean form granted or declined everything at once.
      var choice = typeof consent === 'boolean' ? { analytics: consent, marketing: consent, preferences: consent, sale_of_data: consent } : (consent || {});
      writeConsent(choice);
      hideBanner();
      var given = purposes();
      document.dispatchEvent(new CustomEvent('visitorConsentCollected', { detail: {
        analyticsAllowed: given.a === '1', marketingAllowed: given.m === '1', preferencesAllowed: given.p === '1', saleOfDataAllowed: given.s === '1'
      } }));
      if (typeof callback === 'function') window.setTimeout(function () { callback({}); }, 0);
    },
    getTrackingConsent: function () { var given = purposes(); return given.m === '' ? 'no_interaction' : given.m === '1' && given.a === '1' ? 'yes' : 'no'; },
    analyticsProcessingAllowed: function () { return allowed(purposes().a); },
    marketingAllowed: function () { return allowed(purposes().m); },
    preferencesProcessingAllowed: function () { return allowed(purposes().p); },
    saleOfDataAllowed: function () { return allowed(purposes().s); },
    userCanBeTracked: function () { var given = purposes(); return allowed(given.a) && allowed(given.m); },
    shouldShowBanner: function () { return readConsent() === null; },
    getRegion: function () { return REQUIRED ? 'DEBE' : 'USNY'; }
  };
  window.Shopify = window.Shopify || {};
  window.Shopify.customerPrivacy = api;
  // Apps call Shopify.loadFeatures([{name: 'consent-tracking-api', version: '0.1'}], cb) before using the API.
  if (typeof window.Shopify.loadFeatures !== 'function') {
    window.Shopify.loadFeatures = function (features, callback) { window.setTimeout(function () { if (callback) callback(null); }, 0); };
  }

  function hideBanner() { banner.hidden = true; prefs.hidden = true; }
  function all(allowed) { return { analytics: allowed, marketing: allowed, preferences: allowed, sale_of_data: allowed }; }
  function checked(name) { return prefs.querySelector('input[name=' + name + ']').checked; }

  banner.querySelector('#shopify-pc__banner__btn-accept').addEventListener('click', function () { api.setTrackingConsent(all(true)); });
  banner.querySelector('#shopify-pc__banner__btn-decline').addEventListener('click', function () { api.setTrackingConsent(all(false)); });
  banner.querySelector('#shopify-pc__banner__btn-manage-prefs').addEventListener('click', function () {
    var given = api.currentVisitorConsent();
    ['analytics', 'marketing', 'preferences'].forEach(function (name) { prefs.querySelector('input[name=' + name + ']').checked = given[name] === 'yes'; });
    prefs.hidden = false;
    prefs.querySelector('.shopify-pc__prefs__close').focus();
  });
  prefs.querySelector('.shopify-pc__prefs__close').addEventListener('click', function () { prefs.hidden = true; });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape' && !prefs.hidden) prefs.hidden = true; });
  prefs.querySelector('.shopify-pc__prefs__btn-accept').addEventListener('click', function () { api.setTrackingConsent(all(true)); });
  prefs.querySelector('.shopify-pc__prefs__btn-decline').addEventListener('click', function () { api.setTrackingConsent(all(false)); });
  prefs.querySelector('.shopify-pc__prefs__btn-save').addEventListener('click', function () {
    api.setTrackingConsent({ analytics: checked('analytics'), marketing: checked('marketing'), preferences: checked('preferences'), sale_of_data: checked('marketing') });
  });

  if (api.shouldShowBanner()) banner.hidden = false;
})();
</script>`;
}
