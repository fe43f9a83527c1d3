// The project's own tests: unit tests and end-to-end runs of the real suite in child processes.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../config/browser';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.test.ts',
  outputDir: '../reports/self-test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two, as the cores: with three, the visual auditor's suites ran short of CPU and one judged a page wrongly.
  workers: 2,
  timeout: 180_000,
  reporter: [['list'], ['./helpers/closing-line-reporter.ts']],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions(process.env.CHROMIUM_PATH) },
});
