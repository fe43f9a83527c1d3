// The visual auditor through the real suite against the demo store, noise on: on every theme and both
// devices a baseline run and a clean run PASS (the second from the state folder restored in a new place, as a
// fresh checkout restores it), then the phone faults give their verdicts (repeated clean runs, where false
// positives show, are `npm run soak`'s); the other faults
// on Dawn; the vision model's judgement against the loopback OpenAI stand-in; approve and reset round trip.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from '@playwright/test';
import { FAULT_REGISTRY } from '../../demo-store/faults/fault-registry';
import { THEME_NAMES } from '../../demo-store/themes/demo-theme';
import { imagesIn, schemaNameOf, startFakeOpenAi } from '../helpers/fake-servers/fake-openai-server';
import { describeRun, findingsOf, nanoSre, newStateFolder, restoreStateFolder, runVisual, shotsOf, test, visualRows } from './visual-auditor/visual-runs';

const codesOf = (row: Parameters<typeof findingsOf>[0], levels = ['fail', 'warn']) => findingsOf(row).filter((finding) => levels.includes(finding.level)).map((finding) => finding.code);

for (const theme of THEME_NAMES) {
  test(`${theme}: a baseline run and a clean run from the restored state folder PASS on both devices; atc_hidden and mobile_overflow on a phone give their verdicts`, async ({ openStore }) => {
    const store = await openStore({ theme });
    const first = await runVisual(store, newStateFolder());
    for (const row of Object.values(visualRows(first))) {
      expect(row.status, describeRun(first)).toBe('PASS');
      expect(shotsOf(row).map((shot) => shot.baseline)).toEqual(['created', 'created', 'created', 'created']);
    }
    const baselineFolder = join(dirname(first.databasePath), 'visual-baselines');
    expect(existsSync(baselineFolder)).toBe(true);

    // A scheduled run on a fresh checkout: the cached state folder is restored elsewhere, and its baselines are used.
    const restored = restoreStateFolder(first.databasePath);
    const clean = await runVisual(store, restored);
    const rows = visualRows(clean);
    expect(Object.keys(rows).sort()).toEqual(['desktop', 'mobile']);
    for (const row of Object.values(rows)) {
      expect(row.status, describeRun(clean)).toBe('PASS');
      expect(codesOf(row, ['fail', 'warn', 'info']).filter((code) => code.startsWith('visual.'))).toEqual([]);
      expect(shotsOf(row).every((shot) => shot.baseline === 'compared' && shot.verdict === 'pass'), describeRun(clean)).toBe(true);
      // What the monitor injects (the vitals fixture) never shows up as the store's own page errors.
      expect((JSON.parse(row.details) as { evidence: { pageErrors: unknown[] } }).evidence.pageErrors).toEqual([]);
    }

    const { atc_hidden: atcHidden, mobile_overflow: mobileOverflow, missing_image: missingImage } = FAULT_REGISTRY;
    store.setFaults(theme === 'dawn' ? [atcHidden.name, mobileOverflow.name, missingImage.name] : [atcHidden.name, mobileOverflow.name]);
    const faulty = await runVisual(store, restored, { devices: 'mobile' });
    const { mobile } = visualRows(faulty);
    expect(mobile.status, describeRun(faulty)).toBe(atcHidden.verdict.status);
    expect(codesOf(mobile)).toContain(atcHidden.verdict.code);
    expect(codesOf(mobile)).toContain(mobileOverflow.verdict.code);
    const hidden = findingsOf(mobile).find((finding) => finding.code === atcHidden.verdict.code);
    expect(hidden?.evidence.coveredBy).toContain('nano-pay-later-widget');
    const overflow = findingsOf(mobile).find((finding) => finding.code === mobileOverflow.verdict.code);
    expect(overflow?.evidence.widest).toContain('nano-trust-badges');
    if (theme === 'dawn') {
      // Images that 404 show in the diff: the product page changed where its photo was.
      const product = shotsOf(mobile).find((shot) => shot.template === 'product');
      expect(product?.changedRatio ?? 0).toBeGreaterThan(0);
      expect(product?.regions.some((region) => region.kind === 'changed' && region.width > 100 && region.height > 100)).toBe(true);
    }
  });
}

// Several suite runs each: under three test workers on two cores one can take three minutes.
test.describe.configure({ timeout: 360_000 });

test('dawn: an unstyled page FAILs and never becomes a baseline', async ({ openStore }) => {
  const store = await openStore({ faults: [FAULT_REGISTRY.css_missing.name] });
  const databasePath = newStateFolder();

  const unstyled = await runVisual(store, databasePath, { devices: 'desktop' });
  const { desktop: unstyledRow } = visualRows(unstyled);
  expect(unstyledRow.status, describeRun(unstyled)).toBe(FAULT_REGISTRY.css_missing.verdict.status);
  expect(codesOf(unstyledRow)).toContain(FAULT_REGISTRY.css_missing.verdict.code);
  expect(JSON.stringify(findingsOf(unstyledRow).find((finding) => finding.code === 'visual.unstyled' && finding.evidence.template === 'home')?.evidence)).toMatch(/base\.css.*404/);
  expect(shotsOf(unstyledRow).every((shot) => shot.baseline === 'not-kept')).toBe(true);
  expect(existsSync(join(dirname(databasePath), 'visual-baselines', new URL(store.url).host.replace(':', '_'), 'desktop', 'home.png'))).toBe(false);
});

