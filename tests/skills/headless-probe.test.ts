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

test('with no STORE_URL the suite starts the demo store itself and every device passes', async () => {
  const port = await freePort();
  const run = await runSuite({ env: { DEMO_STORE_PORT: String(port) } });

  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  // Every skill in skills/ ran on both devices against the store it started, and passed.
  const skills = readdirSync(join(repositoryRoot, 'skills')).filter((file) => file.endsWith('.skill.ts')).map((file) => file.replace('.skill.ts', '').replace(/-/g, '_'));
  const rows = readRows<CheckRow>(run.databasePath, 'SELECT * FROM check_results ORDER BY skill_name, device');
  expect(rows.map((row) => [row.skill_name, row.device, row.status, row.store_url])).toEqual(
    skills.sort().flatMap((skill) => ['desktop', 'mobile'].map((device) => [skill, device, 'PASS', `http://127.0.0.1:${port}`])),
  );
  const metrics = JSON.parse(rows.find((row) => row.skill_name === 'headless_probe')!.details).metrics;
  expect(Object.keys(metrics)).toEqual(expect.arrayContaining(['ttfb_ms', 'lcp_ms', 'home_ms', 'add_to_cart_ms', 'checkout_ms']));
  expect(run.stdout).toMatch(/Nano-SRE summary\n\s+PASS\s+headless_probe\s+desktop/);
  expect(readRows<{ skill_name: string }>(run.databasePath, 'SELECT skill_name FROM baselines ORDER BY skill_name').map((row) => row.skill_name)).toEqual(skills.sort());
});

// Each fault the registry proves here on the default theme, with the verdict its module documents.
const defaultThemeFaults = DEMO_FAULTS.filter((fault) => fault.endToEnd.defaultTheme && provenIn(fault) === PROBE_TEST);

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
