// Pure: the generic webhook's JSON, documented in docs/alerters.md and versioned, so bridges to
// PagerDuty, Opsgenie or n8n map fields without reading our code. Adding fields is not a new version.
import { alertTones, type AlertEvent } from '../../../core/alert-event';
import { alertTitle, durationLine } from './message-parts';

export const webhookPayloadVersion = 1;

export function buildWebhookPayload(event: AlertEvent) {
  const tone = alertTones[event.kind];
  return {
    version: webhookPayloadVersion,
    id: event.alertId,
    kind: event.kind,
    /** What a pager needs to know: trigger on firing, resolve on resolved. */
    state: tone === 'recovered' ? 'resolved' : tone === 'info' ? 'test' : tone === 'warning' ? 'warning' : 'firing',
    title: alertTitle(event),
    summary: event.summary,
    severity: event.severity,
    skill: event.skillName,
    createdAt: event.createdAt,
    durationText: durationLine(event) ?? null,
    downtimeMs: event.kind === 'incident-resolved' ? event.downtimeMs : null,
    /** One entry per store and device; dedupKey stays the same from firing to resolved. */
    affected: event.affected.map((check) => ({
      ...check,
      dedupKey: check.incidentId === undefined ? null : `nano-sre-incident-${check.incidentId}`,
    })),
    findings: event.findings,
    diagnosis: event.diagnosis ?? null,
    links: { report: event.reportUrl ?? null, diagnosis: event.diagnosisUrl ?? null, screenshot: event.screenshotUrl ?? null },
  };
}

export type WebhookPayload = ReturnType<typeof buildWebhookPayload>;
