// Pure: what the run's summary says about alert delivery. A failing channel is always named;
// with ALERT_DELIVERY_STRICT=true it is a problem, which makes the run exit non-zero.
import type { DeliveryReport } from './deliver-outbox';

export interface StageReport {
  notes: string[];
  problems: string[];
}

export function summariseDelivery(report: DeliveryReport, strict: boolean): StageReport {
  const notes: string[] = [];
  const failures: string[] = [];
  const sent = report.channels.filter((channel) => channel.delivered > 0);
  if (sent.length) notes.push(`alerts sent: ${sent.map((channel) => `${channel.channel} ${channel.delivered}`).join(', ')}`);
  for (const channel of report.channels) {
    if (channel.waiting > 0) {
      failures.push(
        `alert channel ${channel.label} did not take ${channel.waiting} alert(s) (${channel.error ?? 'unknown error'}); they are kept for the next run or \`nano-sre alerts flush\``,
      );
    }
    if (channel.rejected > 0) {
      failures.push(`alert channel ${channel.label} refused ${channel.rejected} alert(s) for good (${channel.error ?? 'a 4xx answer'}); check its URL and settings`);
    }
  }
  if (report.expired > 0) failures.push(`${report.expired} alert(s) expired undelivered after 24 hours`);
  return strict ? { notes, problems: failures } : { notes: [...notes, ...failures], problems: [] };
}
