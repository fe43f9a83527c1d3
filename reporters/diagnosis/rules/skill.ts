// Diagnosis rules for skill.* codes: the monitor's own verdicts (flaky, timed out, threw).
import { type DiagnosisRule } from './rule-types';
import { thirdPartyHostRule } from './third-party-host';

export const skillRules: DiagnosisRule[] = [
  thirdPartyHostRule('skill.timeout'),
  thirdPartyHostRule('skill.error'),
  thirdPartyHostRule('skill.flaky'),
  {
    code: 'skill.flaky',
    name: 'skill.flaky',
    rootCause: 'The check failed once and passed on retry: an intermittent problem (a slow response, a race in a theme script) or noise.',
    category: 'transient',
    severity: 'P3',
    remediation: ['Read the first attempt\'s failure in the evidence; if the same step keeps flaking across runs, treat it as a real defect.'],
    confidence: 0.5,
  },
  {
    code: 'skill.timeout',
    name: 'skill.timeout',
    rootCause: 'The check ran out of time: a page or request never finished, or an element the monitor waits for never appeared.',
    category: 'transient',
    severity: 'P2',
    remediation: ['Open the trace of the failed run to see which step hung.', 'If the store is slow on purpose (heavy pages), raise STEP_TIMEOUT_MS; if it repeats, treat it as a store defect.'],
    confidence: 0.35,
  },
  {
    code: 'skill.error',
    name: 'skill.error',
    rootCause: 'The check threw an unexpected error: the page did not look like the monitor expected (theme markup the monitor does not know), or the monitor has a bug.',
    category: 'monitor-misconfiguration',
    severity: 'P2',
    remediation: ['Read the error and the trace; if the theme markup differs from Dawn-like themes, set PRODUCT_HANDLE or adapt the skill\'s selectors.', 'Report a Nano-SRE bug with the trace if the store looks fine.'],
    confidence: 0.35,
  },
];
