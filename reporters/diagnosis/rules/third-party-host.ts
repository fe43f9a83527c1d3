// The one evidence pattern that explains several codes across prefixes: failures concentrated on
// one outside host (a vendor script down or slow). Each prefix's rules file includes it for its codes.
import type { SkillResult } from '../../../core/skill-result';
import type { DiagnosisRule, RuleContext } from './rule-types';

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

export function thirdPartyHostRule(code: string): DiagnosisRule {
  return {
    code,
    name: `${code}/third-party-host`,
    when: (context) => thirdPartyHost(context) !== undefined,
    rootCause: (context) => `Requests to ${thirdPartyHost(context)} failed or timed out again and again during this check: a third-party app or vendor script is down or slow and is holding the page up.`,
    category: 'third-party',
    severity: code.startsWith('cart.') || code.startsWith('checkout.') ? 'P1' : 'P2',
    remediation: [
      (context) => `Check the status page of the vendor behind ${thirdPartyHost(context)} and contact them.`,
      'Load the script asynchronously (or through an app embed that can be switched off) so the storefront does not wait for it.',
      'Disable the app in Theme editor > App embeds if it blocks shopping.',
    ],
    confidence: 0.65,
  };
}
