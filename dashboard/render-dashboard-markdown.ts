// The dashboard as a GitHub job summary ($GITHUB_STEP_SUMMARY): uptime per store and skill, the
// incidents, and the latest speed per store × device. Charts and screenshots stay in the HTML page.
import { formatDuration } from '../core/durations';
import type { DashboardData } from './read-dashboard';

const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const statusMark = (failures: number, warnings: number) => (failures ? '🔴' : warnings ? '🟡' : '🟢');

function latest(values: Array<number | null>): number | null {
  for (let index = values.length - 1; index >= 0; index -= 1) if (values[index] !== null) return values[index];
  return null;
}

export function renderDashboardMarkdown(data: DashboardData): string {
  const open = data.incidents.filter((incident) => incident.status === 'open');
  const lines = [`## Nano-SRE · ${open.length ? `${open.length} open incident(s)` : 'no open incidents'}`, '', `Since ${data.since.slice(0, 16)}Z.`, ''];
  lines.push('| | store | skill | uptime | checks | FAIL | WARN |', '| --- | --- | --- | ---: | ---: | ---: | ---: |');
  for (const check of data.checks) {
    lines.push(`| ${statusMark(check.failures, check.warnings)} | ${cell(check.storeUrl)} | ${cell(check.skillName)} | ${check.uptimePercent.toFixed(2)}% | ${check.checks} | ${check.failures} | ${check.warnings} |`);
  }
  if (!data.checks.length) lines.push('| | no checks in this window | | | | | |');
  lines.push('', '### Incidents', '');
  if (!data.incidents.length) lines.push('None in this window.');
  for (const incident of data.incidents) {
    const state = incident.status === 'open' ? `**open** for ${formatDuration(incident.durationMs)}` : `resolved after ${formatDuration(incident.durationMs)}`;
    lines.push(`- #${incident.id} ${incident.severity} ${state} · ${incident.skillName} on ${incident.storeUrl} (${incident.device}) · ${cell(incident.summary.split('\n')[0])}${incident.rootCause ? ` — ${cell(incident.rootCause)}` : ''}`);
  }
  if (data.metrics.length) {
    lines.push('', '### Speed (latest)', '', '| store | device | TTFB ms | LCP ms | CLS |', '| --- | --- | ---: | ---: | ---: |');
    for (const series of data.metrics) {
      const show = (value: number | null, digits: number) => (value === null ? '–' : value.toFixed(digits));
      lines.push(`| ${cell(series.storeUrl)} | ${series.device} | ${show(latest(series.values.ttfb_ms), 0)} | ${show(latest(series.values.lcp_ms), 0)} | ${show(latest(series.values.cls), 3)} |`);
    }
  }
  lines.push('', 'The full dashboard (charts, pixel matrix, screenshots) is the `dashboard.html` artifact.', '');
  return lines.join('\n');
}
