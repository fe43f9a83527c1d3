// Pure: the per-skill table printed at the end of a run, readable in a terminal and a CI log.
import type { SkillResult } from '../core/skill-result';
import { findingMarker, findingText } from '../core/finding-wording';

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function formatSummary(results: SkillResult[], notes: string[] = []): string {
  const lines = ['', 'Nano-SRE summary'];
  if (!results.length) lines.push('  no skills ran');
  const sorted = [...results].sort((a, b) => a.storeUrl.localeCompare(b.storeUrl) || a.skillName.localeCompare(b.skillName) || a.device.localeCompare(b.device));
  for (const result of sorted) {
    const seconds = `${(result.durationMs / 1000).toFixed(1)}s`;
    lines.push(`  ${result.status}  ${pad(result.skillName, 22)} ${pad(result.device, 8)} ${pad(result.storeUrl, 34)} ${seconds.padStart(6)}  ${result.summary.split('\n')[0]}`);
    for (const finding of result.findings.filter((candidate) => candidate.level !== 'info')) {
      lines.push(`          ${findingMarker(finding.level)} ${findingText(finding)}`);
    }
    if (result.diagnosis) {
      lines.push(`          → ${result.diagnosis.severity} ${result.diagnosis.category}: ${result.diagnosis.rootCause.split('\n')[0]} (${result.diagnosis.source})`);
      lines.push(`            fix: ${result.diagnosis.remediation[0]}`);
    }
  }
  const counts = { PASS: 0, WARN: 0, FAIL: 0, SKIP: 0 };
  for (const result of results) counts[result.status] += 1;
  lines.push(`  ${counts.PASS} passed, ${counts.WARN} warned, ${counts.FAIL} failed, ${counts.SKIP} skipped`);
  for (const note of notes) lines.push(`  note: ${note}`);
  return lines.join('\n');
}
