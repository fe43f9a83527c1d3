// Inside the run's write transaction: gather what SQLite remembers, ask the pure policy, group,
// redact, and queue one outbox row per alert and channel, so an alert exists exactly when its run does.
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { enqueueAlert, lastAlertAbout } from '../../db/alert-outbox-queries';
import {
  clearStableFlapping,
  countOpeningsSince,
  isFlapping,
  previousCheckStatus,
  readIncidentAlertState,
  recordIncidentAlert,
  startFlapping,
} from '../../db/alert-state-queries';
import { listActiveMutes } from '../../db/mute-queries';
import type { SavedRun } from '../../db/save-run';
import { incidentKey } from '../../core/incident-policy';
import { redactDeep } from '../redaction';
import type { ChannelKind } from './alert-channel';
import { planAlerts, type AlertDecision, type AlertPolicySettings, type IncidentAlertContext, type WarningContext } from './alert-policy';
import { groupAlerts, type PlannedAlert } from './group-alerts';
import type { MaintenanceWindow } from '../../config/maintenance-schedule';
import { findHold } from './maintenance-windows';

export interface QueueOptions {
  policy: AlertPolicySettings;
  channels: ChannelKind[];
  windows: MaintenanceWindow[];
  reportsDir: string;
  reportBaseUrl?: string;
  now?: Date;
  newId?: () => string;
}

/** Discord takes files up to 10 MB on an unboosted server; a bigger screenshot is left out rather than failing the alert. */
const maxScreenshotBytes = 8 * 1024 * 1024;

function readScreenshotFile(path: string | undefined): Buffer | undefined {
  try {
    return path && statSync(path).size <= maxScreenshotBytes ? readFileSync(path) : undefined;
  } catch {
    return undefined; // gone or unreadable: the alert still goes, without the picture
  }
}

function rememberWhatWasSaid(database: Database.Database, decision: AlertDecision, at: string): void {
  switch (decision.kind) {
    case 'incident-opened':
      return recordIncidentAlert(database, decision.context.incidentId, at, true);
    case 'incident-reminder':
      return recordIncidentAlert(database, decision.context.incidentId, at, false);
    case 'incident-flapping':
      startFlapping(database, decision.context.change.result, at);
      return recordIncidentAlert(database, decision.context.incidentId, at, false);
    default:
      return undefined; // resolved incidents and warnings keep nothing beyond their outbox row
  }
}

export function queueAlerts(database: Database.Database, saved: SavedRun, options: QueueOptions): PlannedAlert[] {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const flapWindowStart = new Date(now.getTime() - options.policy.flapWindowMs).toISOString();
  clearStableFlapping(database, flapWindowStart);
  const mutes = listActiveMutes(database, at);
  const holdFor = (storeUrl: string) => findHold(storeUrl, now, options.windows, mutes);

  const incidents: IncidentAlertContext[] = saved.incidentChanges.map(({ incidentId, change }) => ({
    incidentId,
    change,
    ...readIncidentAlertState(database, incidentId),
    recentOpenings: countOpeningsSince(database, change.result, flapWindowStart),
    flapping: isFlapping(database, change.result),
    hold: holdFor(change.result.storeUrl),
  }));
  const warnings: WarningContext[] = options.policy.onWarn
    ? saved.results
        .filter((result) => result.status === 'WARN')
        .map((result) => ({
          result,
          previousStatus: previousCheckStatus(database, result, saved.runId),
          lastWarningAlertAt: lastAlertAbout(database, 'warning-raised', incidentKey(result)),
          hold: holdFor(result.storeUrl),
        }))
    : [];

  const planned = groupAlerts(planAlerts(incidents, warnings, options.policy, now), {
    now,
    newId: options.newId ?? randomUUID,
    reportBaseUrl: options.reportBaseUrl,
    reportsDir: options.reportsDir,
  });
  for (const alert of planned) {
    // Nothing leaves the machine unredacted: the stored event is what every channel renders.
    const event = redactDeep(alert.event);
    const png = readScreenshotFile(alert.screenshotPath);
    const screenshot = png && event.screenshotName ? { name: event.screenshotName, png } : undefined;
    enqueueAlert(
      database,
      { event: screenshot ? event : { ...event, screenshotName: undefined }, channels: options.channels, runId: saved.runId, heldUntil: alert.heldUntil, subjectKeys: alert.subjectKeys, screenshot },
      at,
    );
    for (const decision of alert.decisions) rememberWhatWasSaid(database, decision, at);
  }
  return planned;
}