test('dawn: a new announcement is WARN at most, found at the top of every page; a late banner is a layout shift', async ({ openStore }) => {
  const store = await openStore();
  const databasePath = newStateFolder();
  // Desktop: the phone's diffs are proven by the per-theme cases above.
  await runVisual(store, databasePath, { devices: 'desktop' });
  store.setFaults([FAULT_REGISTRY.banner_changed.name]);
  const changed = await runVisual(store, databasePath, { devices: 'desktop' });
  for (const row of Object.values(visualRows(changed))) {
    expect(['PASS', 'WARN'], describeRun(changed)).toContain(row.status);
    expect([...new Set(codesOf(row))]).toEqual([FAULT_REGISTRY.banner_changed.verdict.code]);
    // The change is the announcement bar at the very top, and nothing else on any page.
    for (const shot of shotsOf(row)) {
      expect(shot.regions.length, shot.template).toBeGreaterThan(0);
      expect(shot.regions.every((region) => region.y < 60), JSON.stringify(shot.regions)).toBe(true);
    }
  }
  const { desktop: changedDesktop } = visualRows(changed);
  expect(changedDesktop.status).toBe(FAULT_REGISTRY.banner_changed.verdict.status);
  // The alert's image is the current shot with the change outlined; the report has baseline, current and diff.
  const screenshots = JSON.parse(changedDesktop.screenshots) as string[];
  expect(screenshots[0]).toMatch(/visual-[a-z]+-outlined\.png$/);
  for (const picture of ['baseline', 'current', 'diff']) expect(screenshots.some((path) => path.includes(`/attachments/visual-home-—-${picture}-`)), picture).toBe(true);

  store.setFaults([FAULT_REGISTRY.layout_shift.name]);
  const shifted = await runVisual(store, databasePath, { devices: 'desktop' });
  const { desktop: shiftedRow } = visualRows(shifted);
  expect(shiftedRow.status, describeRun(shifted)).toBe(FAULT_REGISTRY.layout_shift.verdict.status);
  expect(codesOf(shiftedRow)).toContain(FAULT_REGISTRY.layout_shift.verdict.code);
  expect(codesOf(shiftedRow)).not.toContain('visual.major_change');
  // Content pushed down counts once, as the rows added: most of each page is recognised as moved, not changed.
  expect(shotsOf(shiftedRow).filter((shot) => shot.regions.some((region) => region.kind === 'added')).length, describeRun(shifted)).toBeGreaterThan(1);
});

test('with a vision model configured, a new announcement is judged an intended change (PASS, judgement stored); approve and reset round trip', async ({ openStore }) => {
  const model = await startFakeOpenAi((request) =>
    schemaNameOf(request) === 'visual_judgement'
      ? { kind: 'answer', content: { verdict: 'intended_change', where: 'the announcement bar at the top', explanation: 'The sale announcement replaced the shipping message; the page still works.' } }
      : { kind: 'status', status: 500, retryAfterMs: 0 },
  );
  try {
    const store = await openStore();
    const databasePath = newStateFolder();
    const llm = { LLM_BASE_URL: model.baseUrl, LLM_API_KEY: 'test-key', LLM_VISION: 'true', LLM_MODEL: 'vision-model', MCP_COMMAND: 'off' };
    await runVisual(store, databasePath, { devices: 'desktop', env: llm });
    expect(model.requests).toEqual([]);

    store.setFaults([FAULT_REGISTRY.banner_changed.name]);
    const judged = await runVisual(store, databasePath, { devices: 'desktop', env: llm });
    const { desktop } = visualRows(judged);
    expect(desktop.status, describeRun(judged)).toBe('PASS');
    expect(codesOf(desktop, ['info', 'warn', 'fail'])).toContain('visual.change_intended');
    const judgedShots = shotsOf(desktop).filter((shot) => shot.judgement);
    expect(judgedShots.length).toBeGreaterThan(0);
    for (const shot of judgedShots) {
      expect(shot).toMatchObject({ pixelVerdict: 'warn', verdict: 'pass', judgement: { verdict: 'intended_change', model: 'vision-model' } });
    }
    // Each judgement saw three pictures: the baseline, the outlined current shot and the diff, as PNGs.
    const visionRequests = model.requests.filter((request) => schemaNameOf(request) === 'visual_judgement');
    expect(visionRequests.length).toBe(judgedShots.length);
    for (const request of visionRequests) expect(imagesIn(request).map((image) => image.mediaType)).toEqual(['image/png', 'image/png', 'image/png']);

    // The redesign is intended: approve the latest shots; the same page compares equal and asks no model.
    const approved = await nanoSre(['baselines', 'approve', '--store', store.url, '--device', 'desktop'], databasePath);
    expect(approved.stdout, approved.stderr).toMatch(/approved 127\.0\.0\.1_\d+ desktop home/);
    const asked = model.requests.length;
    const afterApprove = await runVisual(store, databasePath, { devices: 'desktop', env: llm });
    const { desktop: approvedRow } = visualRows(afterApprove);
    expect(approvedRow.status, describeRun(afterApprove)).toBe('PASS');
    expect(shotsOf(approvedRow).map((shot) => shot.changedRatio)).toEqual([0, 0, 0, 0]);
    expect(model.requests.length).toBe(asked);

    // Reset needs to be told what, and deletes only that (a page without a baseline gets one on its next run, as the first run showed).
    const refused = await nanoSre(['baselines', 'reset'], databasePath);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr.trim()).toBe('nano-sre: baselines reset deletes baseline images; name what to reset with --store, --template or --device (or --all for every baseline)');
    const reset = await nanoSre(['baselines', 'reset', '--template', 'home'], databasePath);
    expect(reset.stdout).toMatch(/reset 127\.0\.0\.1_\d+ desktop home: baseline and latest shot deleted/);
    const listed = (await nanoSre(['baselines', 'list'], databasePath)).stdout;
    expect(listed).not.toMatch(/desktop +home/);
    for (const template of ['collection', 'product', 'cart']) expect(listed).toMatch(new RegExp(`desktop +${template}`));
  } finally {
    await model.close();
  }
});
