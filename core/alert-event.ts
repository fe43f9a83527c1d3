// The alert events: what the policy decides to say and every channel knows how to render.
// They are stored as JSON in the outbox and parsed back with this schema before delivery.
import { z } from 'zod';
import { diagnosisSchema } from './diagnosis-schema';

/** One store + device the alert is about; a single alert names all of them instead of one message each. */
export const affectedCheckSchema = z.object({
  storeUrl: z.string(),
  device: z.string(),
  incidentId: z.number().int().optional(),
  openedAt: z.string().optional(),
  failureCount: z.number().int().optional(),
  downtimeMs: z.number().optional(),
});
export type AffectedCheck = z.infer<typeof affectedCheckSchema>;

export const alertFindingSchema = z.object({
  code: z.string(),
  level: z.enum(['fail', 'warn', 'info']),
  message: z.string(),
});

const commonFields = {
  alertId: z.string(),
  createdAt: z.string(),
  skillName: z.string(),
  summary: z.string(),
  severity: z.enum(['P0', 'P1', 'P2', 'P3']),
  findings: z.array(alertFindingSchema),
  diagnosis: diagnosisSchema.optional(),
  affected: z.array(affectedCheckSchema).min(1),
  /** File name of the screenshot kept with the alert in the outbox (bytes are in alert_screenshots). */
  screenshotName: z.string().optional(),
  /** Public URLs, when REPORT_BASE_URL says where the reports folder is published. */
  screenshotUrl: z.string().optional(),
  reportUrl: z.string().optional(),
  /** reports/diagnosis.md as published under REPORT_BASE_URL: every WARN and FAIL with its diagnosis. */
  diagnosisUrl: z.string().optional(),
};

export const alertEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('incident-opened'), ...commonFields }),
  z.object({ kind: z.literal('incident-reminder'), ...commonFields, openForMs: z.number() }),
  z.object({ kind: z.literal('incident-resolved'), ...commonFields, downtimeMs: z.number() }),
  z.object({ kind: z.literal('incident-flapping'), ...commonFields, openings: z.number().int(), windowMinutes: z.number().int() }),
  z.object({ kind: z.literal('warning-raised'), ...commonFields }),
  z.object({ kind: z.literal('test'), ...commonFields }),
]);

export type AlertEvent = z.infer<typeof alertEventSchema>;
export type AlertKind = AlertEvent['kind'];

/** How an alert looks everywhere: red for failing, amber for warnings and flapping, green for recovery. */
export type AlertTone = 'failing' | 'warning' | 'recovered' | 'info';

export const alertTones: Record<AlertKind, AlertTone> = {
  'incident-opened': 'failing',
  'incident-reminder': 'failing',
  'incident-resolved': 'recovered',
  'incident-flapping': 'warning',
  'warning-raised': 'warning',
  test: 'info',
};

export const alertHeadlines: Record<AlertKind, string> = {
  'incident-opened': 'FAIL · incident opened',
  'incident-reminder': 'FAIL · still failing',
  'incident-resolved': 'RECOVERED · incident resolved',
  'incident-flapping': 'WARN · flapping',
  'warning-raised': 'WARN · warning',
  test: 'TEST · Nano-SRE alert test',
};
