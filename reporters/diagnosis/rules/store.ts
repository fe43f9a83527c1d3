// Diagnosis rules for store.* codes: the store down, unreachable, locked, slow, or refusing the monitor.
import { docs, evidenceStatus, evidenceText, type DiagnosisRule, type RuleContext } from './rule-types';

const isLocalStore = (context: RuleContext) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/|$)/.test(context.result.storeUrl);

/** "503 on every page": each page the skill visited answered 5xx, not just one template. */
const everyPageFailed = (context: RuleContext) => {
  const pages = context.result.evidence.pages;
  return pages.length > 0 && pages.every((page) => (page.status ?? 0) >= 500);
};

export const storeRules: DiagnosisRule[] = [
  {
    code: 'store.redirect_loop',
    name: 'store.redirect_loop',
    rootCause: (context) => `${evidenceText(context, 'url') || 'A page'} redirects to itself (or around a circle of URLs) until the browser gives up, so shoppers see "too many redirects" instead of the page.`,
    category: 'store-defect',
    severity: 'P1',
    remediation: ['Look in Online Store > Navigation > URL Redirects for a redirect whose target leads back to its source.', 'Disable apps that redirect by country or language (geolocation, markets) one at a time.', 'If the store sits behind a proxy or CDN, check its redirect rules and HTTPS settings.'],
    confidence: 0.7,
  },
  {
    code: 'store.unreachable',
    name: 'store.unreachable/dns',
    when: (context) => evidenceText(context, 'category') === 'dns' || /ERR_NAME_NOT_RESOLVED|ENOTFOUND|getaddrinfo/i.test(evidenceText(context, 'reason')),
    rootCause: (context) => `The store's host name does not resolve (${evidenceText(context, 'url')}): STORE_URL is misspelled, or the domain's DNS records were removed or expired.`,
    category: 'monitor-misconfiguration',
    severity: 'P1',
    remediation: ['Open STORE_URL in a browser; if it does not load, check the spelling of STORE_URL.', 'If the domain is right, check its DNS records in Settings > Domains (A record 23.227.38.65, CNAME shops.myshopify.com).', 'Point STORE_URL at the .myshopify.com address to monitor the store while DNS is fixed.'],
    docsLinks: [docs.domains],
    confidence: 0.7,
  },
  {
    code: 'store.unreachable',
    name: 'store.unreachable/tls',
    when: (context) => evidenceText(context, 'category') === 'tls' || /ERR_CERT_|ERR_SSL_/.test(evidenceText(context, 'reason')),
    rootCause: (context) => `The store's HTTPS certificate was refused (${evidenceText(context, 'reason') || 'a TLS error'}): it is expired, self-signed, issued for another name, or a proxy in front of the store presents its own. Browsers show shoppers a security warning instead of the store.`,
    category: 'store-defect',
    severity: 'P0',
    remediation: [
      'Open the store in a browser and read the certificate warning: which name and issuer it shows.',
      'In Settings > Domains, check the domain shows "SSL certificate issued"; if it is pending, check the DNS records Shopify asks for.',
      'If a proxy or CDN (Cloudflare) sits in front of the store, check its SSL mode and certificate; STORE_URL with the .myshopify.com domain bypasses it.',
    ],
    docsLinks: [docs.domains],
    confidence: 0.75,
  },
  {
    code: 'store.unreachable',
    name: 'store.unreachable/local-store-down',
    when: (context) => isLocalStore(context) && /ERR_CONNECTION_REFUSED|ECONNREFUSED/i.test(evidenceText(context, 'reason')),
    rootCause: 'Nothing listens at the local STORE_URL: the demo or development store is not running.',
    category: 'monitor-misconfiguration',
    severity: 'P3',
    remediation: ['Start the store (`npm run demo-store`, or `shopify theme dev`) or unset STORE_URL to use the built-in demo store.'],
    confidence: 0.8,
  },
  {
    code: 'store.unreachable',
    name: 'store.unreachable/no-answer',
    rootCause: (context) => `The store did not answer at all (${evidenceText(context, 'reason') || 'no response'}): the domain, its TLS certificate or Shopify's edge is failing, or the network path from the monitor is blocked.`,
    category: 'store-defect',
    severity: 'P0',
    remediation: ['Open the store from another network to tell a store outage from a monitor network problem.', 'Check https://www.shopifystatus.com for a platform incident.', 'Check Settings > Domains: the primary domain must be connected and its SSL certificate issued.'],
    docsLinks: [docs.shopifyStatus, docs.domains],
    confidence: 0.5,
  },
  {
    code: 'store.unavailable',
    name: 'store.unavailable/every-page',
    when: everyPageFailed,
    rootCause: (context) => `Every page answered HTTP ${evidenceStatus(context) ?? '5xx'}: the whole storefront is down (a Shopify incident, a paused or frozen store, or a proxy in front of the store failing), not a single template.`,
    category: 'store-defect',
    severity: 'P0',
    remediation: ['Check https://www.shopifystatus.com and the admin (Settings > Plan) for a paused or frozen store.', 'If a proxy or CDN (Cloudflare) sits in front of the store, bypass it with the .myshopify.com domain to find which layer fails.', 'Contact Shopify Support with the time and URL if the admin shows nothing.'],
    docsLinks: [docs.shopifyStatus],
    confidence: 0.75,
  },
  {
    code: 'store.unavailable',
    name: 'store.unavailable/one-page',
    rootCause: (context) => `${evidenceText(context, 'url')} answered HTTP ${evidenceStatus(context) ?? '5xx'}: a server error on this page, typically a Liquid render timeout or an app proxy failing.`,
    category: 'store-defect',
    severity: 'P1',
    remediation: ['Reload the URL; if it keeps failing, preview the theme and remove recently added sections or app blocks on that template.', 'Run theme-check on the theme to find heavy or broken Liquid.', 'Check https://www.shopifystatus.com if several stores are affected.'],
    docsLinks: [docs.shopifyStatus, docs.themeCheck],
    confidence: 0.55,
  },
  {
    code: 'store.password_protected',
    name: 'store.password_protected/at-checkout',
    when: (context) => context.finding.step === 'Checkout',
    rootCause: 'The storefront opened but checkout sent the shopper to /password: the store is still password-protected, so customers cannot buy.',
    category: 'store-defect',
    severity: 'P0',
    remediation: ['Remove the storefront password in Online Store > Preferences (a paid plan is needed to remove it).', 'If this is a development store, set STORE_PASSWORD so the monitor can enter.'],
    docsLinks: [docs.passwordPage],
    confidence: 0.8,
  },
  {
    code: 'store.password_protected',
    name: 'store.password_protected/locked',
    rootCause: 'Every page redirects to /password: the storefront is locked (the password was left on after launch, or the store is still in development and the monitor has no password).',
    category: 'store-defect',
    severity: 'P0',
    remediation: ['If the store is live: remove the password in Online Store > Preferences.', 'If the store is not launched yet: set STORE_PASSWORD so the monitor can enter.'],
    docsLinks: [docs.passwordPage],
    confidence: 0.7,
  },
  {
    code: 'store.password_rejected',
    name: 'store.password_rejected',
    rootCause: 'The storefront password the monitor uses (STORE_PASSWORD) was rejected: it was changed in the admin or mistyped.',
    category: 'monitor-misconfiguration',
    severity: 'P2',
    remediation: ['Copy the current password from Online Store > Preferences > Password protection into STORE_PASSWORD.'],
    docsLinks: [docs.passwordPage],
    confidence: 0.9,
  },
  {
    code: 'store.blocked_monitor',
    name: 'store.blocked_monitor',
    rootCause: (context) => `The monitor was blocked, not the shoppers: ${evidenceText(context, 'reason') || "Shopify's bot protection or rate limiting refused it"}. Shopify challenges traffic that looks automated (a /challenge page, 429 answers to cart calls); the store itself may be working.`,
    category: 'monitor-misconfiguration',
    severity: 'P3',
    remediation: [
      'Open the store in a normal browser to confirm shoppers are not affected.',
      'Run the monitor less often (one journey per store per interval) and from a stable IP address.',
      'If it persists, ask Shopify Support whether bot protection is flagging the monitor, and monitor a preview or development store for the cart steps.',
    ],
    docsLinks: [docs.ajaxCart],
    confidence: 0.7,
  },
];
