// Settings and store targets: typed values, and one line per bad variable naming it.
import { expect, test } from '@playwright/test';
import { readSettings } from '../../config/settings';
import { parseStoreUrl, resolveStores } from '../../config/stores';

test('defaults need no environment at all', () => {
  const settings = readSettings({});
  expect(settings).toMatchObject({ DEMO_STORE_PORT: 4311, NANO_SRE_DB: './nano_sre.db', RETENTION_DAYS: 90, RETRIES: 1, DEVICES: 'desktop,mobile' });
  expect(resolveStores(settings)).toEqual([{ url: 'http://127.0.0.1:4311', label: 'demo-store', isDemo: true }]);
});

test('bad values are reported together, each naming its variable', () => {
  expect(() => readSettings({ DEMO_STORE_PORT: 'eighty', RETENTION_DAYS: '-3' })).toThrow(
    /^DEMO_STORE_PORT="eighty" is not valid .*\nRETENTION_DAYS="-3" is not valid/,
  );
});

test('STORE_URL takes a comma-separated list, adds https:// and drops a trailing slash', () => {
  const stores = resolveStores(readSettings({ STORE_URL: 'shop-one.myshopify.com/, https://shop-two.com/en-ca/' }));
  expect(stores.map((store) => store.url)).toEqual(['https://shop-one.myshopify.com', 'https://shop-two.com/en-ca']);
  expect(stores.map((store) => store.label)).toEqual(['shop-one.myshopify.com', 'shop-two.com']);
});

test('an invalid STORE_URL says what to write instead', () => {
  expect(() => parseStoreUrl('not a url')).toThrow('STORE_URL entry "not a url" is not a URL; use e.g. https://your-store.myshopify.com');
  expect(() => parseStoreUrl('ftp://shop.example.com')).toThrow(/must start with http:\/\/ or https:\/\//);
  expect(() => parseStoreUrl('myshop')).toThrow(/has no domain/);
  expect(() => resolveStores(readSettings({ STORE_URL: 'a.com,https://a.com' }))).toThrow(/lists https:\/\/a.com twice/);
});

test('.env.example copied to .env is a valid configuration for every part', async () => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('dotenv');
  const { readDiagnosisSettings } = await import('../../reporters/diagnosis/diagnosis-settings');
  const { readAlertSettings } = await import('../../reporters/alerts/alert-settings');
  const example = parse(readFileSync('.env.example', 'utf8'));
  expect(readSettings(example)).toMatchObject({ NANO_SRE_DB: './nano_sre.db', STORE_URL: undefined, TTFB_WARN_MS: 1500 });
  expect(readDiagnosisSettings(example)).toMatchObject({ llm: undefined, cacheHours: 24, personalData: true });
  expect(readAlertSettings(example)).toMatchObject({ ALERT_AFTER_FAILURES: 2, DISCORD_WEBHOOK_URL: undefined });
});

test('blank values mean the default, as in a half-filled .env', () => {
  expect(readSettings({ NANO_SRE_DB: '', TTFB_WARN_MS: ' ', DEVICES: '' })).toMatchObject({ NANO_SRE_DB: './nano_sre.db', TTFB_WARN_MS: 1500, DEVICES: 'desktop,mobile' });
});
