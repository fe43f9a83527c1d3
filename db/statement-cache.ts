// Prepared statements kept per open database: a run saves dozens of results, and preparing the same SQL
// for each one costs more than running it.
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for `sql` on this database, prepared once. Not for statements iterated while others run. */
export function statement(database: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(database);
  if (!statements) cache.set(database, (statements = new Map()));
  let prepared = statements.get(sql);
  if (!prepared) statements.set(sql, (prepared = database.prepare(sql)));
  return prepared;
}
