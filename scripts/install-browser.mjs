// postinstall: make sure a Chromium is there for the shopper, without ever failing `npm install`.
// A system Chromium (CHROMIUM_PATH, /usr/bin/chromium) is used as it is; otherwise Playwright's own is fetched.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const system = candidates.find((path) => existsSync(path));

if (process.env.NANO_SRE_SKIP_BROWSER_INSTALL === 'true') {
  console.log('nano-sre: NANO_SRE_SKIP_BROWSER_INSTALL=true, not installing a browser');
} else if (system) {
  console.log(`nano-sre: using the system Chromium at ${system}`);
} else {
  console.log('nano-sre: no system Chromium found; installing Playwright\'s Chromium (npx playwright install chromium)');
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  if (result.status !== 0) {
    console.warn(
      'nano-sre: could not install Playwright\'s Chromium; install one yourself (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH',
    );
  }
}
