// Which stages the run pipeline gets: one line per capability, each built from its own settings.
// Kept apart from the reporter so the reporter stays a thin adapter over Playwright's hooks.
import { createAlertStages } from './alerts/alert-stages';
import { createDiagnoseStage } from './diagnosis/diagnose-stage';
import { redactResults } from './redaction';
import { protectCheckoutScreenshots } from './screenshot-privacy';
import type { PipelineStages } from './run-pipeline';

export function createPipelineStages(): PipelineStages {
  return { redact: (results) => protectCheckoutScreenshots(redactResults(results)), diagnose: createDiagnoseStage(), ...createAlertStages() };
}
