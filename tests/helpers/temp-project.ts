// Writes a tiny Playwright project into a folder inside the repository (so it resolves our
// node_modules) and runs the real `playwright test` on it, as Playwright's own reporter tests do.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runNode, type CommandRun } from './run-node';
import { repositoryRoot } from './paths';

export interface ProjectRun extends CommandRun {
  directory: string;
}

export function writeProject(files: Record<string, string>): string {
  const base = join(repositoryRoot, 'reports', 'temp-projects');
  mkdirSync(base, { recursive: true });
  const directory = mkdtempSync(join(base, 'project-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, name)), { recursive: true });
    writeFileSync(join(directory, name), content);
  }
  return directory;
}

export async function runProject(directory: string, env: Record<string, string> = {}, args: string[] = []): Promise<ProjectRun> {
  const playwright = join(repositoryRoot, 'node_modules/@playwright/test/cli.js');
  const run = await runNode(playwright, ['test', ...args], { cwd: directory, env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return { ...run, directory };
}
