// Settings and store targets: typed values, and one line per bad variable naming it.
import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { expect, test } from '@playwright/test';
import { readSettings } from '../../config/settings';
import { variableNames, variables } from '../../config/settings-schema';
import { parseStoreUrl, resolveStores } from '../../config/stores';
import { readAlertSettings } from '../../reporters/alerts/alert-settings';
import { readDiagnosisSettings } from '../../reporters/diagnosis/diagnosis-settings';
import { personalDataRedactionEnabled } from '../../reporters/redaction';

test('defaults need no environment at all', () => {
  const settings = readSettings({});
  expect(settings).toMatchObject({ DEMO_STORE_PORT: 4311, NANO_SRE_DB: './nano_sre.db', RETENTION_DAYS: 90, RETRIES: 1, WORKERS: 2, DEVICES: ['desktop', 'mobile'] });
  expect(resolveStores(settings)).toEqual([{ url: 'http://127.0.0.1:4311', label: 'demo-store', isDemo: true }]);
});

test('bad values are reported together, each naming its variable and the accepted values', () => {
  expect(() => readSettings({ DEMO_STORE_PORT: 'eighty', RETENTION_DAYS: '-3' })).toThrow(
    /^DEMO_STORE_PORT="eighty" is not valid \(use a whole number from 1 to 65535\).*\nRETENTION_DAYS="-3" is not valid \(use a whole number of 1 or more\)/,
  );
  expect(() => readSettings({ WORKERS: 'abc' })).toThrow(
    'WORKERS="abc" is not valid (use a whole number or a percentage such as 50%); fix it in the environment or .env (see README).',
  );
  expect(() => readSettings({ DEVICES: 'desktop,tablet' })).toThrow(/^DEVICES="desktop,tablet" is not valid \(tablet unknown; use desktop, mobile/);
});

test('WORKERS takes a count or a share of the cores, as Playwright does', () => {
  expect(readSettings({ WORKERS: '4' }).WORKERS).toBe(4);
  expect(readSettings({ WORKERS: ' 50% ' }).WORKERS).toBe('50%');
  for (const bad of ['0', '1.5', '150%', 'half']) expect(() => readSettings({ WORKERS: bad }), bad).toThrow(/^WORKERS=/);
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

test('.env.example copied to .env is a valid configuration for every part, and lists every variable', () => {
  const example = parse(readFileSync('.env.example', 'utf8'));
  expect(readSettings(example)).toMatchObject({ NANO_SRE_DB: './nano_sre.db', STORE_URL: undefined, STEP_TIMEOUT_MS: 15000 });
  expect(readDiagnosisSettings(example)).toMatchObject({ llm: undefined, cacheHours: 24, personalData: true });
  expect(readAlertSettings(example)).toMatchObject({ ALERT_AFTER_FAILURES: 2, DISCORD_WEBHOOK_URL: undefined });
  expect(Object.keys(example).sort()).toEqual([...variableNames].sort());
});

test('every variable is documented where its error line sends the reader', () => {
  for (const name of variableNames) {
    const { documentedIn } = variables[name];
    const page = readFileSync(documentedIn === 'README' ? 'README.md' : documentedIn, 'utf8');
    expect(page, `${name} in ${documentedIn}`).toContain(name);
  }
});

test('blank values mean the default, as in a half-filled .env', () => {
  expect(readSettings({ NANO_SRE_DB: '', STEP_TIMEOUT_MS: ' ', DEVICES: '', WORKERS: '' })).toMatchObject({
    NANO_SRE_DB: './nano_sre.db',
    STEP_TIMEOUT_MS: 15000,
    DEVICES: ['desktop', 'mobile'],
    WORKERS: 2,
  });
  const blanks = Object.fromEntries(variableNames.map((name) => [name, '']));
  expect(readDiagnosisSettings(blanks)).toMatchObject({ cacheHours: 24, personalData: true, databasePath: './nano_sre.db' });
  expect(readAlertSettings(blanks)).toMatchObject({ ALERT_COOLDOWN_MINUTES: 60, RETENTION_DAYS: 90 });
});

test('redaction reads REDACT_PII through the schema, and stays on when it cannot', () => {
  expect(personalDataRedactionEnabled({})).toBe(true);
  expect(personalDataRedactionEnabled({ REDACT_PII: 'No' })).toBe(false);
  expect(personalDataRedactionEnabled({ REDACT_PII: 'maybe' })).toBe(true);
});
