// One diagnosis shape for every producer (rules, LLM, LLM with MCP docs) and every consumer
// (database, terminal, reports, alerts). LLM output is parsed with this same schema.
import { z } from 'zod';

export const diagnosisSchema = z.object({
  rootCause: z.string().min(1),
  /** Tells "the store is broken" apart from "the monitor is set up wrong" and from noise. */
  category: z.enum(['store-defect', 'third-party', 'monitor-misconfiguration', 'transient']),
  severity: z.enum(['P0', 'P1', 'P2', 'P3']),
  remediation: z.array(z.string().min(1)).min(1),
  docsLinks: z.array(z.string()).default([]),
  confidence: z.number().min(0).max(1),
  source: z.enum(['rules', 'llm', 'llm+mcp']),
  /** Why a better source did not stand (LLM timed out, MCP offline): kept for the record. */
  fallbackReason: z.string().optional(),
});

export type Diagnosis = z.infer<typeof diagnosisSchema>;
