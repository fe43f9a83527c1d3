// The alert stages of the run pipeline: queue in the run's transaction, deliver after it commits.
// Settings are read here, lazily, so a bad alert variable costs the alerts and never the run.
import type { InTransaction } from '../../db/save-run';
import type { PipelineStages } from '../run-pipeline';
import { defaultFlapping, type AlertPolicySettings } from './alert-policy';
import { readAlertSettings, type AlertSettings } from './alert-settings';
import { closeChannels, createChannels } from './channel-registry';
import { deliverOutbox } from './deliver-outbox';
import { summariseDelivery } from './delivery-summary';
import { queueAlerts } from './queue-alerts';
import { errorText } from '../../core/error-text';

export interface AlertStageOptions {
  environment?: NodeJS.ProcessEnv;
  writeStdout?: (text: string) => void;
}

export function policyFromSettings(settings: AlertSettings): AlertPolicySettings {
  return {
    afterFailures: settings.ALERT_AFTER_FAILURES,
    onWarn: settings.ALERT_ON_WARN,
    cooldownMs: settings.ALERT_COOLDOWN_MINUTES * 60_000,
    remindMs: settings.ALERT_REMIND_MINUTES * 60_000,
    ...defaultFlapping,
  };
}

export function createAlertStages(options: AlertStageOptions = {}): Pick<PipelineStages, 'inTransaction' | 'afterSave'> {
  let settings: AlertSettings;
  try {
    settings = readAlertSettings(options.environment);
  } catch (error) {
    const message = errorText(error);
    return { afterSave: async () => ({ notes: [], problems: [`alerts are off until this is fixed: ${message}`] }) };
  }
  const channelSettings = { ...settings, writeStdout: options.writeStdout };
  let queueProblem: string | undefined;

  const inTransaction: InTransaction = (database, saved) => {
    try {
      // A savepoint: if queueing breaks, the run's own rows still commit.
      database.transaction(() =>
        queueAlerts(database, saved, {
          policy: policyFromSettings(settings),
          channels: [...createChannels(channelSettings).keys()],
          windows: settings.MAINTENANCE,
          reportsDir: settings.REPORTS_DIR,
          reportBaseUrl: settings.REPORT_BASE_URL,
        }),
      )();
    } catch (error) {
      queueProblem = `alerts for this run could not be queued: ${errorText(error)}`;
    }
  };

  return {
    inTransaction,
    async afterSave(database) {
      const channels = createChannels(channelSettings);
      try {
        const report = await deliverOutbox(database, channels, { timeBoxMs: settings.ALERT_DELIVERY_TIMEOUT_SECONDS * 1000, retentionDays: settings.RETENTION_DAYS });
        const summary = summariseDelivery(report, settings.ALERT_DELIVERY_STRICT);
        return queueProblem ? { ...summary, problems: [queueProblem, ...summary.problems] } : summary;
      } finally {
        closeChannels(channels);
      }
    },
  };
}
