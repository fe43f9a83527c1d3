// SkillResults and incident contexts for alert tests, shaped like the reporter's, with only what a test changes spelled out.
import type { IncidentChange, OpenIncident } from '../../../core/incident-policy';
import type { SkillResult } from '../../../core/skill-result';
import type { IncidentAlertContext } from '../../../reporters/alerts/alert-policy';

export const storeUrl = 'https://shop.example.com';

export function skillResult(overrides: Partial<SkillResult> = {}): SkillResult {
  const status = overrides.status ?? 'FAIL';
  return {
    skillName: 'cart_journey',
    title: 'cart journey',
    project: 'shop desktop',
    storeUrl,
    device: 'desktop',
    status,
    summary: status === 'FAIL' ? 'Add to cart answered 500' : 'all steps passed',
    findings: status === 'FAIL' ? [{ code: 'cart.add_failed', level: 'fail', message: 'Add to cart answered 500', evidence: {} }] : [],
    metrics: {},
    screenshots: [],
    evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] },
    durationMs: 1000,
    attempts: 1,
    startedAt: '2026-11-26T10:00:00.000Z',
    ...overrides,
  };
}

export function openIncident(overrides: Partial<OpenIncident> = {}): OpenIncident {
  return { id: 7, storeUrl, skillName: 'cart_journey', device: 'desktop', createdAt: '2026-11-26T10:00:00.000Z', failureCount: 1, severity: 'P1', ...overrides };
}

export function incidentContext(change: IncidentChange, overrides: Partial<IncidentAlertContext> = {}): IncidentAlertContext {
  return { incidentId: 7, change, recentOpenings: 1, flapping: false, ...overrides };
}
