// Rules about the monitor's own verdicts (flaky, timed out, threw), the cross-cutting third-party
// pattern (failures concentrated on one outside host), and codes the next skills (doctor, pixels) emit.
import type { SkillResult } from '../../skill-result';
import { docs, type DiagnosisRule, type RuleContext } from './rule-types';

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/**
 * "Timeouts on one third-party host": at least two failed requests, most of them to one host that
 * is not the store's. Returns that host, so the diagnosis can name the vendor to call.
 */
export function dominantFailingThirdPartyHost(result: SkillResult): string | undefined {
  const storeHost = hostOf(result.storeUrl);
  const counts = new Map<string, number>();
  let failures = 0;
  for (const request of result.evidence.failedRequests) {
    const host = hostOf(request.url);
    if (!host) continue;
    failures += 1;
    if (host !== storeHost && !host.endsWith('.myshopify.com')) counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 && top[1] * 2 > failures ? top[0] : undefined;
}

const thirdPartyHost = (context: RuleContext) => dominantFailingThirdPartyHost(context.result);

/** The same evidence pattern explains several codes; one rule per code keeps the table flat. */
const thirdPartyCodes = ['skill.timeout', 'skill.error', 'skill.flaky', 'cart.add_no_request', 'cart.count_not_updated', 'checkout.unreachable'];

const thirdPartyRules: DiagnosisRule[] = thirdPartyCodes.map((code) => ({
  code,
  name: `${code}/third-party-host`,
  when: (context: RuleContext) => thirdPartyHost(context) !== undefined,
  rootCause: (context: RuleContext) => `Requests to ${thirdPartyHost(context)} failed or timed out again and again during this check: a third-party app or vendor script is down or slow and is holding the page up.`,
  category: 'third-party' as const,
  severity: code.startsWith('cart.') || code.startsWith('checkout.') ? ('P1' as const) : ('P2' as const),
  remediation: [
    (context: RuleContext) => `Check the status page of the vendor behind ${thirdPartyHost(context)} and contact them.`,
    'Load the script asynchronously (or through an app embed that can be switched off) so the storefront does not wait for it.',
    'Disable the app in Theme editor > App embeds if it blocks shopping.',
  ],
  confidence: 0.65,
}));

export const monitorRules: DiagnosisRule[] = [
  ...thirdPartyRules,
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
  {
    code: 'doctor.liquid_error',
    name: 'doctor.liquid_error',
    rootCause: 'A page shows a Liquid error in its HTML: a theme or app snippet references a missing file, object or filter.',
    category: 'store-defect',
    severity: 'P1',
    remediation: ['Find the section or snippet named in the error and fix it in the theme code.', 'Run theme-check (or set THEME_DIR so the Shopify Dev MCP validate_theme tool runs) before publishing.'],
    docsLinks: [docs.themeCheck, docs.liquid],
    confidence: 0.8,
  },
  {
    code: 'pixel.event_missing',
    name: 'pixel.event_missing',
    rootCause: 'An analytics event (for example add_to_cart) was not sent after the shopper did it: the pixel is disconnected, blocked by consent settings, or the theme action does not publish the event.',
    category: 'store-defect',
    severity: 'P2',
    remediation: ['Check Settings > Customer events: the pixel must be connected and allowed by the consent settings.', 'Use the pixel helper of the vendor to confirm the event on the product page.'],
    docsLinks: [docs.webPixels],
    confidence: 0.5,
  },
];
