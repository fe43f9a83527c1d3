// The codes the reporter adds when Playwright's outcome says more than the skill recorded:
// passed only on retry, ran out of time, threw without a finding.
import { defineFindingCodes } from '../core/finding-catalogue';

export const reporterFindingCodes = defineFindingCodes('reporter', "The monitor's own verdicts (added by the reporter)", [
  {
    code: 'skill.flaky',
    level: 'warn',
    category: 'transient',
    meaning: 'The skill failed once and passed on retry.',
    whatToDo: "Read the first attempt's failure; treat repeats across runs as a real defect.",
  },
  {
    code: 'skill.timeout',
    level: 'fail',
    category: 'transient',
    meaning: 'The skill ran out of time.',
    whatToDo: 'Open the trace; when requests to one outside host failed, the diagnosis names that vendor (third-party).',
  },
  {
    code: 'skill.error',
    level: 'fail',
    category: 'monitor-misconfiguration',
    meaning: 'The skill threw an unexpected error (no finding recorded).',
    whatToDo: 'Read the error and trace; unusual theme markup may need `PRODUCT_HANDLE` or a skill change.',
  },
]);
