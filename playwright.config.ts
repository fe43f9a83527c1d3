// The monitoring run: one project per store x device, the demo store when no STORE_URL is set,
// and Playwright's reporters beside ours (reporters/nano-sre-reporter.ts).
import { defineConfig, devices, type Project } from '@playwright/test';
import { chromiumLaunchOptions, playwrightFfmpegInstalled } from './config/browser';
import { checkEnvironment } from './config/check-environment';
import type { DeviceName } from './config/core-variables';
import { readSettings } from './config/settings';
import { resolveStores } from './config/stores';
import type { StoreOptions } from './fixtures/store-options';

const deviceDescriptors = {
  desktop: devices['Desktop Chrome'],
  // An iPhone's viewport, touch and user agent, driven by Chromium (WebKit is not needed to catch layout and tap bugs).
  mobile: { ...devices['iPhone 17 Pro'], defaultBrowserType: 'chromium' as const },
} satisfies Record<DeviceName, object>;

// Every variable is checked here, before Playwright starts a web server or a browser: one line each.
// merge-reports starts neither, so a bad alert or LLM setting there costs only its stage, as in-process.
const problems = checkEnvironment(process.env, process.argv[2] === 'merge-reports' ? 'core' : 'everything');
if (problems.length) {
  console.error(problems.map((line) => `nano-sre: ${line}`).join('\n'));
  process.exit(2);
}

const settings = readSettings();
const stores = resolveStores(settings);
const deviceNames = settings.DEVICES;
const launchOptions = chromiumLaunchOptions(settings.CHROMIUM_PATH);
const demoStore = stores.find((store) => store.isDemo);

const projects: Project<StoreOptions>[] = stores.flatMap((store) =>
  deviceNames.map((device) => ({
    name: `${store.label} ${device}`,
    metadata: { storeUrl: store.url, device },
    use: { ...deviceDescriptors[device], browserName: 'chromium' as const, launchOptions, storeUrl: store.url, deviceName: device },
  })),
);

export default defineConfig<StoreOptions>({
  testDir: './skills',
  testMatch: '**/*.skill.ts',
  outputDir: `${settings.REPORTS_DIR}/test-results`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: settings.RETRIES,
  workers: settings.WORKERS,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: `${settings.REPORTS_DIR}/html`, open: 'never' }],
    ['junit', { outputFile: `${settings.REPORTS_DIR}/junit.xml` }],
    ['./reporters/nano-sre-reporter.ts'],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: playwrightFfmpegInstalled() ? 'retain-on-failure' : 'off',
    actionTimeout: settings.STEP_TIMEOUT_MS,
    navigationTimeout: settings.STEP_TIMEOUT_MS,
  },
  projects,
  webServer: demoStore
    ? {
        command: 'npx tsx demo-store/main.ts',
        url: `${demoStore.url}/__demo/health`,
        reuseExistingServer: !process.env.CI,
        timeout: 30_000,
        env: {
          DEMO_STORE_PORT: String(settings.DEMO_STORE_PORT),
          DEMO_FAULTS: settings.DEMO_FAULTS,
          DEMO_THEME: settings.DEMO_THEME,
          DEMO_CART_TYPE: settings.DEMO_CART_TYPE,
          DEMO_NOISE: settings.DEMO_NOISE,
          DEMO_CONSENT_REQUIRED: String(settings.DEMO_CONSENT_REQUIRED),
          DEMO_SLOW_TTFB_MS: String(settings.DEMO_SLOW_TTFB_MS),
        },
      }
    : undefined,
});
