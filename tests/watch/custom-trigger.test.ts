// The custom trigger of docs/triggers.md (examples/spool-trigger) loaded by a running watch with
// --trigger: a file dropped in the spool asks for a run, recorded as watch:spool; the file is consumed.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTempDir, repositoryRoot } from '../helpers/paths';
import { readRows } from '../helpers/read-database';
import { eventually, startWatchProcess } from './watch-process';

test('a file in the spool starts a run recorded as watch:spool', async () => {
  const spool = makeTempDir('nano-sre-spool-');
  const watch = await startWatchProcess({ args: ['--trigger', join(repositoryRoot, 'examples/spool-trigger/spool-trigger.ts')], env: { SPOOL_DIR: spool, SPOOL_POLL_MS: '100' } });
  try {
    await watch.waitFor(/spool trigger: watching/);
    await watch.waitFor(/run ended/);
    writeFileSync(join(spool, 'deploy-42.json'), JSON.stringify({ skills: ['cart_journey'] }));
    await watch.waitFor(/spool trigger: deploy-42\.json → started/);
    const triggers = await eventually(() => {
      const found = readRows<{ trigger: string }>(watch.databasePath, 'SELECT trigger FROM runs ORDER BY started_at').map((row) => row.trigger);
      return found.length === 2 && found;
    }, 60_000, 'the spool run');
    expect(triggers).toEqual(['watch:interval', 'watch:spool']);
    expect(existsSync(join(spool, 'deploy-42.json'))).toBe(false);
  } finally {
    await watch.stop();
  }
});

test('a --trigger that is not a trigger module stops watch with one line', async () => {
  const directory = makeTempDir();
  const module = join(directory, 'not-a-trigger.mjs');
  writeFileSync(module, 'export const nothing = 1;\n');
  await expect(startWatchProcess({ args: ['--trigger', module] })).rejects.toThrow(/nano-sre: --trigger .*not-a-trigger\.mjs exports no trigger factory; export default a function/);
});
