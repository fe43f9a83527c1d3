// The real suite, run as a user runs it, against the demo store: healthy, each documented fault,
// and the incident that a fault opens and its removal resolves.
import { PROBE_TEST, provenIn } from '../../demo-store/faults/demo-fault';
import { DEMO_FAULTS } from '../../demo-store/faults/fault-registry';
import { expect, freePort, test } from '../helpers/demo-store-fixture';
import { findingCodes, readRows, type CheckRow, type IncidentRow } from '../helpers/read-database';
import { runSuite } from '../helpers/run-suite';
import { repositoryRoot } from '../helpers/paths';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

test('with no STORE_URL the suite starts the demo store itself, every skill is in the run, and the shopper passes on every device', async () => {
  const port = await freePort();
  // Every skill in skills/ is in the main job, on both devices (each passes on every theme in its own tests).
  const skills = readdirSync(join(repositoryRoot, 'skills')).filter((file) => file.endsWith('.skill.ts'));
  const listed = await runSuite({ args: ['--list'], env: { DEMO_STORE_PORT: String(port) } });
  for (const skill of skills) for (const device of ['desktop', 'mobile']) expect(listed.stdout).toContain(`[demo-store ${device}] › ${skill}`);

  const run = await runSuite({ args: ['skills/headless-probe.skill.ts'], env: { DEMO_STORE_PORT: String(port) } });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  const rows = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_results ORDER BY skill_name, device');
  expect(rows.map((row) => [row.skill_name, row.device, row.status, row.store_url])).toEqual(
    ['desktop', 'mobile'].map((device) => ['headless_probe', device, 'PASS', `http://127.0.0.1:${port}`]),
  );
  const metrics = JSON.parse(rows[0].details).metrics;
  expect(Object.keys(metrics)).toEqual(expect.arrayContaining(['ttfb_ms', 'lcp_ms', 'home_ms', 'add_to_cart_ms', 'checkout_ms']));
  expect(run.stdout).toMatch(/Nano-SRE summary\n\s+PASS\s+headless_probe\s+desktop/);
  expect(readRows<{ skill_name: string }>(run.databasePath, 'SELECT skill_name FROM baselines')).toEqual([{ skill_name: 'headless_probe' }]);
});

// Each fault the registry proves here on the default theme, with the verdict its module documents; those
// also proven per theme are run on Dawn, the default, with the noise on by storefront-on-real-themes.test.ts.
const provenOnEveryTheme = (fault: (typeof DEMO_FAULTS)[number]) => fault.verdict.perTheme && fault.endToEnd.themes.includes('dawn');
const defaultThemeFaults = DEMO_FAULTS.filter((fault) => fault.endToEnd.defaultTheme && provenIn(fault) === PROBE_TEST && !provenOnEveryTheme(fault));

for (const {
  name: fault,
  verdict: { status, code },
} of defaultThemeFaults) {
  test(`fault ${fault} is reported as ${status} with ${code}`, async ({ demoStore }) => {
    demoStore.setFaults([fault]);
    const run = await runSuite({ args: ['skills/headless-probe.skill.ts'], env: { STORE_URL: demoStore.url, DEVICES: 'desktop' } });

    expect(run.exitCode, run.stdout + run.stderr).toBe(status === 'FAIL' ? 1 : 0);
    const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_results');
    expect(row.status).toBe(status);
    expect(findingCodes(row)).toContain(code);
    expect(run.stdout).toContain(`${code}:`);
    if (status === 'FAIL') expect(readRows<IncidentRow>(run.databasePath, `SELECT * FROM incidents WHERE status = 'open'`)).toHaveLength(1);
  });
}

test('an incident opened by a fault is resolved by the next passing run', async ({ demoStore }) => {
  demoStore.setFaults(['atc_500']);
  const failing = await runSuite({ args: ['skills/headless-probe.skill.ts'], env: { STORE_URL: demoStore.url, DEVICES: 'desktop' } });
  expect(failing.exitCode).toBe(1);

  demoStore.setFaults([]);
  const passing = await runSuite({ args: ['skills/headless-probe.skill.ts'], env: { STORE_URL: demoStore.url, DEVICES: 'desktop' }, databasePath: failing.databasePath });
  expect(passing.exitCode, passing.stdout).toBe(0);

  const incidents = readRows<IncidentRow>(failing.databasePath, 'SELECT * FROM incidents');
  expect(incidents).toHaveLength(1);
  expect(incidents[0]).toMatchObject({ status: 'resolved', skill_name: 'headless_probe', device: 'desktop' });
  expect(incidents[0].resolved_at).not.toBeNull();
});

test('a checkout failure keeps only blurred screenshots for anything that leaves the machine', async ({ demoStore }) => {
  demoStore.setFaults(['checkout_500']);
  const run = await runSuite({ args: ['skills/headless-probe.skill.ts'], env: { STORE_URL: demoStore.url, DEVICES: 'desktop', ALERT_AFTER_FAILURES: '1' } });
  const [row] = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_results');
  const screenshots = JSON.parse(row.screenshots) as string[];
  expect(screenshots.length).toBeGreaterThan(0);
  for (const path of screenshots) expect(path).toMatch(/\.blurred\.png$/);
  const kept = readRows<{ name: string }>(run.databasePath, 'SELECT name FROM alert_screenshots');
  expect(kept.map((screenshot) => screenshot.name)).toEqual([expect.stringMatching(/\.blurred\.png$/)]);
});
