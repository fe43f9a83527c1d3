// The one door to the SQLite file: opens it (WAL, busy timeout), migrates, and hands out queries.
// Only the reporter process writes; workers and the CLI may read.
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ensureDirectory } from '../config/paths';
import { UserError } from '../core/user-error';
import { errorText } from '../core/error-text';
import { migrate } from './migrate';

/** NANO_SRE_DB cannot be opened or created: the user's path to fix. */
export class DatabaseOpenError extends UserError {
  override name = 'DatabaseOpenError';
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
    const reason = errorText(error);
    throw new DatabaseOpenError(
      `cannot open the database at NANO_SRE_DB=${path} (${reason}); point NANO_SRE_DB at a writable file path`,
    );
  }
  return database;
}
