// `nano-sre watch` refuses bad input before it listens or runs anything: one line per problem, exit 2.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTempDir, repositoryRoot } from '../helpers/paths';
import { runNode } from '../helpers/run-node';

const watch = (args: string[], env: Record<string, string> = {}) =>
  runNode(join(repositoryRoot, 'bin/nano-sre.js'), ['watch', '--port', '0', ...args], { cwd: makeTempDir(), env: { ...process.env, STORE_URL: 'https://a.example.com,https://b.example.com', ...env }, timeoutMs: 30_000 });

test('bad durations and a domain list that does not match STORE_URL are one line each', async () => {
  const run = await watch(['--interval', 'soon', '--run-timeout', '0m'], { STORE_MYSHOPIFY_DOMAINS: 'a.myshopify.com' });
  expect(run.exitCode).toBe(2);
  expect(run.stderr.trim().split('\n')).toEqual([
    'nano-sre: --interval "soon" is not a duration; use e.g. --interval 90s, --interval 30m or --interval 2h',
    'nano-sre: --run-timeout "0m" is not a duration; use e.g. --run-timeout 90s, --run-timeout 30m or --run-timeout 2h',
    'nano-sre: STORE_MYSHOPIFY_DOMAINS lists 1 domain(s) but STORE_URL 2 store(s); list one *.myshopify.com domain per STORE_URL entry, in the same order',
  ]);
  expect(run.stdout).not.toContain('listening');
});

test('a weak secret is refused without echoing it', async () => {
  const run = await watch([], { GITHUB_WEBHOOK_SECRET: 'hunter2' });
  expect(run.exitCode).toBe(2);
  expect(run.stderr).toMatch(/^nano-sre: GITHUB_WEBHOOK_SECRET=\(hidden\) is not valid \(use at least 16 characters/);
  expect(run.stderr).not.toContain('hunter2');
});
