// Incident rules as pure functions: FAIL opens or continues, PASS/WARN resolves, SKIP leaves alone.
import { expect, test } from '@playwright/test';
import { incidentSeverity, planIncidentChanges, type OpenIncident } from '../../core/incident-policy';
import type { SkillResult, SkillStatus } from '../../core/skill-result';
import { findingCatalogue } from '../../reporters/finding-registry';

const isOutage = findingCatalogue.isOutage;

function result(status: SkillStatus, overrides: Partial<SkillResult> = {}): SkillResult {
  return {
    skillName: 'headless_probe', title: 'probe', project: 'shop desktop', storeUrl: 'https://shop.example.com', device: 'desktop',
    status, summary: status, findings: [], metrics: {}, screenshots: [],
    evidence: { consoleErrors: [], pageErrors: [], failedRequests: [], pages: [] },
    durationMs: 1000, attempts: 1, startedAt: '2026-11-26T10:00:00.000Z', ...overrides,
  };
}

const open: OpenIncident = {
  id: 7, storeUrl: 'https://shop.example.com', skillName: 'headless_probe', device: 'desktop',
  createdAt: '2026-11-26T09:00:00.000Z', failureCount: 2, severity: 'P1',
};

test('a FAIL with nothing open opens an incident', () => {
  const changes = planIncidentChanges([], [result('FAIL')], isOutage);
  expect(changes.map((change) => change.kind)).toEqual(['incident-opened']);
});

test('a FAIL with an open incident continues it, counts the failure and takes the new severity', () => {
  const storeDown = result('FAIL', { findings: [{ code: 'store.unavailable', level: 'fail', message: '503', evidence: {} }] });
  const [change] = planIncidentChanges([{ ...open, severity: 'P2' }], [storeDown], isOutage);
  expect(change).toMatchObject({ kind: 'incident-continued', failureCount: 3, severity: 'P1' });
});

test('PASS and WARN resolve with the downtime; SKIP changes nothing', () => {
  const now = new Date('2026-11-26T09:30:00.000Z');
  expect(planIncidentChanges([open], [result('PASS')], isOutage, now)).toMatchObject([{ kind: 'incident-resolved', downtimeMs: 30 * 60_000 }]);
  expect(planIncidentChanges([open], [result('WARN')], isOutage, now)).toMatchObject([{ kind: 'incident-resolved' }]);
  expect(planIncidentChanges([open], [result('SKIP')], isOutage, now)).toEqual([]);
});

test('incidents are per device and per store', () => {
  const changes = planIncidentChanges([open], [result('FAIL', { device: 'mobile' }), result('PASS', { storeUrl: 'https://other.example.com' })], isOutage);
  expect(changes.map((change) => change.kind)).toEqual(['incident-opened']);
});

test('a broken purchase path is P1, a diagnosis overrides the default', () => {
  const addFailed = result('FAIL', { findings: [{ code: 'cart.add_failed', level: 'fail', message: '500', evidence: {} }] });
  expect(incidentSeverity(addFailed, isOutage)).toBe('P1');
  expect(incidentSeverity(result('FAIL', { findings: [{ code: 'product.sold_out', level: 'fail', message: 'x', evidence: {} }] }), isOutage)).toBe('P2');
  expect(incidentSeverity({ ...addFailed, diagnosis: { rootCause: 'x', category: 'store-defect', severity: 'P0', remediation: ['y'], docsLinks: [], confidence: 1, source: 'rules' } }, isOutage)).toBe('P0');
});

test('several results for one skill, store and device make one change, decided by the worst', () => {
  expect(planIncidentChanges([], [result('FAIL'), result('FAIL'), result('PASS')], isOutage).map((change) => change.kind)).toEqual(['incident-opened']);
  expect(planIncidentChanges([open], [result('PASS'), result('FAIL')], isOutage).map((change) => change.kind)).toEqual(['incident-continued']);
});
