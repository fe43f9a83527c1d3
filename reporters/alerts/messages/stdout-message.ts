// Pure: an alert as a few plain lines, readable in a terminal and a CI log (no colour codes).
import type { AlertEvent } from '../../../core/alert-event';
import { affectedStores, alertTitle, diagnosisLines, durationLine, findingLines } from './message-parts';

export function buildStdoutMessage(event: AlertEvent): string {
  const lines = [
    `[nano-sre alert] ${alertTitle(event)}`,
    `  where: ${affectedStores(event)}`,
    `  severity: ${event.severity} · ${event.summary.split('\n')[0]}`,
  ];
  const duration = durationLine(event);
  if (duration) lines.push(`  ${duration}`);
  for (const line of [...findingLines(event), ...diagnosisLines(event)]) lines.push(`  ${line}`);
  if (event.reportUrl) lines.push(`  report: ${event.reportUrl}`);
  if (event.diagnosisUrl) lines.push(`  diagnosis: ${event.diagnosisUrl}`);
  return lines.join('\n');
}
