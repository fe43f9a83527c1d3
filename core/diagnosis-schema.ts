// One diagnosis shape for every producer (rules, LLM, LLM with MCP docs) and every consumer
// (database, terminal, reports, alerts). LLM output is parsed with the strict answer schema below.
import { z } from 'zod';

export const diagnosisCategories = ['store-defect', 'third-party', 'monitor-misconfiguration', 'transient'] as const;
export const diagnosisSeverities = ['P0', 'P1', 'P2', 'P3'] as const;

/** A problem theme-check (through the Shopify Dev MCP `validate_theme` tool) found in THEME_DIR. */
export const themeProblemSchema = z.object({
  file: z.string(),
  level: z.enum(['error', 'warning']),
  message: z.string(),
});
export type ThemeProblem = z.infer<typeof themeProblemSchema>;

export const diagnosisSchema = z.object({
  rootCause: z.string().min(1),
  /** Tells "the store is broken" apart from "the monitor is set up wrong" and from noise. */
  category: z.enum(diagnosisCategories),
  /** P0: nobody can buy (checkout, add to cart, store down); P3: cosmetic or noise. */
  severity: z.enum(diagnosisSeverities),
  /** Ordered: the first step is the one to try first. */
  remediation: z.array(z.string().min(1)).min(1),
  docsLinks: z.array(z.string()).default([]),
  confidence: z.number().min(0).max(1),
  source: z.enum(['rules', 'llm', 'llm+mcp']),
  /** Which finding the diagnosis is mainly about. */
  findingCode: z.string().optional(),
  /** Theme-check problems in THEME_DIR, attached to visual and doctor findings. */
  themeProblems: z.array(themeProblemSchema).optional(),
  /** Why a better source did not stand (LLM timed out, MCP offline): kept for the record. */
  fallbackReason: z.string().optional(),
  /** True when this diagnosis was reused from the cache rather than made in this run. */
  cached: z.boolean().optional(),
});

export type Diagnosis = z.infer<typeof diagnosisSchema>;

/**
 * What the model must answer. Every field required and no defaults, so it is valid for OpenAI's
 * strict structured outputs as well as for servers that only honour `json_object`.
 */
export const llmAnswerSchema = z.object({
  rootCause: z.string().min(1).describe('One or two sentences: what is broken and why, for a Shopify developer.'),
  category: z.enum(diagnosisCategories).describe('store-defect: the store is broken; third-party: an app or vendor; monitor-misconfiguration: the test is wrong; transient: noise that went away.'),
  severity: z.enum(diagnosisSeverities).describe('P0: checkout/add to cart/store down for everyone; P1: buying is broken for some; P2: degraded; P3: cosmetic.'),
  remediation: z.array(z.string().min(1)).min(1).describe('Ordered steps the developer should take, most likely fix first.'),
  docsLinks: z.array(z.string()).describe('https links to shopify.dev or vendor documentation that back the diagnosis.'),
  confidence: z.number().min(0).max(1).describe('0 to 1: how sure you are of the root cause.'),
});
export type LlmAnswer = z.infer<typeof llmAnswerSchema>;

const severityOrder: Record<Diagnosis['severity'], number> = { P0: 0, P1: 1, P2: 2, P3: 3 };

/** Sorts most severe first (P0 before P3); equal severities keep their order. */
export function bySeverity<T extends { severity: Diagnosis['severity'] }>(a: T, b: T): number {
  return severityOrder[a.severity] - severityOrder[b.severity];
}
