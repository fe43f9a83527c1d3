// Who owns a script or request, so a finding can say "the loyalty app's script throws on every page"
// instead of naming a host: the theme, Shopify itself, an app (a documented table of hosts apps load
// from, plus app proxies and theme app extensions), or another third party.

/** Hosts apps load their storefront scripts and APIs from (the common ones; extend as stores show more). */
export const appHosts: ReadonlyArray<{ app: string; host: RegExp }> = [
  { app: 'Klaviyo', host: /(^|\.)klaviyo\.com$/ },
  { app: 'Judge.me', host: /(^|\.)judge\.me$/ },
  { app: 'Recharge', host: /(^|\.)(rechargecdn|rechargepayments|rechargeapps)\.com$/ },
  { app: 'Yotpo', host: /(^|\.)yotpo\.com$/ },
  { app: 'Gorgias', host: /(^|\.)gorgias\.(chat|io)$/ },
  { app: 'Privy', host: /(^|\.)privy\.com$/ },
  { app: 'Loox', host: /(^|\.)loox\.io$/ },
  { app: 'Stamped', host: /(^|\.)stamped\.io$/ },
  { app: 'Okendo', host: /(^|\.)okendo\.io$/ },
  { app: 'Omnisend', host: /(^|\.)(omnisend|omnisnippet1|omnisrc)\.com$/ },
  { app: 'Attentive', host: /(^|\.)attn\.tv$/ },
  { app: 'Smile.io', host: /(^|\.)smile\.io$/ },
  { app: 'LoyaltyLion', host: /(^|\.)loyaltylion\.(net|com)$/ },
  { app: 'Rebuy', host: /(^|\.)rebuyengine\.com$/ },
  { app: 'Bold', host: /(^|\.)boldapps\.net$/ },
  { app: 'Tidio', host: /(^|\.)tidio\.co$/ },
  { app: 'Zendesk', host: /(^|\.)zdassets\.com$/ },
  { app: 'Intercom', host: /(^|\.)intercom(cdn)?\.(io|com)$/ },
  { app: 'Hotjar', host: /(^|\.)hotjar\.com$/ },
  { app: 'Google Tag Manager', host: /^www\.googletagmanager\.com$/ },
  { app: 'Meta Pixel', host: /^connect\.facebook\.net$/ },
  { app: 'TikTok Pixel', host: /^analytics\.tiktok\.com$/ },
];

/** Shopify's own hosts: platform scripts and the CDN theme assets are served from. */
const shopifyHosts = /(^|\.)(shopify\.com|shopifycdn\.com|shopifysvc\.com|shopifycloud\.com|shop\.app)$/;

export type ScriptOwner =
  | { kind: 'theme'; name: string }
  | { kind: 'app'; name: string }
  | { kind: 'shopify'; name: string }
  | { kind: 'third-party'; name: string }
  | { kind: 'inline'; name: string };

/** The owner of a script or request URL on a store whose pages live on `storeHost`. */
export function ownerOf(url: string | null, storeHost: string): ScriptOwner {
  if (!url) return { kind: 'inline', name: 'an inline script on the page' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'inline', name: 'an inline script on the page' };
  }
  const path = parsed.pathname;
  const known = appHosts.find((entry) => entry.host.test(parsed.hostname));
  if (known) return { kind: 'app', name: known.app };
  const proxied = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?apps\/([^/]+)/i.exec(path);
  if (parsed.host === storeHost && proxied) return { kind: 'app', name: `the app behind /apps/${proxied[1]}` };
  if (/\/extensions\/[0-9a-f-]{8,}/i.test(path)) return { kind: 'app', name: 'an app embed (theme app extension)' };
  if (parsed.host === storeHost || shopifyHosts.test(parsed.hostname)) {
    const themeAsset = /\/(?:cdn\/shop\/t\/\d+|s\/files\/[\d/]+\/t\/\d+)\/assets\/([^/?]+)/.exec(path);
    if (themeAsset) return { kind: 'theme', name: `the theme's ${themeAsset[1]}` };
    // An error located at the page's own URL came from a <script> in the page.
    if (parsed.host === storeHost && !/\.js$/.test(path)) return { kind: 'inline', name: 'an inline script on the page' };
    return { kind: 'shopify', name: `Shopify (${parsed.hostname}${path.split('/').slice(0, 3).join('/')})` };
  }
  return { kind: 'third-party', name: parsed.hostname };
}

/** Whether a request goes to a host other than the store's and Shopify's own. */
export function isThirdParty(url: string, storeHost: string): boolean {
  const owner = ownerOf(url, storeHost);
  return owner.kind === 'app' || owner.kind === 'third-party';
}
