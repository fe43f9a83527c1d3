// What the visual auditor costs, next to what the probe costs, measured side by side in one run:
// the diff of a 1280x3000 pair (goal: under 300 ms), and each skill's wall time against the demo store.
// Run: npx tsx bench/visual-auditor.ts [-- --skip-suite]
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startDemoStore } from '../demo-store/server';
import { diffPicture, outlinedPicture } from '../skills/visual-auditor/diff-pictures';
import { diffImages, encodePng, type RgbaImage } from '../skills/visual-auditor/image-diff';

const run = promisify(execFile);
const repositoryRoot = resolve(import.meta.dirname, '..');
const rounds = 5;

/** A page-like picture: white, with coloured cards and text-like stripes; `bannerAt` inserts a 120 px band. */
function syntheticPage(width: number, height: number, bannerAt?: number): RgbaImage {
  const data = new Uint8Array(width * height * 4).fill(255);
  for (let y = 0; y < height; y++) {
    const sourceY = bannerAt !== undefined && y >= bannerAt ? y - 120 : y;
    const inBanner = bannerAt !== undefined && y >= bannerAt && y < bannerAt + 120;
    for (let x = 0; x < width; x++) {
      const index = (y * width + x) * 4;
      if (inBanner) data.set([255, 232, 163, 255], index);
      else if (sourceY % 400 > 40 && sourceY % 400 < 300 && x % 320 > 20 && x % 320 < 300) data.set([(x * 7) % 255, (sourceY * 3) % 255, 180, 255], index);
      else if (sourceY % 400 > 320 && sourceY % 400 < 332 && x % 11 < 7 && x % 320 < 200) data.set([30, 30, 30, 255], index);
    }
  }
  return { width, height, data };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function time(body: () => void): number {
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    body();
    timings.push(performance.now() - started);
  }
  return median(timings);
}

const baseline = syntheticPage(1280, 3000);
const same = syntheticPage(1280, 3000);
const shifted = syntheticPage(1280, 3000, 900);
const identicalMs = time(() => diffImages(baseline, same));
const shiftedMs = time(() => diffImages(baseline, shifted));
const shiftedDiff = diffImages(baseline, shifted);
const picturesMs = time(() => {
  encodePng(diffPicture(shifted, shiftedDiff));
  encodePng(outlinedPicture(shifted, shiftedDiff.regions));
});
console.log(`Visual diff of a 1280x3000 pair (median of ${rounds})`);
console.log(`  identical pages                         ${identicalMs.toFixed(1).padStart(7)} ms`);
console.log(`  a 120 px banner pushes the page down    ${shiftedMs.toFixed(1).padStart(7)} ms   changed ${(shiftedDiff.changedRatio * 100).toFixed(1)}% (${shiftedDiff.regions.length} region(s))`);
console.log(`  diff + outlined pictures, PNG-encoded   ${picturesMs.toFixed(1).padStart(7)} ms`);
console.log(`  goal: under 300 ms for the diff: ${shiftedMs < 300 ? 'met' : 'NOT met'}`);

if (!process.argv.includes('--skip-suite')) {
  const store = await startDemoStore({ port: 0, noise: ['all'] });
  const workDir = mkdtempSync(join(tmpdir(), 'nano-sre-bench-visual-'));
  try {
    const wall = async (skill: string): Promise<{ wallMs: number; skillMs: number }> => {
      const env = { ...process.env, STORE_URL: store.url, DEVICES: 'desktop', WORKERS: '1', RETRIES: '0', NANO_SRE_DB: join(workDir, 'bench.db'), REPORTS_DIR: join(workDir, 'reports'), FORCE_COLOR: '0' };
      const started = performance.now();
      await run(process.execPath, [join(repositoryRoot, 'node_modules/@playwright/test/cli.js'), 'test', `skills/${skill}.skill.ts`], { cwd: repositoryRoot, env, maxBuffer: 1 << 26 }).catch(() => undefined);
      const results = JSON.parse(readFileSync(join(workDir, 'reports', 'results.json'), 'utf8')) as { results: Array<{ durationMs: number }> };
      return { wallMs: performance.now() - started, skillMs: results.results[0]?.durationMs ?? NaN };
    };
    const probe = await wall('headless-probe');
    await wall('visual-auditor'); // creates the baselines
    const visual = await wall('visual-auditor');
    console.log('\nSkill time against the demo store, desktop, noise on (second visual run: baselines compared)');
    console.log(`  headless_probe    ${(probe.skillMs / 1000).toFixed(1).padStart(6)} s   suite wall ${(probe.wallMs / 1000).toFixed(1)} s   1.0x`);
    console.log(`  visual_auditor    ${(visual.skillMs / 1000).toFixed(1).padStart(6)} s   suite wall ${(visual.wallMs / 1000).toFixed(1)} s   ${(visual.skillMs / probe.skillMs).toFixed(1)}x`);
  } finally {
    await store.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}
