// Pure: how the better sources refine the rules' diagnosis. The LLM's answer replaces the text,
// links from every source are kept (model's first), and a fallback keeps the rules with the reason.
import type { Diagnosis, LlmAnswer, ThemeProblem } from '../../core/diagnosis-schema';
import { extractDocsLinks } from './shopify-docs';

const maxDocsLinks = 8;

function httpLinks(links: string[]): string[] {
  return links.filter((link) => /^https?:\/\/[^\s]+$/.test(link));
}

export function uniqueLinks(...groups: string[][]): string[] {
  return [...new Set(groups.flatMap(httpLinks))].slice(0, maxDocsLinks);
}

export interface LlmContribution {
  answer: LlmAnswer;
  toolCalls: Array<{ tool: string; ok: boolean }>;
  toolOutputs: string[];
}

/** The handshake alone is not a lookup: llm+mcp means the model read documentation or validation output. */
export function usedMcpDocs(toolCalls: LlmContribution['toolCalls']): boolean {
  return toolCalls.some((call) => call.ok && call.tool !== 'learn_shopify_api');
}

export function mergeLlmAnswer(hint: Diagnosis, contribution: LlmContribution): Diagnosis {
  const docsFromTools = contribution.toolOutputs.flatMap((output) => extractDocsLinks(output, 3));
  const usedMcp = usedMcpDocs(contribution.toolCalls);
  return {
    rootCause: contribution.answer.rootCause,
    category: contribution.answer.category,
    severity: contribution.answer.severity,
    remediation: contribution.answer.remediation,
    docsLinks: uniqueLinks(contribution.answer.docsLinks, docsFromTools, hint.docsLinks),
    confidence: contribution.answer.confidence,
    source: usedMcp ? 'llm+mcp' : 'llm',
    findingCode: hint.findingCode,
    ...(hint.themeProblems ? { themeProblems: hint.themeProblems } : {}),
  };
}

export function withFallback(diagnosis: Diagnosis, reason: string | undefined): Diagnosis {
  if (!reason) return diagnosis;
  const fallbackReason = diagnosis.fallbackReason ? `${diagnosis.fallbackReason}; ${reason}` : reason;
  return { ...diagnosis, fallbackReason };
}

export function withDocsLinks(diagnosis: Diagnosis, links: string[]): Diagnosis {
  // MCP search results first: they are specific to this finding's message, the rules' links are generic.
  return links.length ? { ...diagnosis, docsLinks: uniqueLinks(links, diagnosis.docsLinks) } : diagnosis;
}

export function withThemeProblems(diagnosis: Diagnosis, problems: ThemeProblem[] | undefined): Diagnosis {
  return problems?.length ? { ...diagnosis, themeProblems: problems } : diagnosis;
}
