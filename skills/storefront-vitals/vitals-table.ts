// The vitals as a text table for the HTML report: a row per template and attempt, with the baseline
// median beside each judged number.
import type { PageVitals } from '../../fixtures/page-vitals';

type Baseline = Record<string, { median: number; mad: number; samples: number }>;

const cell = (value: number | null, unit = 'ms'): string => (value === null ? '–' : unit === '' ? value.toFixed(3) : `${Math.round(value)} ${unit}`);
const withBaseline = (value: number | null, baseline: Baseline, metric: string): string => `${cell(value)}${baseline[metric] ? ` (${Math.round(baseline[metric].median)})` : ''}`;

export function vitalsTable(templates: Array<{ template: string; attempts: PageVitals[]; baseline: Baseline }>): string {
  const header = ['template', 'TTFB', 'FCP', 'LCP', 'INP', 'CLS', 'TBT', 'weight', 'requests'];
  const rows = templates.flatMap(({ template, attempts, baseline }) =>
    attempts.map((vitals, index) => [
      `${template}${attempts.length > 1 ? ` #${index + 1}` : ''}`,
      withBaseline(vitals.ttfb, baseline, 'ttfb'),
      withBaseline(vitals.fcp, baseline, 'fcp'),
      withBaseline(vitals.lcp, baseline, 'lcp'),
      withBaseline(vitals.inp, baseline, 'inp'),
      cell(vitals.cls, ''),
      cell(vitals.tbt),
      `${(vitals.weightBytes / 1024).toFixed(0)} KB`,
      String(vitals.requests),
    ]),
  );
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string => cells.map((text, column) => text.padEnd(widths[column])).join(' | ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-+-'), ...rows.map(line), '', 'In brackets: the baseline median of this store, template and device; #2 is the second attempt of a page that looked slow.'].join('\n');
}
