// The variables of alerting: channels, policy, maintenance windows and delivery.
// reporters/alerts/alert-settings.ts reads them (with REPORTS_DIR and RETENTION_DAYS) as its typed settings.
import { z } from 'zod';
import { errorText } from '../core/error-text';
import { parseMaintenance } from './maintenance-schedule';
import { declareVariables, flag, optionalHttpUrl, wholeNumber } from './declare-variables';

/** discord.js only accepts these; checking here gives a message naming the variable instead of its error code. */
export const discordWebhookPattern = /^https?:\/\/(?:ptb\.|canary\.)?discord\.com\/api(?:\/v\d{1,2})?\/webhooks\/(\d{17,19})\/([\w-]{68})\/?$/i;

const maintenanceWindows = z
  .string()
  .optional()
  .transform((value, context) => {
    try {
      return parseMaintenance(value ?? '');
    } catch (error) {
      context.addIssue({ code: 'custom', message: errorText(error) });
      return z.NEVER;
    }
  });

export const alertVariables = declareVariables('docs/alerters.md', {
  DISCORD_WEBHOOK_URL: {
    schema: optionalHttpUrl.refine(
      (value) => value === undefined || discordWebhookPattern.test(value),
      'must be a Discord webhook URL like https://discord.com/api/webhooks/ID/TOKEN (Server Settings → Integrations → Webhooks)',
    ),
    secret: true,
    invalidExample: 'https://example.com/hook',
  },
  /** discord.js's REST base (it appends /v10): for proxies, and for tests against a local fake. */
  DISCORD_API_BASE: { schema: optionalHttpUrl, secret: true, invalidExample: 'discord.local' },
  SLACK_WEBHOOK_URL: { schema: optionalHttpUrl, secret: true, invalidExample: 'hooks.slack.com' },
  ALERT_WEBHOOK_URL: { schema: optionalHttpUrl, secret: true, invalidExample: 'ftp://hooks.example.com' },
  ALERT_WEBHOOK_SECRET: { schema: z.string().optional().transform((value) => value || undefined), secret: true },
  ALERT_AFTER_FAILURES: { schema: wholeNumber(2, 1), invalidExample: '0' },
  ALERT_ON_WARN: { schema: flag(false), invalidExample: 'maybe' },
  ALERT_COOLDOWN_MINUTES: { schema: wholeNumber(60, 0), invalidExample: 'soon' },
  /** 0 turns reminders off. */
  ALERT_REMIND_MINUTES: { schema: wholeNumber(240, 0), invalidExample: 'hourly' },
  MAINTENANCE: { schema: maintenanceWindows, invalidExample: '0 3 * * *' },
  REPORT_BASE_URL: { schema: optionalHttpUrl.transform((value) => value?.replace(/\/+$/, '')), secret: true, invalidExample: 'reports.example.com' },
  ALERT_DELIVERY_STRICT: { schema: flag(false), invalidExample: 'maybe' },
  /** The whole delivery stage of a run is boxed to this, so a hanging channel never keeps a run alive. */
  ALERT_DELIVERY_TIMEOUT_SECONDS: { schema: wholeNumber(30, 1), invalidExample: '0' },
});
