// `nano-sre run [-- playwright args]`: the monitoring suite, as `npx playwright test` runs it,
// from wherever the command is called; the exit code is the suite's.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { readSettings } from '../../config/settings';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('run the monitoring skills once (extra arguments go to playwright test)')
    .allowUnknownOption()
    .argument('[playwrightArgs...]')
    .action(async (playwrightArgs: string[]) => {
      const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
      // The suite runs from the project folder; the database and reports stay where the user is.
      const settings = readSettings();
      const child = spawn(process.execPath, [cli, 'test', '--config', join(projectRoot, 'playwright.config.ts'), ...playwrightArgs], {
        cwd: projectRoot,
        stdio: 'inherit',
        env: {
          ...process.env,
          NANO_SRE_DB: resolve(settings.NANO_SRE_DB),
          REPORTS_DIR: resolve(settings.REPORTS_DIR),
          NANO_SRE_TRIGGER: process.env.NANO_SRE_TRIGGER ?? 'cli',
        },
      });
      process.exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
    });
}
