// reports/diagnosis.md: every WARN and FAIL of the run with its findings and diagnosis (root cause,
// severity, remediation, docs), in the words of the terminal summary, one click from the HTML report.
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureDirectory } from '../config/paths';
import type { SkillResult } from '../core/skill-result';
import { findingText } from '../core/finding-wording';

function describeResult(result: SkillResult): string {
  const lines = [`## ${result.status} ${result.skillName} · ${result.device} · ${result.storeUrl}`, '', result.summary.split('\n')[0] ?? '', ''];
  for (const finding of result.findings.filter((candidate) => candidate.level !== 'info')) {
    lines.push(`- ${finding.level.toUpperCase()} ${findingText(finding)}${finding.step ? ` (step: ${finding.step})` : ''}`);
  }
  const diagnosis = result.diagnosis;
  if (diagnosis) {
    lines.push('', `**Diagnosis** (${diagnosis.severity}, ${diagnosis.category}, from ${diagnosis.source}, confidence ${diagnosis.confidence}): ${diagnosis.rootCause}`, '', '**What to do**', '');
    diagnosis.remediation.forEach((step, index) => lines.push(`${index + 1}. ${step}`));
    if (diagnosis.docsLinks.length) lines.push('', `Docs: ${diagnosis.docsLinks.join(' · ')}`);
    if (diagnosis.fallbackReason) lines.push('', `_Rules only: ${diagnosis.fallbackReason}_`);
  }
  if (result.screenshots.length) lines.push('', `Screenshots: ${result.screenshots.map((path) => `\`${path}\``).join(', ')}`);
  return lines.join('\n');
}

export function renderDiagnosisReport(results: SkillResult[], finishedAt: string): string {
  const problems = results.filter((result) => result.status === 'WARN' || result.status === 'FAIL');
  const heading = `# Nano-SRE diagnosis · ${finishedAt}\n\n${problems.length ? `${problems.length} of ${results.length} checks need attention.` : `All ${results.length} checks passed.`}`;
  return `${[heading, ...problems.map(describeResult)].join('\n\n')}\n`;
}

export function writeDiagnosisReport(path: string, results: SkillResult[], finishedAt: string): void {
  ensureDirectory(dirname(path));
  writeFileSync(path, renderDiagnosisReport(results, finishedAt));
}
