// The run's own settings (store, devices, demo store, thresholds, storage, browser), typed, for
// playwright.config.ts, fixtures, the reporter and the CLI; declared in config/core-variables.ts.
import { coreVariables } from './core-variables';
import { namesOf, readVariables, type SettingValues } from './settings-schema';

const coreNames = namesOf(coreVariables);

export type Settings = Pick<SettingValues, (typeof coreNames)[number]>;

export function readSettings(environment: NodeJS.ProcessEnv = process.env): Settings {
  return readVariables(coreNames, environment);
}
