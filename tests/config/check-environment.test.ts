// The up-front check: every variable's invalid example is refused with exactly one line naming it,
// and a real `playwright test` with a bad value stops with that line before any browser starts.
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkEnvironment } from '../../config/check-environment';
import { badInputs } from '../../config/settings-schema';
import { runSuite } from '../helpers/run-suite';

test('a good environment has no problems', () => {
  expect(checkEnvironment({})).toEqual([]);
});

for (const { name, value, secret } of badInputs) {
  test(`${name}=${JSON.stringify(value)} is one line naming ${name}`, () => {
    const problems = checkEnvironment({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}[= ]`));
    if (secret) expect(problems[0]).not.toContain(value);
  });
}

test('several bad variables are reported together, one line each', () => {
  const problems = checkEnvironment({ WORKERS: 'abc', LLM_TIMEOUT_MS: 'soon', ALERT_ON_WARN: 'maybe', STORE_URL: 'ftp://x.example.com' });
  expect(problems.map((line) => line.split(/[= ]/)[0])).toEqual(['WORKERS', 'LLM_TIMEOUT_MS', 'ALERT_ON_WARN', 'STORE_URL']);
});

test('merge-reports checks only what the run itself needs: a bad alert setting costs only the alerts there', () => {
  expect(checkEnvironment({ ALERT_COOLDOWN_MINUTES: 'soon', LLM_BASE_URL: 'not a url' }, 'core')).toEqual([]);
  expect(checkEnvironment({ RETENTION_DAYS: '-3' }, 'core')).toHaveLength(1);
});

test('WORKERS=abc stops `playwright test` with one line naming it, before any browser starts', async () => {
  const run = await runSuite({ env: { WORKERS: 'abc' } });
  expect(run.exitCode, run.stdout + run.stderr).toBe(2);
  expect(run.stderr.trim().split('\n')).toEqual([
    'nano-sre: WORKERS="abc" is not valid (use a whole number or a percentage such as 50%); fix it in the environment or .env (see README).',
  ]);
  expect(run.stdout).not.toMatch(/Running \d+ test/);
  expect(existsSync(run.reportsDir)).toBe(false);
});

test('a bad alert setting now stops the run up front too, instead of costing the alerts later', async () => {
  const run = await runSuite({ env: { ALERT_COOLDOWN_MINUTES: 'soon' } });
  expect(run.exitCode).toBe(2);
  expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^nano-sre: ALERT_COOLDOWN_MINUTES="soon" is not valid \(use a whole number of 0 or more\); .*docs\/alerters\.md/)]);
});
