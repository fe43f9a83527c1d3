// Locale and market prefixes in storefront URLs (`/fr/products/x`, `/en-ca/cart/add.js`). Shopify
// serves the same routes under them and prints the prefix as `window.Shopify.routes.root`, which is
// why themes and monitors must build cart URLs from that root instead of hard-coding `/`.

/** The prefixes this store answers under: a few published languages and one market (Canada). */
export const LOCALE_PREFIXES = ['fr', 'de', 'es', 'en-ca', 'fr-ca'] as const;
export type LocalePrefix = (typeof LOCALE_PREFIXES)[number];

export interface LocalizedPath {
  /** `/` without a prefix, else `/en-ca/`: always ends in a slash, as routes.root does. */
  root: string;
  /** The path the routes see, prefix removed (`/en-ca` alone is the home page). */
  path: string;
  /** The language Shopify.locale reports (`en-ca` → `en`). */
  locale: string;
}

function isLocalePrefix(segment: string): segment is LocalePrefix {
  return (LOCALE_PREFIXES as readonly string[]).includes(segment);
}

/** Splits `/en-ca/products/x` into root `/en-ca/` and path `/products/x`; other paths pass through. */
export function splitLocalePrefix(pathname: string): LocalizedPath {
  const match = /^\/([a-z]{2}(?:-[a-z]{2})?)(\/.*)?$/.exec(pathname);
  const segment = match?.[1];
  if (!match || !segment || !isLocalePrefix(segment)) return { root: '/', path: pathname, locale: 'en' };
  return { root: `/${segment}/`, path: match[2] ?? '/', locale: segment.split('-')[0] ?? 'en' };
}
