// Folders for paths users configure (NANO_SRE_DB, REPORTS_DIR). Node's recursive mkdir can spin
// forever on some pseudo file systems (/proc), so missing levels are created one at a time.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function ensureDirectory(path: string): void {
  const missing: string[] = [];
  let current = resolve(path);
  while (!existsSync(current)) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directory of missing) mkdirSync(directory);
}
