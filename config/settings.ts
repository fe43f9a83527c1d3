// Settings live here: every environment variable Nano-SRE reads, parsed once with zod.
// Callers get typed values; a bad value becomes one line naming the variable and the fix.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { oneOf, optionalText, parseEnvironment, SettingsError, textOr, wholeNumber } from './environment-schema';

loadDotenv({ quiet: true });

export const settingsSchema = z.object({
  STORE_URL: optionalText,
  STORE_PASSWORD: optionalText,
  PRODUCT_HANDLE: optionalText,
  COLLECTION_HANDLE: optionalText,
  PREVIEW_THEME_ID: optionalText,
  DEVICES: textOr('desktop,mobile'),
  DEMO_STORE_PORT: wholeNumber(4311, 1).pipe(z.number().max(65535)),
  DEMO_FAULTS: z.string().default(''),
  DEMO_THEME: oneOf(['dawn', 'horizon', 'classic'], 'dawn'),
  DEMO_CART_TYPE: oneOf(['notification', 'drawer', 'page'], 'notification'),
  DEMO_NOISE: z.string().default(''),
  CONSENT: oneOf(['accept', 'decline'], 'accept'),
  ADD_TO_CART_SELECTOR: optionalText,
  CHECKOUT_SELECTOR: optionalText,
  NANO_SRE_DB: textOr('./nano_sre.db'),
  RETENTION_DAYS: wholeNumber(90, 1),
  REPORTS_DIR: textOr('reports'),
  CHROMIUM_PATH: optionalText,
  RETRIES: wholeNumber(1),
  WORKERS: optionalText,
  TTFB_WARN_MS: wholeNumber(1500, 1),
  STEP_TIMEOUT_MS: wholeNumber(15000, 1000),
});

export type Settings = z.infer<typeof settingsSchema>;

export { SettingsError };

export function readSettings(environment: NodeJS.ProcessEnv = process.env): Settings {
  return parseEnvironment(settingsSchema, environment, { documentedIn: 'README' });
}
