// Every environment variable alerting reads, parsed lazily with zod when alerts are first needed,
// so a bad value costs the alerts (reported, one line per variable) and never the run's results.
import { z } from 'zod';
import { flag, optionalHttpUrl, parseEnvironment, wholeNumber } from '../../config/environment-schema';
import { settingsSchema } from '../../config/settings';
import { parseMaintenance } from './maintenance-windows';

/** discord.js only accepts these; checking here gives a message naming the variable instead of its error code. */
export const discordWebhookPattern = /^https?:\/\/(?:ptb\.|canary\.)?discord\.com\/api(?:\/v\d{1,2})?\/webhooks\/(\d{17,19})\/([\w-]{68})\/?$/i;

export const alertSettingsSchema = z.object({
  DISCORD_WEBHOOK_URL: optionalHttpUrl.refine(
    (value) => value === undefined || discordWebhookPattern.test(value),
    'must be a Discord webhook URL like https://discord.com/api/webhooks/ID/TOKEN (Server Settings → Integrations → Webhooks)',
  ),
  /** discord.js's REST base (it appends /v10): for proxies, and for tests against a local fake. */
  DISCORD_API_BASE: optionalHttpUrl,
  SLACK_WEBHOOK_URL: optionalHttpUrl,
  ALERT_WEBHOOK_URL: optionalHttpUrl,
  ALERT_WEBHOOK_SECRET: z.string().optional().transform((value) => value || undefined),
  ALERT_AFTER_FAILURES: wholeNumber(2, 1),
  ALERT_ON_WARN: flag(false),
  ALERT_COOLDOWN_MINUTES: wholeNumber(60, 0),
  /** 0 turns reminders off. */
  ALERT_REMIND_MINUTES: wholeNumber(240, 0),
  MAINTENANCE: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseMaintenance(value ?? '');
      } catch (error) {
        context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  REPORT_BASE_URL: optionalHttpUrl.transform((value) => value?.replace(/\/+$/, '')),
  ALERT_DELIVERY_STRICT: flag(false),
  /** The whole delivery stage of a run is boxed to this, so a hanging channel never keeps a run alive. */
  ALERT_DELIVERY_TIMEOUT_SECONDS: wholeNumber(30, 1),
  /** Shared with config/settings.ts: alerts follow the same retention as check rows. */
  ...settingsSchema.pick({ REPORTS_DIR: true, RETENTION_DAYS: true }).shape,
});

export type AlertSettings = z.infer<typeof alertSettingsSchema>;

export function readAlertSettings(environment: NodeJS.ProcessEnv = process.env): AlertSettings {
  return parseEnvironment(alertSettingsSchema, environment, { documentedIn: 'docs/alerters.md', hidden: /URL|SECRET/ });
}
