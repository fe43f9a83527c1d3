// A skill record as a person reads it (the HTML report's text attachment): findings first, then
// the pages with their status and TTFB, failed requests and script errors. Same words as the
// terminal summary and the alerts: LEVEL code — message.

import type { SkillRecord } from './skill-record';
import { findingText } from './finding-wording';

const maxLines = 20;

function section(title: string, lines: string[]): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, maxLines);
  return ['', `${title}:`, ...shown.map((line) => `  ${line}`), ...(lines.length > maxLines ? [`  … ${lines.length - maxLines} more`] : [])];
}

export function describeSkillRecord(record: SkillRecord): string {
  const findings = record.findings.map((finding) => `${finding.level.toUpperCase()} ${findingText(finding)}${finding.step ? ` (step: ${finding.step})` : ''}`);
  const pages = record.evidence.pages.map((page) => `${page.status ?? '—'} ${page.url}${page.ttfbMs !== null ? ` (TTFB ${Math.round(page.ttfbMs)} ms)` : ''}${page.step ? ` [${page.step}]` : ''}`);
  const requests = record.evidence.failedRequests.map((request) => `${request.status ?? request.failure ?? 'failed'} ${request.method} ${request.url}`);
  const errors = [...record.evidence.pageErrors.map((error) => `uncaught: ${error.message}`), ...record.evidence.consoleErrors.map((error) => `console: ${error.text}`)];
  const metrics = Object.entries(record.metrics).map(([name, value]) => `${name} = ${value}`);
  return [
    `${record.skillName} on ${record.storeUrl} (${record.device})`,
    ...section('Findings', findings.length ? findings : ['none']),
    ...section('Pages', pages),
    ...section('Failed requests', requests),
    ...section('Script errors', errors),
    ...section('Metrics', metrics),
  ].join('\n');
}
