// Migrations are dated .sql files (YYYY-MM-DD-NN-name.sql) applied in name order; PRAGMA user_version counts how many ran.
// A file once shipped is never edited: a change is a new dated file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

export const migrationsDirectory = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function listMigrations(directory = migrationsDirectory): string[] {
  const names = readdirSync(directory).filter((name) => /^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+\.sql$/.test(name));
  return names.sort();
}

/** Applies what is missing, each file in its own transaction. Returns the names it applied. */
export function migrate(database: Database.Database, directory = migrationsDirectory): string[] {
  const migrations = listMigrations(directory);
  const current = database.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `the database is at schema version ${current} but this Nano-SRE knows ${migrations.length}; upgrade Nano-SRE or point NANO_SRE_DB at another file`,
    );
  }
  const applied: string[] = [];
  for (const [index, name] of migrations.entries()) {
    if (index < current) continue;
    const sql = readFileSync(join(directory, name), 'utf8');
    // Re-read the version under the write lock: another process may have migrated meanwhile.
    database.transaction(() => {
      if ((database.pragma('user_version', { simple: true }) as number) > index) return;
      database.exec(sql);
      database.pragma(`user_version = ${index + 1}`);
      applied.push(name);
    }).immediate();
  }
  return applied;
}
