// `nano-sre mute` as a user runs it (bin/nano-sre.js in a child process): a muted store's alerts
// are held; mutes are listed and ended; a bad duration is one line.
import { join } from 'node:path';
import { runNode, type CommandRun } from '../helpers/run-node';
import { repositoryRoot } from '../helpers/paths';
import { expect, test } from '../reporters/alerts/alert-fixtures';

function nanoSre(args: string[], env: Record<string, string>): Promise<CommandRun> {
  return runNode(join(repositoryRoot, 'bin/nano-sre.js'), args, { cwd: repositoryRoot, env: { ...process.env, STORE_URL: 'https://shop.example.com', FORCE_COLOR: '0', ...env } });
}

test('`nano-sre mute STORE --for 2h` lists and ends mutes; a bad duration is one line', async ({ databasePath }) => {
  const env = { NANO_SRE_DB: databasePath };
  const muted = await nanoSre(['mute', 'shop.example.com', '--for', '2h', '--reason', 'theme deploy'], env);
  expect(muted.stdout).toMatch(/https:\/\/shop\.example\.com muted until \d{4}-/);
  expect((await nanoSre(['mute', '--list'], env)).stdout).toContain('https://shop.example.com until');
  expect((await nanoSre(['mute', 'https://shop.example.com/', '--off'], env)).stdout).toContain('1 mute(s) ended for https://shop.example.com');
  expect((await nanoSre(['mute', '--list'], env)).stdout).toContain('no store is muted');
  const bad = await nanoSre(['mute', 'shop.example.com', '--for', 'soon'], env);
  expect(bad.exitCode).toBe(2);
  expect(bad.stderr.trim()).toBe('nano-sre: --for "soon" is not a duration; use e.g. --for 90m, --for 2h or --for 1d');
});
