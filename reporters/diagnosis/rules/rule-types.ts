// The seam between the rules table (pure data plus small evidence predicates) and the rule engine
// that picks a rule per finding and turns it into a Diagnosis.
import type { Finding } from '../../../core/skill-record';
import type { SkillResult } from '../../../core/skill-result';
import type { Diagnosis } from '../../../core/diagnosis-schema';

export interface RuleContext {
  finding: Finding;
  result: SkillResult;
}

type Text = string | ((context: RuleContext) => string);

export interface DiagnosisRule {
  /** The finding code this rule explains; every code a skill emits needs at least one rule without `when`. */
  code: string;
  /** Short name for tests and docs (`cart.add_failed/sold-out`). */
  name: string;
  /** An evidence pattern; rules with one are tried before the code's catch-all rule, in table order. */
  when?: (context: RuleContext) => boolean;
  rootCause: Text;
  category: Diagnosis['category'];
  severity: Diagnosis['severity'];
  remediation: Text[];
  docsLinks?: string[];
  confidence: number;
}

/** Reads a field of the finding's evidence as a string ('' when absent). */
export function evidenceText(context: RuleContext, key: string): string {
  const value = context.finding.evidence[key];
  return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

export function evidenceStatus(context: RuleContext): number | null {
  const value = Number(context.finding.evidence.status);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Every piece of text the run captured, for patterns such as "Liquid error" that can show up anywhere. */
export function allEvidenceText(context: RuleContext): string {
  const { result, finding } = context;
  return [
    finding.message,
    JSON.stringify(finding.evidence),
    ...result.evidence.consoleErrors.map((entry) => entry.text),
    ...result.evidence.pageErrors.map((entry) => entry.message),
    result.error ?? '',
  ].join('\n');
}

export const docs = {
  ajaxCart: 'https://shopify.dev/docs/api/ajax/reference/cart',
  ajaxProduct: 'https://shopify.dev/docs/api/ajax/reference/product',
  sectionRendering: 'https://shopify.dev/docs/api/ajax/section-rendering',
  themeCheck: 'https://shopify.dev/docs/storefronts/themes/tools/theme-check',
  liquid: 'https://shopify.dev/docs/api/liquid',
  webPixels: 'https://shopify.dev/docs/api/web-pixels-api',
  passwordPage: 'https://help.shopify.com/en/manual/online-store/themes/password-page',
  inventory: 'https://help.shopify.com/en/manual/products/inventory',
  productAvailability: 'https://help.shopify.com/en/manual/products/details/product-availability',
  checkoutSettings: 'https://help.shopify.com/en/manual/checkout-settings',
  domains: 'https://help.shopify.com/en/manual/domains',
  shopifyStatus: 'https://www.shopifystatus.com',
  nanoSreFindings: 'docs/findings.md',
} as const;
