// Pure: what the model reads. A system prompt that fixes the rules of the game, and a user message
// with the (already redacted) finding, evidence, theme problems and the rules' diagnosis as a hint.
import type { SkillResult } from '../../core/skill-result';
import type { Diagnosis, ThemeProblem } from '../../core/diagnosis-schema';

export interface PromptInput {
  result: SkillResult;
  hint: Diagnosis;
  themeProblems?: ThemeProblem[];
  /** Tool names the model may call (Shopify Dev MCP), or none. */
  toolNames: string[];
}

export function systemPrompt(toolNames: string[]): string {
  const lines = [
    'You are the diagnosis step of Nano-SRE, a synthetic monitor that shops a Shopify store in a real browser like a customer.',
    'A check failed or warned. Explain the most likely root cause to the store\'s developer and what to do, in order.',
    'Decide the category carefully: store-defect (the store or its theme is broken), third-party (an app, pixel or vendor host is failing),',
    'monitor-misconfiguration (the monitor is set up wrong: wrong URL, handle, password, too aggressive), transient (noise that is likely to pass).',
    'Severity: P0 when nobody can buy (store down, add to cart or checkout broken for everyone), P1 when buying is broken for some products or shoppers,',
    'P2 for degraded experience or tracking, P3 for cosmetic problems and noise.',
    'A rules engine already diagnosed the finding; its answer is given as a hint. Keep it when the evidence supports it, correct it when it does not.',
    'Values shown as [REDACTED…] were removed for privacy; do not guess them.',
    'Answer with JSON matching the given schema only. docsLinks must be real https links you saw in documentation or the hint.',
  ];
  if (toolNames.length) {
    lines.push(
      `You may look things up in Shopify's documentation with these tools: ${toolNames.join(', ')}.`,
      toolNames.includes('learn_shopify_api')
        ? 'Call learn_shopify_api first (api "liquid" for storefront themes, or the API the finding concerns) to get a conversationId, then search_docs_chunks with it. Keep lookups to one or two.'
        : 'Keep lookups to one or two.',
    );
  }
  return lines.join('\n');
}

const limits = { consoleErrors: 10, pageErrors: 10, failedRequests: 15, pages: 12 } as const;

/** The facts of the result, trimmed: enough to diagnose, small enough for a small model's context. */
export function evidenceForPrompt(result: SkillResult): Record<string, unknown> {
  return {
    skill: result.skillName,
    title: result.title,
    store: result.storeUrl,
    device: result.device,
    status: result.status,
    attempts: result.attempts,
    findings: result.findings.map((finding) => ({ code: finding.code, level: finding.level, step: finding.step, message: finding.message, evidence: finding.evidence })),
    error: result.error,
    metrics: result.metrics,
    consoleErrors: result.evidence.consoleErrors.slice(0, limits.consoleErrors),
    pageErrors: result.evidence.pageErrors.slice(0, limits.pageErrors),
    failedRequests: result.evidence.failedRequests.slice(0, limits.failedRequests),
    pages: result.evidence.pages.slice(0, limits.pages),
  };
}

export function userPrompt(input: PromptInput): string {
  const { source: _source, fallbackReason: _reason, cached: _cached, themeProblems: _problems, ...hint } = input.hint;
  const sections = [
    'Check result (JSON):',
    JSON.stringify(evidenceForPrompt(input.result), null, 1).slice(0, 12_000),
    '',
    'Rules engine diagnosis (hint):',
    JSON.stringify(hint, null, 1),
  ];
  if (input.themeProblems?.length) {
    sections.push('', 'Theme-check problems in the deployed theme source:', ...input.themeProblems.map((problem) => `- ${problem.level} ${problem.file}: ${problem.message}`));
  }
  return sections.join('\n');
}
