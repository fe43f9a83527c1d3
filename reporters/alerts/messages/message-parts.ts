// Pure wording shared by every channel's message builder, so Discord, Slack, the webhook and
// stdout say the same thing in their own format.
import type { AlertEvent } from '../../../core/alert-event';
import { alertHeadlines } from '../../../core/alert-event';
import { formatDuration } from '../../../core/durations';
import { findingMarker, findingText } from '../../../core/finding-wording';

export function storeLabel(storeUrl: string): string {
  try {
    const url = new URL(storeUrl);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return storeUrl;
  }
}

/** Every store with its devices: "shop.example.com (desktop, mobile); other.com (mobile)". */
export function affectedStores(event: AlertEvent): string {
  const devicesByStore = new Map<string, string[]>();
  for (const check of event.affected) {
    devicesByStore.set(check.storeUrl, [...(devicesByStore.get(check.storeUrl) ?? []), check.device]);
  }
  return [...devicesByStore].map(([store, devices]) => `${storeLabel(store)} (${[...new Set(devices)].join(', ')})`).join('; ');
}

export function alertTitle(event: AlertEvent): string {
  const stores = [...new Set(event.affected.map((check) => storeLabel(check.storeUrl)))];
  const where = stores.length > 1 ? `${stores.length} stores` : stores[0];
  return `${alertHeadlines[event.kind]}: ${event.skillName} on ${where}`;
}

/** The time line of the alert, when it has one: how long it has been down, or was. */
export function durationLine(event: AlertEvent): string | undefined {
  switch (event.kind) {
    case 'incident-resolved':
      return `Down for ${formatDuration(event.downtimeMs)}`;
    case 'incident-reminder':
      return `Failing for ${formatDuration(event.openForMs)}`;
    case 'incident-flapping':
      return `Opened ${event.openings} times in ${event.windowMinutes} minutes; quiet until stable for an hour`;
    case 'incident-opened': {
      const failures = Math.max(...event.affected.map((check) => check.failureCount ?? 1));
      return `Failed ${failures} consecutive run${failures === 1 ? '' : 's'}`;
    }
    default:
      return undefined;
  }
}

export function findingLines(event: AlertEvent): string[] {
  return event.findings.map((finding) => `${findingMarker(finding.level)} ${findingText(finding)}`);
}

export function diagnosisLines(event: AlertEvent): string[] {
  const diagnosis = event.diagnosis;
  if (!diagnosis) return [];
  return [
    `Root cause (${diagnosis.severity}, ${diagnosis.category}, ${diagnosis.source}): ${diagnosis.rootCause}`,
    ...diagnosis.remediation.slice(0, 3).map((step, index) => `${index + 1}. ${step}`),
  ];
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
