// The incident policy (pure): given what is open and what this run saw, say what changes.
// One incident per skill + store + device: opened by a FAIL, resolved by the next PASS or WARN;
// while open, it carries the latest failure's summary and severity (the cause may change).
import { statusRank, type SkillResult } from './skill-result';

export interface OpenIncident {
  id: number;
  storeUrl: string;
  skillName: string;
  device: string;
  createdAt: string;
  failureCount: number;
  severity: string;
}

export type IncidentChange =
  | { kind: 'incident-opened'; result: SkillResult; severity: string }
  | { kind: 'incident-continued'; incident: OpenIncident; result: SkillResult; failureCount: number; severity: string }
  | { kind: 'incident-resolved'; incident: OpenIncident; result: SkillResult; downtimeMs: number };

export function incidentKey(parts: { storeUrl: string; skillName: string; device: string }): string {
  return `${parts.storeUrl}\u0000${parts.skillName}\u0000${parts.device}`;
}

/** Whether a failing code means shoppers cannot buy or reach the store (the finding catalogue's `outage`). */
export type IsOutage = (code: string) => boolean;

/** The diagnosis' severity when there is one; otherwise outages and a broken purchase path are P1. */
export function incidentSeverity(result: SkillResult, isOutage: IsOutage): string {
  if (result.diagnosis) return result.diagnosis.severity;
  return result.findings.some((finding) => finding.level === 'fail' && isOutage(finding.code)) ? 'P1' : 'P2';
}

export function planIncidentChanges(open: OpenIncident[], results: SkillResult[], isOutage: IsOutage, now = new Date()): IncidentChange[] {
  const openByKey = new Map(open.map((incident) => [incidentKey(incident), incident]));
  // A skill file with several tests yields several results per key: the worst one speaks for it.
  const worstByKey = new Map<string, SkillResult>();
  for (const result of results) {
    const current = worstByKey.get(incidentKey(result));
    if (!current || statusRank[result.status] > statusRank[current.status]) worstByKey.set(incidentKey(result), result);
  }
  const changes: IncidentChange[] = [];
  for (const result of worstByKey.values()) {
    const incident = openByKey.get(incidentKey(result));
    if (result.status === 'FAIL') {
      changes.push(
        incident
          ? { kind: 'incident-continued', incident, result, failureCount: incident.failureCount + 1, severity: incidentSeverity(result, isOutage) }
          : { kind: 'incident-opened', result, severity: incidentSeverity(result, isOutage) },
      );
    } else if (incident && (result.status === 'PASS' || result.status === 'WARN')) {
      changes.push({ kind: 'incident-resolved', incident, result, downtimeMs: now.getTime() - Date.parse(incident.createdAt) });
    }
  }
  return changes;
}
