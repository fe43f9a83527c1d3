// The nano-sre command line: one commander program, each command (or group) registered from its own
// file in cli/commands/. bin/nano-sre.js starts this through tsx; commands read their settings lazily.
import Database from 'better-sqlite3';
import { Command } from 'commander';
import { isUserError } from '../core/user-error';
import { readSettings } from '../config/settings';
import { describeDatabaseProblem } from '../db/open-database';
import { registerAlertsCommand } from './commands/alerts-command';
import { registerBaselinesCommand } from './commands/baselines-command';
import { registerCheckCommand } from './commands/check-command';
import { registerDashboardCommand } from './commands/dashboard-command';
import { registerIncidentsCommand } from './commands/incidents-command';
import { registerMuteCommand } from './commands/mute-command';
import { registerRunCommand } from './commands/run-command';
import { registerWatchCommand } from './commands/watch-command';

const program = new Command('nano-sre')
  .description('AI-assisted synthetic monitoring for Shopify stores')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(`nano-sre: ${text}`) });

registerRunCommand(program);
registerIncidentsCommand(program);
registerAlertsCommand(program);
registerMuteCommand(program);
registerWatchCommand(program);
registerDashboardCommand(program);
registerCheckCommand(program);
registerBaselinesCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Errors a user can cause (UserError: bad settings, an unopenable database, a wrong argument) print one line
  // per problem, no stack; anything else keeps its stack for a bug report.
  if (isUserError(error)) console.error(error.message.split('\n').map((line) => `nano-sre: ${line}`).join('\n'));
  // A database that opened but fails when read (damaged pages) is the user's file to deal with, not a bug.
  else if (error instanceof Database.SqliteError) console.error(`nano-sre: ${describeDatabaseProblem(readSettings().NANO_SRE_DB, error, 'use')}`);
  else console.error(`nano-sre: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 2;
}
