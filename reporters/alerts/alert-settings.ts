// Alert settings, read lazily from the variables config/alert-variables.ts declares, when alerts are
// first needed: a bad value costs the alerts (reported, one line per variable), never the run's results.
import { alertVariables } from '../../config/alert-variables';
import { namesOf, readVariables, type SettingValues } from '../../config/settings-schema';

/** Alerts follow the same retention as check rows, and link screenshots from the reports folder. */
const alertNames = [...namesOf(alertVariables), 'REPORTS_DIR', 'RETENTION_DAYS'] as const;

export type AlertSettings = Pick<SettingValues, (typeof alertNames)[number]>;

export function readAlertSettings(environment: NodeJS.ProcessEnv = process.env): AlertSettings {
  return readVariables(alertNames, environment);
}
