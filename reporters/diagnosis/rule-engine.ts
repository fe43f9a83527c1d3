// Rules, always: offline, no key. Picks the rule for each finding (evidence patterns first, then the
// code's catch-all), and makes the result's diagnosis from its most severe finding.
import type { Finding } from '../../core/skill-record';
import type { SkillResult } from '../../core/skill-result';
import { bySeverity, type Diagnosis } from '../../core/diagnosis-schema';
import { diagnosisRules } from '../finding-registry';
import type { DiagnosisRule, RuleContext } from './rules/rule-types';

export { diagnosisRules };

/** Codes that have a catch-all rule, i.e. a diagnosis whatever the evidence looks like. */
export function codesWithCatchAllRule(rules: readonly DiagnosisRule[] = diagnosisRules): Set<string> {
  return new Set(rules.filter((rule) => !rule.when).map((rule) => rule.code));
}

export function findRule(context: RuleContext, rules: readonly DiagnosisRule[] = diagnosisRules): DiagnosisRule | undefined {
  const candidates = rules.filter((rule) => rule.code === context.finding.code);
  return candidates.find((rule) => rule.when?.(context)) ?? candidates.find((rule) => !rule.when);
}

function render(text: string | ((context: RuleContext) => string), context: RuleContext): string {
  return typeof text === 'function' ? text(context) : text;
}

/** A code without a rule still gets a diagnosis (the coverage test keeps this from happening). */
function unknownCodeDiagnosis(finding: Finding): Diagnosis {
  return {
    rootCause: `No rule explains ${finding.code} yet: ${finding.message}`,
    category: 'store-defect',
    severity: finding.level === 'fail' ? 'P2' : 'P3',
    remediation: ['Read the finding\'s evidence and the trace; add a rule for this code in reporters/diagnosis/rules/.'],
    docsLinks: [],
    confidence: 0.1,
    source: 'rules',
    findingCode: finding.code,
  };
}

export function diagnoseFinding(finding: Finding, result: SkillResult): Diagnosis {
  const context: RuleContext = { finding, result };
  const rule = findRule(context);
  if (!rule) return unknownCodeDiagnosis(finding);
  return {
    rootCause: render(rule.rootCause, context),
    category: rule.category,
    severity: rule.severity,
    remediation: rule.remediation.map((step) => render(step, context)),
    docsLinks: [...(rule.docsLinks ?? [])],
    confidence: rule.confidence,
    source: 'rules',
    findingCode: finding.code,
  };
}

const maxRemediationSteps = 6;

/**
 * One diagnosis per result: the most severe finding's, with the first step of each other finding
 * appended so nothing the run saw is dropped. Fail findings outrank warnings of equal severity.
 */
export function diagnoseWithRules(result: SkillResult): Diagnosis {
  const findings = result.findings.filter((finding) => finding.level !== 'info');
  if (!findings.length) {
    return unknownCodeDiagnosis({ code: 'skill.error', level: 'fail', message: result.error ?? result.summary, evidence: {} });
  }
  const ranked = findings
    .map((finding) => ({ finding, diagnosis: diagnoseFinding(finding, result) }))
    .sort((a, b) => bySeverity(a.diagnosis, b.diagnosis) || Number(b.finding.level === 'fail') - Number(a.finding.level === 'fail'));
  const [primary, ...others] = ranked;
  const remediation = [...primary.diagnosis.remediation];
  for (const other of others) {
    const step = `Also (${other.finding.code}): ${other.diagnosis.remediation[0]}`;
    if (!remediation.includes(step)) remediation.push(step);
  }
  const docsLinks = [...new Set(ranked.flatMap((entry) => entry.diagnosis.docsLinks))];
  return { ...primary.diagnosis, remediation: remediation.slice(0, maxRemediationSteps), docsLinks };
}
