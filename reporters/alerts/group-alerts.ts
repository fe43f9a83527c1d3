// Pure: turns the policy's decisions into alert events, one per skill and cause, naming every
// store and device affected, so a checkout outage on five stores is one message, not five.
import { relative, isAbsolute, basename } from 'node:path';
import { incidentKey } from '../../core/incident-policy';
import type { SkillResult } from '../../core/skill-result';
import type { AffectedCheck, AlertEvent } from '../../core/alert-event';
import { defaultFlapping, type AlertDecision } from './alert-policy';

export interface PlannedAlert {
  event: AlertEvent;
  /** Absolute path of the screenshot to keep with the alert. */
  screenshotPath?: string;
  heldUntil?: Date;
  /** incidentKey()s of everything it is about: cooldowns look these up. */
  subjectKeys: string[];
  decisions: AlertDecision[];
}

export interface GroupingOptions {
  now: Date;
  newId: () => string;
  reportBaseUrl?: string;
  reportsDir: string;
}

type Severity = AlertEvent['severity'];

function resultOf(decision: AlertDecision): SkillResult {
  return decision.kind === 'warning-raised' ? decision.warning.result : decision.context.change.result;
}

function severityOf(decision: AlertDecision): Severity {
  if (decision.kind === 'warning-raised') return decision.warning.result.diagnosis?.severity ?? 'P3';
  const change = decision.context.change;
  return (change.kind === 'incident-opened' ? change.severity : change.incident.severity) as Severity;
}

function primaryCode(result: SkillResult): string {
  return (result.findings.find((finding) => finding.level === 'fail') ?? result.findings.find((finding) => finding.level === 'warn'))?.code ?? 'none';
}

function groupKey(decision: AlertDecision): string {
  const result = resultOf(decision);
  // A recovery is about the skill, whatever broke it; a failure is about the skill and its cause.
  if (decision.kind === 'incident-resolved') return [decision.kind, result.skillName, decision.heldUntil?.toISOString() ?? ''].join('|');
  return [decision.kind, result.skillName, primaryCode(result)].join('|');
}

function affectedBy(decision: AlertDecision, now: Date): AffectedCheck {
  const result = resultOf(decision);
  const base = { storeUrl: result.storeUrl, device: result.device };
  if (decision.kind === 'warning-raised') return base;
  const change = decision.context.change;
  const incidentId = decision.context.incidentId;
  if (change.kind === 'incident-opened') return { ...base, incidentId, openedAt: now.toISOString(), failureCount: 1 };
  if (change.kind === 'incident-continued') return { ...base, incidentId, openedAt: change.incident.createdAt, failureCount: change.failureCount };
  return { ...base, incidentId, openedAt: change.incident.createdAt, failureCount: change.incident.failureCount, downtimeMs: change.downtimeMs };
}

/** A public URL for a file under the reports folder, when REPORT_BASE_URL says where it is published. */
export function publicUrl(path: string, options: GroupingOptions): string | undefined {
  if (!options.reportBaseUrl) return undefined;
  const inside = relative(options.reportsDir, path);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return `${options.reportBaseUrl}/${inside.split(/[\\/]/).map(encodeURIComponent).join('/')}`;
}

function buildEvent(members: AlertDecision[], options: GroupingOptions): PlannedAlert {
  const first = members[0];
  const results = members.map(resultOf);
  const findings = results
    .flatMap((result) => result.findings.filter((finding) => finding.level !== 'info'))
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'fail' ? -1 : 1))
    .filter((finding, index, all) => all.findIndex((other) => other.code === finding.code) === index)
    .slice(0, 3)
    .map(({ code, level, message }) => ({ code, level, message }));
  const severity = members.map(severityOf).sort()[0];
  const screenshotPath = first.kind === 'incident-resolved' ? undefined : results.find((result) => result.screenshots.length)?.screenshots[0];
  const common = {
    alertId: options.newId(),
    createdAt: options.now.toISOString(),
    skillName: results[0].skillName,
    summary: results[0].summary,
    severity,
    findings: first.kind === 'incident-resolved' ? [] : findings,
    diagnosis: first.kind === 'incident-resolved' ? undefined : results.find((result) => result.diagnosis)?.diagnosis,
    affected: members.map((member) => affectedBy(member, options.now)),
    screenshotName: screenshotPath ? `${results[0].skillName}-${basename(screenshotPath).replace(/[^\w.-]+/g, '-')}` : undefined,
    screenshotUrl: screenshotPath ? publicUrl(screenshotPath, options) : undefined,
    reportUrl: options.reportBaseUrl ? `${options.reportBaseUrl}/html/index.html` : undefined,
    diagnosisUrl: options.reportBaseUrl ? `${options.reportBaseUrl}/diagnosis.md` : undefined,
  };
  const event: AlertEvent =
    first.kind === 'incident-reminder'
      ? { kind: first.kind, ...common, openForMs: Math.max(...members.map((member) => (member.kind === 'incident-reminder' ? member.openForMs : 0))) }
      : first.kind === 'incident-resolved'
        ? { kind: first.kind, ...common, downtimeMs: Math.max(...common.affected.map((check) => check.downtimeMs ?? 0)) }
        : first.kind === 'incident-flapping'
          ? { kind: first.kind, ...common, openings: Math.max(...members.map((member) => (member.kind === 'incident-flapping' ? member.context.recentOpenings : 0))), windowMinutes: defaultFlapping.flapWindowMs / 60_000 }
          : { kind: first.kind, ...common };
  return {
    event,
    screenshotPath,
    heldUntil: first.kind === 'incident-resolved' ? first.heldUntil : undefined,
    subjectKeys: results.map((result) => incidentKey(result)),
    decisions: members,
  };
}

export function groupAlerts(decisions: AlertDecision[], options: GroupingOptions): PlannedAlert[] {
  const groups = new Map<string, AlertDecision[]>();
  const ordered = [...decisions].sort((a, b) => {
    const left = resultOf(a);
    const right = resultOf(b);
    return left.storeUrl.localeCompare(right.storeUrl) || left.device.localeCompare(right.device);
  });
  for (const decision of ordered) {
    const key = groupKey(decision);
    groups.set(key, [...(groups.get(key) ?? []), decision]);
  }
  return [...groups.values()].map((members) => buildEvent(members, options));
}
