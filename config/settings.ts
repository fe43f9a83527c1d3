// Settings live here: every environment variable Nano-SRE reads, parsed once with zod.
// Callers get typed values; a bad value becomes one line naming the variable and the fix.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

loadDotenv({ quiet: true });

const integer = (fallback: number, min = 0) =>
  z.coerce.number().int().min(min).default(fallback);

const boolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : ['true', '1', 'yes'].includes(value)));

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

export const settingsSchema = z.object({
  STORE_URL: optionalText,
  STORE_PASSWORD: optionalText,
  PRODUCT_HANDLE: optionalText,
  COLLECTION_HANDLE: optionalText,
  PREVIEW_THEME_ID: optionalText,
  DEVICES: z.string().default('desktop,mobile'),
  DEMO_STORE_PORT: integer(4311, 1).pipe(z.number().max(65535)),
  DEMO_FAULTS: z.string().default(''),
  NANO_SRE_DB: z.string().min(1).default('./nano_sre.db'),
  RETENTION_DAYS: integer(90, 1),
  REPORTS_DIR: z.string().min(1).default('reports'),
  CHROMIUM_PATH: optionalText,
  RETRIES: integer(1),
  WORKERS: optionalText,
  TTFB_WARN_MS: integer(1500, 1),
  STEP_TIMEOUT_MS: integer(15000, 1000),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Thrown when the environment holds a value Nano-SRE cannot use; its message is the whole story. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Every problem is collected, so a user fixes them in one go rather than one per run. */
export function readSettings(environment: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = settingsSchema.safeParse(environment);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name}=${JSON.stringify(environment[name] ?? '')} is not valid (${issue.message}); fix it in the environment or .env (see README).`;
  });
  throw new SettingsError(lines.join('\n'));
}
