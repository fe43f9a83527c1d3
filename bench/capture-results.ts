// Makes bench/fixtures/demo-store-results.json, the real SkillResults the history bench stores again and
// again: every skill on both devices from a healthy demo-store run, and the probe failing (atc_500).
//   NANO_SRE_DB=/tmp/healthy.db npx playwright test
//   DEMO_FAULTS=atc_500 NANO_SRE_DB=/tmp/failing.db npx playwright test skills/headless-probe.skill.ts --project='demo-store desktop'
//   npx tsx bench/capture-results.ts /tmp/healthy.db /tmp/failing.db
import { writeFileSync } from 'node:fs';
import type { SkillResult } from '../core/skill-result';
import { openDatabase } from '../db/open-database';

interface StoredCheck {
  skill_name: string;
  project: string;
  store_url: string;
  device: string;
  status: SkillResult['status'];
  summary: string;
  details: string;
  screenshots: string;
  error: string | null;
  duration_ms: number;
  timestamp: string;
  diagnosis: string | null;
}

function resultsIn(databasePath: string): SkillResult[] {
  const database = openDatabase(databasePath);
  const rows = database.prepare('SELECT * FROM check_results ORDER BY id').all() as StoredCheck[];
  database.close();
  return rows.map((row) => {
    const details = JSON.parse(row.details);
    return {
      skillName: row.skill_name, title: details.title, project: row.project, storeUrl: row.store_url, device: row.device, status: row.status,
      summary: row.summary, findings: details.findings, metrics: details.metrics, details: details.skillDetails, screenshots: JSON.parse(row.screenshots),
      evidence: details.evidence, ...(row.error ? { error: row.error } : {}), durationMs: row.duration_ms, attempts: details.attempts, startedAt: row.timestamp,
      ...(row.diagnosis ? { diagnosis: JSON.parse(row.diagnosis) } : {}),
    };
  });
}

const [healthy, failing] = process.argv.slice(2);
if (!healthy || !failing) throw new Error('Usage: npx tsx bench/capture-results.ts <healthy run database> <failing run database>');
const results = { healthy: resultsIn(healthy), failing: resultsIn(failing) };
writeFileSync(new URL('./fixtures/demo-store-results.json', import.meta.url), `${JSON.stringify(results, null, 1)}\n`);
console.log(`captured ${results.healthy.length} healthy and ${results.failing.length} failing results`);
