// A one-skill Playwright project on our reporter, for fault cases where a real browser adds nothing:
// its skill fails with cart.add_failed while SKILL_PROJECT_FAILS=1 and passes otherwise, in about a second.
// Under watch (tests/watch/watch-process.ts) it also logs each start's trigger to WATCH_TEST_LOG and waits
// while WATCH_TEST_GATE names a file that does not exist yet, so a test decides when a run ends.
import { join } from 'node:path';
import { repositoryRoot } from './paths';
import { runProject, writeProject, type ProjectRun } from './temp-project';

const config = `
import { defineConfig } from '@playwright/test';
export default defineConfig({
  retries: 0,
  workers: 1,
  timeout: 0,
  reporter: [['${join(repositoryRoot, 'reporters/nano-sre-reporter.ts')}']],
  projects: [{ name: 'shop desktop', metadata: { storeUrl: 'https://shop.example.com', device: 'desktop' } }],
});`;

const skill = `
import { appendFileSync, existsSync } from 'node:fs';
import { test } from '@playwright/test';
test('cart_journey', async ({}, testInfo) => {
  if (process.env.WATCH_TEST_LOG) appendFileSync(process.env.WATCH_TEST_LOG, \`\${process.env.NANO_SRE_TRIGGER}\\n\`);
  while (process.env.WATCH_TEST_GATE && !existsSync(process.env.WATCH_TEST_GATE)) await new Promise((resolve) => setTimeout(resolve, 50));
  const fails = process.env.SKILL_PROJECT_FAILS === '1';
  const findings = fails ? [{ code: 'cart.add_failed', level: 'fail', message: 'add to cart answered 500' }] : [];
  await testInfo.attach('nano-sre-skill-record', { contentType: 'application/json',
    body: JSON.stringify({ skillName: 'cart_journey', storeUrl: 'https://shop.example.com', device: 'desktop', findings, metrics: { ttfb_ms: 120 } }) });
  if (fails) throw new Error('[cart.add_failed] add to cart answered 500');
});`;

export function writeSkillProject(): string {
  return writeProject({ 'playwright.config.ts': config, 'cart-journey.spec.ts': skill });
}

export interface SkillProjectRun {
  databasePath: string;
  reportsDir: string;
  fails: boolean;
  /** The fake channel the run alerts (a fake-webhook-sink URL); alerts open on the first failure. */
  webhookUrl?: string;
  env?: Record<string, string>;
}

export function runSkillProject(directory: string, run: SkillProjectRun): Promise<ProjectRun> {
  return runProject(directory, {
    NANO_SRE_DB: run.databasePath,
    REPORTS_DIR: run.reportsDir,
    SKILL_PROJECT_FAILS: run.fails ? '1' : '0',
    ALERT_WEBHOOK_URL: run.webhookUrl ?? '',
    ALERT_AFTER_FAILURES: '1',
    ALERT_DELIVERY_TIMEOUT_SECONDS: '1',
    // Diagnosis by rules only: no MCP child process, nothing here is about diagnosis.
    MCP_COMMAND: 'off',
    DISCORD_WEBHOOK_URL: '',
    SLACK_WEBHOOK_URL: '',
    ...run.env,
  });
}
