// The alert policy as pure functions: confirmed failures only, one alert per state change,
// reminders, recoveries only for what was announced, holds, flapping and warnings.
import { expect, test } from '@playwright/test';
import { decideForIncident, decideForWarning, defaultFlapping, type AlertPolicySettings } from '../../../reporters/alerts/alert-policy';
import { incidentContext, openIncident, skillResult } from './sample-results';

const policy: AlertPolicySettings = { afterFailures: 2, onWarn: false, cooldownMs: 60 * 60_000, remindMs: 240 * 60_000, ...defaultFlapping };
const at = (iso: string) => new Date(iso);
const opened = (attempts = 1) => ({ kind: 'incident-opened' as const, result: skillResult({ attempts }), severity: 'P1' });
const continued = (failureCount: number) => ({ kind: 'incident-continued' as const, incident: openIncident({ failureCount: failureCount - 1 }), result: skillResult(), failureCount, severity: 'P1' });
const resolved = { kind: 'incident-resolved' as const, incident: openIncident(), result: skillResult({ status: 'PASS' }), downtimeMs: 1_800_000 };
const now = at('2026-11-26T10:30:00.000Z');

test('a first failure alone pages nobody; the second consecutive one opens the alert', () => {
  expect(decideForIncident(incidentContext(opened()), policy, now)).toBeUndefined();
  expect(decideForIncident(incidentContext(continued(2)), policy, now)?.kind).toBe('incident-opened');
});

test('both attempts of one run failing confirm the failure at once', () => {
  expect(decideForIncident(incidentContext(opened(2)), policy, now)?.kind).toBe('incident-opened');
});

test('ALERT_AFTER_FAILURES=1 alerts on the first failure, 3 waits for the third', () => {
  expect(decideForIncident(incidentContext(opened()), { ...policy, afterFailures: 1 }, now)?.kind).toBe('incident-opened');
  expect(decideForIncident(incidentContext(continued(2)), { ...policy, afterFailures: 3 }, now)).toBeUndefined();
  expect(decideForIncident(incidentContext(continued(3)), { ...policy, afterFailures: 3 }, now)?.kind).toBe('incident-opened');
});

test('an announced incident stays quiet until the reminder is due, then reminds once per interval', () => {
  const announced = { announcedAt: '2026-11-26T10:00:00.000Z', lastAlertAt: '2026-11-26T10:00:00.000Z' };
  expect(decideForIncident(incidentContext(continued(3), announced), policy, at('2026-11-26T10:30:00.000Z'))).toBeUndefined();
  expect(decideForIncident(incidentContext(continued(9), announced), policy, at('2026-11-26T13:59:00.000Z'))).toBeUndefined();
  const reminder = decideForIncident(incidentContext(continued(9), announced), policy, at('2026-11-26T14:00:00.000Z'));
  expect(reminder).toMatchObject({ kind: 'incident-reminder', openForMs: 4 * 3_600_000 });
  expect(decideForIncident(incidentContext(continued(9), announced), { ...policy, remindMs: 0 }, at('2026-11-27T10:00:00.000Z'))).toBeUndefined();
});

test('reminders are never closer than the cooldown', () => {
  const announced = { announcedAt: '2026-11-26T10:00:00.000Z', lastAlertAt: '2026-11-26T10:00:00.000Z' };
  const short = { ...policy, remindMs: 10 * 60_000 };
  expect(decideForIncident(incidentContext(continued(4), announced), short, at('2026-11-26T10:30:00.000Z'))).toBeUndefined();
  expect(decideForIncident(incidentContext(continued(4), announced), short, at('2026-11-26T11:00:00.000Z'))?.kind).toBe('incident-reminder');
});

test('recovery is sent, with its downtime, only for incidents that were announced', () => {
  expect(decideForIncident(incidentContext(resolved), policy, now)).toBeUndefined();
  expect(decideForIncident(incidentContext(resolved, { announcedAt: '2026-11-26T10:05:00.000Z', lastAlertAt: '2026-11-26T10:29:00.000Z' }), policy, now)).toMatchObject({
    kind: 'incident-resolved',
    downtimeMs: 1_800_000,
  });
});

test('a hold (mute or maintenance) keeps failures quiet and holds recoveries until it ends', () => {
  const hold = { until: at('2026-11-26T12:00:00.000Z'), reason: 'muted' };
  expect(decideForIncident(incidentContext(continued(5), { hold }), policy, now)).toBeUndefined();
  expect(decideForIncident(incidentContext(resolved, { hold, announcedAt: '2026-11-26T09:00:00.000Z' }), policy, now)).toMatchObject({
    kind: 'incident-resolved',
    heldUntil: hold.until,
  });
});

test('the fourth opening within an hour is reported once as flapping, then the key is quiet', () => {
  expect(decideForIncident(incidentContext(opened(2), { recentOpenings: 3 }), policy, now)?.kind).toBe('incident-opened');
  expect(decideForIncident(incidentContext(opened(2), { recentOpenings: 4 }), policy, now)?.kind).toBe('incident-flapping');
  expect(decideForIncident(incidentContext(opened(2), { recentOpenings: 5, flapping: true }), policy, now)).toBeUndefined();
  expect(decideForIncident(incidentContext(resolved, { flapping: true, announcedAt: '2026-11-26T10:00:00.000Z' }), policy, now)).toBeUndefined();
});

test('warnings alert only when ALERT_ON_WARN is on, on the step into WARN, outside the cooldown', () => {
  const warning = { result: skillResult({ status: 'WARN' }), previousStatus: 'PASS' as const };
  expect(decideForWarning(warning, policy, now)).toBeUndefined();
  const onWarn = { ...policy, onWarn: true };
  expect(decideForWarning(warning, onWarn, now)?.kind).toBe('warning-raised');
  expect(decideForWarning({ ...warning, previousStatus: undefined }, onWarn, now)?.kind).toBe('warning-raised');
  expect(decideForWarning({ ...warning, previousStatus: 'WARN' }, onWarn, now)).toBeUndefined();
  expect(decideForWarning({ ...warning, previousStatus: 'FAIL' }, onWarn, now)).toBeUndefined();
  expect(decideForWarning({ ...warning, lastWarningAlertAt: '2026-11-26T10:00:00.000Z' }, onWarn, now)).toBeUndefined();
});
