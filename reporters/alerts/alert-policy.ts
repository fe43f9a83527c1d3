// Pure alert policy: from what changed in this run and what was already said, decide what to say.
// State changes only, confirmed failures only, cooldowns, reminders, flapping, and holds (mutes, maintenance).
import type { IncidentChange } from '../../core/incident-policy';
import type { SkillResult, SkillStatus } from '../../core/skill-result';
import type { Hold } from './maintenance-windows';

export interface AlertPolicySettings {
  /** A FAIL must be seen this many consecutive runs, or this many attempts in one run, before anyone is paged. */
  afterFailures: number;
  onWarn: boolean;
  cooldownMs: number;
  /** 0: no reminders. */
  remindMs: number;
  /** More openings than this within flapWindowMs is flapping. */
  flapOpenings: number;
  flapWindowMs: number;
}

export const defaultFlapping = { flapOpenings: 3, flapWindowMs: 60 * 60_000 };

/** What the history in SQLite says about one incident this run touched. */
export interface IncidentAlertContext {
  incidentId: number;
  change: IncidentChange;
  /** When the incident-opened alert went out; unset while unconfirmed, held or flapping. */
  announcedAt?: string;
  lastAlertAt?: string;
  /** Incidents opened for the same skill, store and device within the flap window, this one included. */
  recentOpenings: number;
  /** The key was reported as flapping and has not been stable since. */
  flapping: boolean;
  hold?: Hold;
}

/** A WARN result of this run, with the same skill/store/device's status in the run before. */
export interface WarningContext {
  result: SkillResult;
  previousStatus?: SkillStatus;
  lastWarningAlertAt?: string;
  hold?: Hold;
}

export type AlertDecision =
  | { kind: 'incident-opened'; context: IncidentAlertContext }
  | { kind: 'incident-reminder'; context: IncidentAlertContext; openForMs: number }
  | { kind: 'incident-resolved'; context: IncidentAlertContext; downtimeMs: number; heldUntil?: Date }
  | { kind: 'incident-flapping'; context: IncidentAlertContext }
  | { kind: 'warning-raised'; warning: WarningContext };

function elapsed(since: string | undefined, now: Date): number {
  return since ? now.getTime() - Date.parse(since) : Number.POSITIVE_INFINITY;
}

export function decideForIncident(context: IncidentAlertContext, settings: AlertPolicySettings, now: Date): AlertDecision | undefined {
  const { change } = context;
  // Quiet until stable: the flapping report said it all, and the stage lifts this after an hour without changes.
  if (context.flapping) return undefined;
  if (change.kind === 'incident-resolved') {
    // Nobody was told it broke (unconfirmed, held or flapping), so nobody needs telling it is fixed.
    if (!context.announcedAt) return undefined;
    return { kind: 'incident-resolved', context, downtimeMs: change.downtimeMs, heldUntil: context.hold?.until };
  }
  // Opened and reminder alerts are not queued during a hold; if still failing when it ends, the next run announces it.
  if (context.hold) return undefined;
  if (change.kind === 'incident-opened' && context.recentOpenings > settings.flapOpenings) {
    return { kind: 'incident-flapping', context };
  }
  if (!context.announcedAt) {
    const failures = change.kind === 'incident-continued' ? change.failureCount : 1;
    const confirmed = failures >= settings.afterFailures || change.result.attempts >= settings.afterFailures;
    if (!confirmed || elapsed(context.lastAlertAt, now) < settings.cooldownMs) return undefined;
    return { kind: 'incident-opened', context };
  }
  if (change.kind !== 'incident-continued' || settings.remindMs === 0) return undefined;
  if (elapsed(context.lastAlertAt ?? context.announcedAt, now) < Math.max(settings.remindMs, settings.cooldownMs)) return undefined;
  return { kind: 'incident-reminder', context, openForMs: elapsed(change.incident.createdAt, now) };
}

export function decideForWarning(warning: WarningContext, settings: AlertPolicySettings, now: Date): AlertDecision | undefined {
  if (!settings.onWarn || warning.hold) return undefined;
  // Only the step into WARN is news; FAIL → WARN is a recovery and is told as one.
  if (warning.previousStatus === 'WARN' || warning.previousStatus === 'FAIL') return undefined;
  if (elapsed(warning.lastWarningAlertAt, now) < settings.cooldownMs) return undefined;
  return { kind: 'warning-raised', warning };
}

export function planAlerts(
  incidents: IncidentAlertContext[],
  warnings: WarningContext[],
  settings: AlertPolicySettings,
  now: Date,
): AlertDecision[] {
  const decisions = [
    ...incidents.map((context) => decideForIncident(context, settings, now)),
    ...warnings.map((warning) => decideForWarning(warning, settings, now)),
  ];
  return decisions.filter((decision): decision is AlertDecision => decision !== undefined);
}
