// The example skill in examples/search-results: its two codes join the catalogue without clashing
// and with rules for each, and the skill itself shops the demo store through the real suite.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createFindingCatalogue } from '../../core/finding-catalogue';
import { searchResultsFindingCodes } from '../../examples/search-results/finding-codes';
import { searchRules } from '../../examples/search-results/search-rules';
import { codesWithCatchAllRule } from '../../reporters/diagnosis/rule-engine';
import { findingCatalogue } from '../../reporters/finding-registry';
import { startDemoStore } from '../../demo-store/server';
import { runProject, writeProject } from '../helpers/temp-project';
import { repositoryRoot } from '../helpers/paths';

test('registering the example skill adds two codes, one owner each, each with a rule', () => {
  const catalogue = createFindingCatalogue([...findingCatalogue.groups, searchResultsFindingCodes]);
  expect(catalogue.codes().filter((code) => code.startsWith('search.'))).toEqual(['search.no_results', 'search.product_missing']);
  expect(catalogue.entry('search.no_results')?.owner).toBe('search_results');
  expect([...codesWithCatchAllRule(searchRules)].sort()).toEqual(['search.no_results', 'search.product_missing']);
});

test('the example skill passes against the demo store and carries its own details', async () => {
  const store = await startDemoStore({ port: 0, theme: 'horizon', noise: ['all'] });
  try {
    // The product's suite, pointed at the example's folder instead of skills/.
    const directory = writeProject({
      'playwright.config.ts': `import { join } from 'node:path';
import config from ${JSON.stringify(join(repositoryRoot, 'playwright.config.ts'))};
const root = ${JSON.stringify(repositoryRoot)};
export default {
  ...config,
  testDir: join(root, 'examples/search-results'),
  reporter: (config.reporter as Array<[string, object]>).map(([name, options]) => [name.startsWith('./') ? join(root, name) : name, options]),
};
`,
    });
    const reportsDir = join(directory, 'reports');
    const run = await runProject(directory, { STORE_URL: store.url, DEVICES: 'desktop', NANO_SRE_DB: join(directory, 'nano.db'), REPORTS_DIR: reportsDir, RETRIES: '0' });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const { results } = JSON.parse(readFileSync(join(reportsDir, 'results.json'), 'utf8')) as { results: Array<{ skillName: string; status: string; details: Record<string, unknown> }> };
    expect(results).toEqual([expect.objectContaining({ skillName: 'search_results', status: 'PASS', details: expect.objectContaining({ query: 'Classic Tee', productListed: true }) })]);
  } finally {
    await store.close();
  }
});
