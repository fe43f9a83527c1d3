// The healthy suite, run again and again against the demo store on every theme with all the noise
// on (popups, consent banner, chat, market modal), counting what did not PASS per theme × device.
// A check that passes once may still cry wolf one run in ten; this is where that shows.
// The database is kept across one theme's runs, so the visual auditor's first run creates its baselines
// (beside it, in visual-baselines/) and every later run compares against them: its false positives count here.
// Run: npm run soak [-- --runs 10 --themes dawn,horizon,classic --noise all]
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoStore } from '../demo-store/server';
import { THEME_NAMES } from '../demo-store/themes/demo-theme';

interface ResultRow {
  skillName: string;
  device: string;
  status: string;
  durationMs: number;
  summary: string;
}

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, themes: { type: 'string', default: THEME_NAMES.join(',') }, noise: { type: 'string', default: 'all' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, got "${values.runs}"`);
const themes = values.themes.split(',').map((name) => name.trim()).filter(Boolean);
const repositoryRoot = resolve(import.meta.dirname, '..');

function runSuite(storeUrl: string, workDir: string): Promise<{ results: ResultRow[]; wallMs: number }> {
  const started = performance.now();
  const env = { ...process.env, STORE_URL: storeUrl, NANO_SRE_DB: join(workDir, 'soak.db'), REPORTS_DIR: join(workDir, 'reports'), RETRIES: '0', FORCE_COLOR: '0', DEMO_FAULTS: '' };
  return new Promise((done) => {
    execFile(process.execPath, [join(repositoryRoot, 'node_modules/@playwright/test/cli.js'), 'test'], { cwd: repositoryRoot, env, maxBuffer: 64 * 1024 * 1024 }, () => {
      const file = JSON.parse(readFileSync(join(workDir, 'reports', 'results.json'), 'utf8')) as { results: ResultRow[] };
      done({ results: file.results, wallMs: performance.now() - started });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const rows: string[] = [];
for (const theme of themes) {
  const store = await startDemoStore({ port: 0, theme, noise: values.noise.split(',') });
  const workDir = mkdtempSync(join(tmpdir(), `nano-sre-soak-${theme}-`));
  const tally = new Map<string, { passed: number; total: number; journeyMs: number[]; problems: string[] }>();
  try {
    for (let run = 1; run <= runs; run++) {
      const { results } = await runSuite(store.url, workDir);
      for (const result of results) {
        const key = `${result.skillName} ${result.device}`;
        const entry = tally.get(key) ?? { passed: 0, total: 0, journeyMs: [], problems: [] };
        entry.total += 1;
        entry.journeyMs.push(result.durationMs);
        if (result.status === 'PASS') entry.passed += 1;
        else entry.problems.push(`run ${run}: ${result.status} ${result.summary}`);
        tally.set(key, entry);
      }
      process.stdout.write(`${theme}: run ${run}/${runs} done\n`);
    }
  } finally {
    await store.close();
    rmSync(workDir, { recursive: true, force: true });
  }
  for (const [key, entry] of [...tally.entries()].sort()) {
    rows.push(`${theme.padEnd(8)} ${key.padEnd(26)} ${String(entry.passed).padStart(3)}/${entry.total} PASS   median journey ${(median(entry.journeyMs) / 1000).toFixed(1)} s`);
    for (const problem of entry.problems) rows.push(`           ${problem}`);
  }
}
console.log(`\nSoak: ${runs} runs per theme, noise ${values.noise}\n${rows.join('\n')}`);
