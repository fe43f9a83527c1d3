// Turns STORE_URL (one URL or a comma-separated list) into the stores a run monitors.
// With no STORE_URL the built-in demo store is the one store.
import { SettingsError } from './settings-error';
import type { Settings } from './settings';

export interface StoreTarget {
  /** Origin plus path prefix, no trailing slash: https://shop.example.com or https://x.com/en-ca */
  url: string;
  /** Short label used in project names and alerts: the host, plus port when not default. */
  label: string;
  isDemo: boolean;
}

function demoStoreUrl(settings: Pick<Settings, 'DEMO_STORE_PORT'>): string {
  return `http://127.0.0.1:${settings.DEMO_STORE_PORT}`;
}

export function parseStoreUrl(raw: string): StoreTarget {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new SettingsError(`STORE_URL entry "${text}" is not a URL; use e.g. https://your-store.myshopify.com`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SettingsError(`STORE_URL entry "${text}" must start with http:// or https://`);
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    throw new SettingsError(`STORE_URL entry "${text}" has no domain; use e.g. https://your-store.myshopify.com`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { url: `${url.origin}${path}`, label: url.host, isDemo: false };
}

/** STORE_URL's entries, each normalised; a store listed twice is refused. */
export function parseStoreList(text: string): StoreTarget[] {
  const stores = text.split(',').filter((entry) => entry.trim()).map(parseStoreUrl);
  const seen = new Set<string>();
  for (const store of stores) {
    if (seen.has(store.url)) throw new SettingsError(`STORE_URL lists ${store.url} twice; list each store once`);
    seen.add(store.url);
  }
  return stores;
}

export function resolveStores(settings: Pick<Settings, 'STORE_URL' | 'DEMO_STORE_PORT'>): StoreTarget[] {
  if (!settings.STORE_URL) return [{ url: demoStoreUrl(settings), label: 'demo-store', isDemo: true }];
  return parseStoreList(settings.STORE_URL);
}
