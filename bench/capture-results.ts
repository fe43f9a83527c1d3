// Makes bench/fixtures/demo-store-results.json, the real SkillResults the history bench stores again and
// again: every skill on both devices from a healthy demo-store run, and the probe failing (atc_500), read
// whole from each run's results.json (the database keeps a result split in parts, without what lives on
// elsewhere, such as the vitals skill's metric samples).
//   REPORTS_DIR=/tmp/healthy npx playwright test
//   DEMO_FAULTS=atc_500 REPORTS_DIR=/tmp/failing npx playwright test skills/headless-probe.skill.ts --project='demo-store desktop'
//   npx tsx bench/capture-results.ts /tmp/healthy/results.json /tmp/failing/results.json
import { readFileSync, writeFileSync } from 'node:fs';
import type { ResultsFile } from '../reporters/results-file';

const resultsIn = (resultsPath: string) => (JSON.parse(readFileSync(resultsPath, 'utf8')) as ResultsFile).results;

const [healthy, failing] = process.argv.slice(2);
if (!healthy || !failing) throw new Error('Usage: npx tsx bench/capture-results.ts <healthy run results.json> <failing run results.json>');
const results = { healthy: resultsIn(healthy), failing: resultsIn(failing) };
writeFileSync(new URL('./fixtures/demo-store-results.json', import.meta.url), `${JSON.stringify(results, null, 1)}\n`);
console.log(`captured ${results.healthy.length} healthy and ${results.failing.length} failing results`);
