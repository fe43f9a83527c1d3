// The monitoring run: one project per store x device, the demo store when no STORE_URL is set,
// and Playwright's reporters beside ours (reporters/nano-sre-reporter.ts).
import { defineConfig, devices, type Project } from '@playwright/test';
import { chromiumLaunchOptions, playwrightFfmpegInstalled } from './config/browser';
import { readSettings, SettingsError, type Settings } from './config/settings';
import { resolveStores, type StoreTarget } from './config/stores';
import type { StoreOptions } from './fixtures/store-options';

const deviceDescriptors = {
  desktop: devices['Desktop Chrome'],
  // An iPhone's viewport, touch and user agent, driven by Chromium (WebKit is not needed to catch layout and tap bugs).
  mobile: { ...devices['iPhone 17 Pro'], defaultBrowserType: 'chromium' as const },
};
type DeviceName = keyof typeof deviceDescriptors;

function loadSettings(): { settings: Settings; stores: StoreTarget[]; deviceNames: DeviceName[] } {
  try {
    const settings = readSettings();
    const stores = resolveStores(settings);
    const deviceNames = settings.DEVICES.split(',').map((name) => name.trim()).filter(Boolean);
    const unknown = deviceNames.filter((name) => !(name in deviceDescriptors));
    if (unknown.length || !deviceNames.length) {
      throw new SettingsError(`DEVICES=${settings.DEVICES} names unknown devices (${unknown.join(', ') || 'none given'}); use desktop, mobile or both`);
    }
    return { settings, stores, deviceNames: deviceNames as DeviceName[] };
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`nano-sre: ${error.message}`);
    process.exit(2);
  }
}

const { settings, stores, deviceNames } = loadSettings();
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
  workers: settings.WORKERS ? (/^\d+$/.test(settings.WORKERS) ? Number(settings.WORKERS) : settings.WORKERS) : 2,
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
        },
      }
    : undefined,
});
