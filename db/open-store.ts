// The one door to the SQLite file: opens it (WAL, busy timeout), migrates, and hands out queries.
// Only the reporter process writes; workers and the CLI may read.
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ensureDirectory } from '../config/paths';
import { migrate } from './migrate';

export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

export function openDatabase(path: string): Database.Database {
  const absolutePath = path === ':memory:' ? path : resolve(path);
  let database: Database.Database;
  try {
    if (absolutePath !== ':memory:') ensureDirectory(dirname(absolutePath));
    database = new Database(absolutePath);
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 10000');
    database.pragma('foreign_keys = ON');
    migrate(database);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(
      `cannot open the database at NANO_SRE_DB=${path} (${reason}); point NANO_SRE_DB at a writable file path`,
    );
  }
  return database;
}
