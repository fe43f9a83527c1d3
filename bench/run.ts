// What the reporter's pipeline costs per run, next to the cheapest thing it must do anyway
// (write results.json), measured side by side in one process on the same synthetic results.
// Run: npm run bench [-- RESULTS]   (default 200 SkillResults, half FAIL with realistic evidence)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open-database';
import { saveRun } from '../db/save-run';
import { diagnoseWithRules } from '../reporters/diagnosis/rule-engine';
import { redactResults } from '../reporters/redaction';
import type { SkillResult } from '../core/skill-result';
import { findingCatalogue } from '../reporters/finding-registry';

const count = Number(process.argv[2] ?? 200);
const rounds = 5;

function syntheticResult(index: number): SkillResult {
  const failing = index % 2 === 0;
  const at = new Date().toISOString();
  return {
    skillName: 'headless_probe', title: 'probe', project: `store-${index % 10} desktop`, storeUrl: `https://store-${index % 10}.example.com`,
    device: index % 3 ? 'desktop' : 'mobile', status: failing ? 'FAIL' : 'PASS', summary: failing ? 'Adding Classic Tee to the cart failed: /cart/add answered HTTP 500.' : 'all steps passed',
    findings: failing ? [{ code: 'cart.add_failed', level: 'fail', message: 'Adding Classic Tee to the cart failed: /cart/add answered HTTP 500.', evidence: { url: 'https://x.example.com/cart/add', status: 500, body: '<html>Internal error for jane@example.com</html>'.repeat(8) } }] : [],
    metrics: { ttfb_ms: 180 + index, lcp_ms: 900, home_ms: 1500, add_to_cart_ms: 700, checkout_ms: 900 },
    screenshots: [],
    evidence: {
      consoleErrors: Array.from({ length: 10 }, (_, line) => ({ text: `Reviews app failed with Authorization: Bearer abc.def.${line} for jane@example.com`, url: 'https://x.example.com/products/tee' })),
      pageErrors: [],
      failedRequests: Array.from({ length: 10 }, (_, line) => ({ url: `https://x.example.com/apps/widget.json?access_token=t${line}&page=${line}`, method: 'GET', status: 404 })),
      pages: ['home', 'product', 'cart'].map((step) => ({ step, url: `https://x.example.com/${step}`, status: 200, ttfbMs: 150 })),
    },
    durationMs: 6000, attempts: 1, startedAt: at,
  };
}

function measure(name: string, body: () => void): { name: string; milliseconds: number; heapMb: number } {
  const timings: number[] = [];
  let heapMb = 0;
  for (let round = 0; round < rounds; round += 1) {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    body();
    timings.push(performance.now() - started);
    heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - heapBefore) / 1048576);
  }
  timings.sort((a, b) => a - b);
  return { name, milliseconds: timings[Math.floor(rounds / 2)], heapMb };
}

const results = Array.from({ length: count }, (_, index) => syntheticResult(index));
const directory = mkdtempSync(join(tmpdir(), 'nano-sre-bench-'));
let run = 0;

const rows = [
  measure('write results.json (baseline)', () => writeFileSync(join(directory, 'results.json'), JSON.stringify({ results }, null, 2))),
  measure('redact every result', () => void redactResults(results)),
  measure('rules diagnosis of every WARN/FAIL', () => results.filter((result) => result.status !== 'PASS').forEach((result) => diagnoseWithRules(result))),
  measure('save the run to SQLite (one transaction)', () => {
    const path = join(directory, `bench-${run++}.db`);
    const database = openDatabase(path);
    const now = new Date().toISOString();
    saveRun(database, { runId: `bench-${run}`, startedAt: now, finishedAt: now, trigger: 'bench', results, retentionDays: 90, evidenceRetentionDays: 0, isOutage: findingCatalogue.isOutage });
    database.close();
  }),
];

const baseline = rows[0].milliseconds;
console.log(`Pipeline cost for ${count} SkillResults (median of ${rounds}; ratio to writing results.json)`);
for (const row of rows) {
  console.log(`  ${row.name.padEnd(42)} ${row.milliseconds.toFixed(1).padStart(8)} ms  ${(row.milliseconds / baseline).toFixed(1).padStart(6)}x  heap +${row.heapMb.toFixed(1)} MB`);
}
const total = rows.reduce((sum, row) => sum + row.milliseconds, 0);
console.log(`  per result, all stages: ${(total / count).toFixed(2)} ms (a journey takes ~3000-6000 ms)`);
rmSync(directory, { recursive: true, force: true });
