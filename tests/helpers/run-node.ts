// Runs a Node script (Playwright's CLI, bin/nano-sre.js) in a child process as a user would,
// and hands back its exit code and output. Every test that runs a command goes through here.
import { spawn } from 'node:child_process';

export interface CommandRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Killed after this long, so a hanging child cannot hang the test run. */
  timeoutMs?: number;
}

export function runNode(script: string, args: string[], options: CommandOptions): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 150_000);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr });
    });
  });
}
