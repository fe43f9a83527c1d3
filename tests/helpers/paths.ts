// Where things are, for every test: the repository (tests run the real suite and tools from it)
// and fresh temporary folders.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function makeTempDir(prefix = 'nano-sre-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
