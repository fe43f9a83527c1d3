// The one door to the SQLite file: opens it (WAL, busy timeout), migrates, and hands out queries.
// Only the reporter process writes; workers and the CLI may read.
import { accessSync, constants, existsSync, statfsSync } from 'node:fs';
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

/** Below this, SQLite's "disk I/O error" is the disk being full (it cannot grow the WAL or the shared-memory file). */
const nearlyFullBytes = 1024 * 1024;

function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

function freeBytes(path: string): number | undefined {
  try {
    const disk = statfsSync(dirname(path));
    return disk.bavail * disk.bsize;
  } catch {
    return undefined;
  }
}

/** Why the file or its folder cannot be written, as the file system says it (SQLite only says "unable to open"). */
function writeRefusal(path: string): string | undefined {
  for (const target of [path, dirname(path)]) {
    try {
      if (existsSync(target)) accessSync(target, constants.W_OK);
    } catch (error) {
      return errorText(error);
    }
  }
  return undefined;
}

/**
 * One line for a database Nano-SRE cannot use: the file, the cause in words, and what to do. Nothing here
 * deletes or rewrites the file: a damaged database is the user's to move aside, never ours to replace.
 */
export function describeDatabaseProblem(path: string, error: unknown, doing: 'open' | 'write' | 'use'): string {
  const code = errorCode(error);
  const reason = errorText(error);
  const absolutePath = resolve(path);
  const at = `${{ open: 'cannot open', write: 'could not write', use: 'could not use' }[doing]} the database at NANO_SRE_DB=${path}`;
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) {
    return `${at} (${reason}): the file is damaged or not a SQLite database, and was left as it is; move it aside (or restore a backup) and the next run starts a new one, or point NANO_SRE_DB at another file`;
  }
  const free = freeBytes(absolutePath);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || (/^SQLITE_IOERR/.test(code) && free !== undefined && free < nearlyFullBytes)) {
    return `${at} (${reason}): the disk is full (${Math.floor((free ?? 0) / 1024)} kB free); free some space or point NANO_SRE_DB at another disk`;
  }
  const refusal = writeRefusal(absolutePath);
  if (refusal) return `${at} (${refusal}); make the file and its folder writable or point NANO_SRE_DB at a writable file path`;
  return `${at} (${reason}); point NANO_SRE_DB at a writable file path`;
}

export function openDatabase(path: string): Database.Database {
  const absolutePath = path === ':memory:' ? path : resolve(path);
  let database: Database.Database | undefined;
  try {
    if (absolutePath !== ':memory:') ensureDirectory(dirname(absolutePath));
    database = new Database(absolutePath);
    database.pragma('journal_mode = WAL');
    // WAL with synchronous=NORMAL: never corrupt; a power cut may lose the last run, which results.json still holds.
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 10000');
    database.pragma('foreign_keys = ON');
    migrate(database);
  } catch (error) {
    database?.close();
    throw new DatabaseOpenError(describeDatabaseProblem(path, error, 'open'));
  }
  return database;
}
