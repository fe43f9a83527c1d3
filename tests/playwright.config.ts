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
  // Three: most end-to-end tests wait on child processes, stores and timeouts rather than compute (measured on 2 cores).
  workers: 3,
  timeout: 180_000,
  reporter: [['list'], ['./helpers/closing-line-reporter.ts']],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions(process.env.CHROMIUM_PATH) },
});
