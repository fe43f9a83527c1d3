// The check playwright.config.ts runs when it loads, before Playwright starts anything: the whole
// schema, plus what only makes sense across variables (the STORE_URL list). Each problem is one line.
import { coreVariables } from './core-variables';
import { SettingsError } from './settings-error';
import { namesOf, parseVariables, variableNames } from './settings-schema';
import { parseStoreList } from './stores';

/**
 * `everything` before a run; `core` for `merge-reports`, which starts no browser and must still
 * store the shards' results: there a bad alert or LLM setting costs only its own stage, as in-process.
 */
export type CheckScope = 'everything' | 'core';

export function checkEnvironment(environment: NodeJS.ProcessEnv = process.env, scope: CheckScope = 'everything'): string[] {
  const names = scope === 'everything' ? variableNames : namesOf(coreVariables);
  const problems = parseVariables(names, environment).problems;
  const storeUrl = parseVariables(['STORE_URL'], environment).values?.STORE_URL;
  try {
    if (storeUrl) parseStoreList(storeUrl);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    problems.push(error.message);
  }
  return problems;
}
