// The pixel matrix as a fixed-width text table for the HTML report: a row per vendor, a column per
// journey step; each cell lists what fired, then what was missing (−), duplicated (×2) or wrong (!).
import { journeySteps, type MatrixRow } from './funnel-audit';

function cellText(row: MatrixRow, step: (typeof journeySteps)[number]): string {
  const cell = row.cells[step];
  if (!cell) return '(not reached)';
  const parts = [
    ...cell.fired.filter((name) => !/ x\d+$/.test(name)),
    ...cell.duplicate.map((what) => `×${what.split(' ')[0]}`),
    ...cell.missing.map((name) => `−${name}`),
    ...(cell.wrong.length ? [`!${cell.wrong.length} wrong`] : []),
  ];
  return parts.length ? parts.join(' ') : '·';
}

export function matrixTable(matrix: MatrixRow[]): string {
  const header = ['vendor (ids)', ...journeySteps.map((step) => step.replace(/_/g, ' '))];
  const rows = matrix.map((row) => [`${row.vendor}${row.vendorIds.length ? ` (${row.vendorIds.join(', ')})` : ''}`, ...journeySteps.map((step) => cellText(row, step))]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ').trimEnd();
  const wrong = matrix.flatMap((row) => Object.entries(row.cells).flatMap(([step, cell]) => (cell?.wrong ?? []).map((what) => `  ${row.vendor}, ${step.replace(/_/g, ' ')}: ${what}`)));
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('-+-'),
    ...rows.map(line),
    '',
    'Legend: an event name fired; −name expected but missing; ×name sent twice for one page view; !n wrong payloads (listed below); · nothing expected or fired.',
    ...(wrong.length ? ['', 'Wrong payloads:', ...wrong] : []),
  ].join('\n');
}
