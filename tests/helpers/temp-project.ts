// Writes a tiny Playwright project into a folder inside the repository (so it resolves our
// node_modules) and runs the real `playwright test` on it, as Playwright's own reporter tests do.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repositoryRoot } from './run-suite';

export interface ProjectRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
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

export function runProject(directory: string, env: Record<string, string> = {}, args: string[] = []): Promise<ProjectRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repositoryRoot, 'node_modules/@playwright/test/cli.js'), 'test', ...args], {
      cwd: directory,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr, directory }));
  });
}
