// The watch with the real suite (no WATCH_COMMAND) against the demo store in Chromium: the first run at
// start is stored as watch:interval; a fault switched on, then POST /hooks/run for one skill, gives a
// FAIL of that skill recorded as watch:manual.
import { expect, test } from '../helpers/demo-store-fixture';
import { findingCodes, readRows, type CheckRow } from '../helpers/read-database';
import { eventually, startWatchProcess } from './watch-process';

const token = 'watch-token-0123456789';

test('the real suite runs at start and on /hooks/run, each run with its trigger', async ({ demoStore }) => {
  const watch = await startWatchProcess({ env: { WATCH_COMMAND: '', STORE_URL: demoStore.url, DEVICES: 'desktop', RETRIES: '0', WATCH_TOKEN: token } });
  try {
    await watch.waitFor(/run ended: PASS/, 150_000);
    const first = readRows<{ trigger: string; status: string }>(watch.databasePath, 'SELECT trigger, status FROM runs');
    expect(first).toEqual([{ trigger: 'watch:interval', status: 'PASS' }]);
    expect(readRows<CheckRow>(watch.databasePath, `SELECT * FROM check_results WHERE skill_name = 'headless_probe'`).map((row) => row.status)).toEqual(['PASS']);

    demoStore.setFaults(['atc_500']);
    const response = await fetch(`${watch.url}/hooks/run`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{"skills":["headless_probe"]}' });
    expect(await response.json()).toEqual({ run: 'started', trigger: 'watch:manual' });
    await eventually(() => readRows(watch.databasePath, 'SELECT 1 FROM runs').length === 2, 150_000, 'the manual run');
    const [manual] = readRows<{ id: string; status: string }>(watch.databasePath, `SELECT id, status FROM runs WHERE trigger = 'watch:manual'`);
    expect(manual.status).toBe('FAIL');
    const rows = readRows<CheckRow>(watch.databasePath, 'SELECT * FROM check_results WHERE run_id = ?', manual.id);
    expect(rows.map((row) => row.skill_name)).toEqual(['headless_probe']); // only the skill asked for
    expect(findingCodes(rows[0], ['fail'])).toContain('cart.add_failed');
  } finally {
    await watch.stop();
  }
});
