// Sharded runs: each shard writes only a blob report; `playwright merge-reports` replays them
// through our reporter, which then stores the whole run once, with its FAILs and incidents.
// Each shard's own exit code is the gate.
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../helpers/demo-store-fixture';
import { readRows, type CheckRow } from '../helpers/read-database';
import { runSuite } from '../helpers/run-suite';
import { makeTempDir } from '../helpers/paths';

test('two shards merged with merge-reports land as one run in SQLite', async ({ demoStore }) => {
  demoStore.setFaults(['atc_500']);
  const merged = makeTempDir('nano-sre-blobs-');
  for (const shard of ['1/2', '2/2']) {
    const blobDir = makeTempDir('nano-sre-blob-');
    const run = await runSuite({ env: { STORE_URL: demoStore.url, PLAYWRIGHT_BLOB_OUTPUT_DIR: blobDir }, args: ['skills/headless-probe.skill.ts', `--shard=${shard}`, '--reporter=blob'] });
    expect(run.exitCode).toBe(1);
    for (const file of readdirSync(blobDir)) copyFileSync(join(blobDir, file), join(merged, `${shard.replace('/', '-of-')}-${file}`));
  }

  const replay = await runSuite({ command: 'merge-reports', env: { STORE_URL: demoStore.url }, args: ['--config', 'playwright.config.ts', merged] });
  // merge-reports never gates (Playwright exits 0 unless a reporter broke); the shards' exit codes do.
  expect(replay.exitCode, replay.stdout + replay.stderr).toBe(0);
  expect(replay.stdout).toMatch(/0 passed, 0 warned, 2 failed/);
  const rows = readRows<CheckRow>(replay.databasePath, 'SELECT * FROM check_results ORDER BY device');
  expect(rows.map((row) => [row.device, row.status])).toEqual([['desktop', 'FAIL'], ['mobile', 'FAIL']]);
  expect(new Set(rows.map((row) => row.run_id)).size).toBe(1);
  expect(readRows(replay.databasePath, `SELECT id FROM incidents WHERE status = 'open'`)).toHaveLength(2);
});
