// The nano-sre command line: one commander program, each command (or group) registered from its own
// file in cli/commands/. bin/nano-sre.js starts this through tsx; commands read their settings lazily.
import { Command } from 'commander';
import { isUserError } from '../core/user-error';
import { registerAlertsCommand } from './commands/alerts-command';
import { registerIncidentsCommand } from './commands/incidents-command';
import { registerMuteCommand } from './commands/mute-command';
import { registerRunCommand } from './commands/run-command';

const program = new Command('nano-sre')
  .description('AI-assisted synthetic monitoring for Shopify stores')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(`nano-sre: ${text}`) });

registerRunCommand(program);
registerIncidentsCommand(program);
registerAlertsCommand(program);
registerMuteCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // One line per problem (a SettingsError names every bad variable); anything else keeps its stack for a bug report.
  // Errors a user can cause (UserError: bad settings, an unopenable database, a wrong argument) say what to do.
  const text = isUserError(error) ? error.message.split('\n').join('\nnano-sre: ') : error instanceof Error ? error.stack : String(error);
  console.error(`nano-sre: ${text}`);
  process.exitCode = 2;
}
