// What a user gets wrong, and what the monitor says back: a locked store with and without the
// right password, a store that does not answer, an invalid STORE_URL, and two runs at once.
import { join } from 'node:path';
import { expect, freePort, test } from '../helpers/demo-store-fixture';
import { findingCodes, readRows, type CheckRow } from '../helpers/read-database';
import { makeTempDir, runSuite } from '../helpers/run-suite';

test('a locked store is entered with STORE_PASSWORD and the journey passes', async ({ demoStore }) => {
  demoStore.setFaults(['password_page']);
  const run = await runSuite({ env: { STORE_URL: demoStore.url, STORE_PASSWORD: 'nano', DEVICES: 'desktop' } });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  expect(readRows<CheckRow>(run.databasePath, 'SELECT status FROM check_runs')).toEqual([{ status: 'PASS' }]);
});

test('a wrong STORE_PASSWORD is a FAIL that says the password was rejected', async ({ demoStore }) => {
  demoStore.setFaults(['password_page']);
  const run = await runSuite({ env: { STORE_URL: demoStore.url, STORE_PASSWORD: 'not-it', DEVICES: 'desktop' } });
  expect(run.exitCode).toBe(1);
  const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
  expect(findingCodes(row)).toEqual(['store.password_rejected']);
});

test('a store nobody answers for is a FAIL row, not a crash', async () => {
  const port = await freePort();
  const run = await runSuite({ env: { STORE_URL: `http://127.0.0.1:${port}`, DEVICES: 'desktop' } });
  expect(run.exitCode).toBe(1);
  const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_runs');
  expect(row.status).toBe('FAIL');
  expect(findingCodes(row)).toEqual(['store.unreachable']);
  expect(row.summary).toContain('ERR_CONNECTION_REFUSED');
});

test('an invalid STORE_URL is one line that names it and says what to write', async () => {
  const run = await runSuite({ env: { STORE_URL: 'ftp://shop.example.com' } });
  expect(run.exitCode).toBe(2);
  expect(run.stderr.trim().split('\n')[0]).toBe('nano-sre: STORE_URL entry "ftp://shop.example.com" must start with http:// or https://');
});

test('two runs at once against one database both land their rows', async ({ demoStore }) => {
  const databasePath = join(makeTempDir(), 'shared.db');
  const [one, two] = await Promise.all([
    runSuite({ env: { STORE_URL: demoStore.url, DEVICES: 'desktop' }, databasePath }),
    runSuite({ env: { STORE_URL: demoStore.url, DEVICES: 'desktop' }, databasePath }),
  ]);
  expect([one.exitCode, two.exitCode]).toEqual([0, 0]);
  expect(readRows(databasePath, 'SELECT id FROM runs')).toHaveLength(2);
  expect(readRows<CheckRow>(databasePath, 'SELECT status FROM check_runs')).toEqual([{ status: 'PASS' }, { status: 'PASS' }]);
});
