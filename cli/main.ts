// The nano-sre command line: one commander program, each command group registered from its own file.
// bin/nano-sre.js starts this through tsx; every command reads its settings lazily from the environment.
import { Command } from 'commander';
import { registerAlertCommands } from './alert-commands';
import { registerIncidentsCommand } from './incidents-command';
import { registerMuteCommand } from './mute-command';
import { registerRunCommand } from './run-command';

const program = new Command('nano-sre')
  .description('AI-assisted synthetic monitoring for Shopify stores')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(`nano-sre: ${text}`) });

registerRunCommand(program);
registerIncidentsCommand(program);
registerAlertCommands(program);
registerMuteCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Errors a user can cause arrive here as one line; anything else keeps its stack for a bug report.
  const userError = error instanceof Error && ['SettingsError', 'StoreOpenError', 'CliError'].includes(error.name);
  console.error(`nano-sre: ${userError ? (error as Error).message : error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 2;
}
