// The variables of diagnosis: the LLM, the Shopify Dev MCP server, the theme to validate, the cache
// and redaction. reporters/diagnosis/diagnosis-settings.ts turns them into its typed settings.
import { existsSync, statSync } from 'node:fs';
import { z } from 'zod';
import { blankAsUnset, declareVariables, flag, oneOf, optionalText, textOr, wholeNumber } from './declare-variables';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** MCP_ARGS as a JSON array (`["-y","pkg"]`) or space-separated words. */
const argumentList = optionalText.transform((text, context) => {
  if (text === undefined) return undefined;
  if (!text.startsWith('[')) return text.split(/\s+/).filter(Boolean);
  const parsed = z.array(z.string()).safeParse(parseJson(text));
  if (parsed.success) return parsed.data;
  context.addIssue({ code: 'custom', message: 'use a JSON array of strings or space-separated words' });
  return z.NEVER;
});

const hoursHint = 'use a number of hours, 0 or more';

export const diagnosisVariables = declareVariables('docs/diagnosis.md', {
  LLM_API_KEY: { schema: optionalText, secret: true },
  OPENAI_API_KEY: { schema: optionalText, secret: true },
  LLM_MODEL: { schema: textOr('gpt-4o-mini') },
  LLM_BASE_URL: {
    schema: optionalText.pipe(z.url({ message: 'must be a URL such as http://127.0.0.1:11434/v1' }).optional()),
    invalidExample: 'not a url',
  },
  /** Chat Completions is what every OpenAI-compatible server speaks; the Responses API is opt-in. */
  LLM_API: { schema: oneOf(['chat', 'responses'], 'chat'), invalidExample: 'completions' },
  LLM_VISION: { schema: flag(false), invalidExample: 'maybe' },
  LLM_TIMEOUT_MS: { schema: wholeNumber(30_000, 1000), invalidExample: 'soon' },
  /** LLM calls (or, without an LLM, MCP docs searches) per run, most severe first. */
  LLM_MAX_DIAGNOSES: { schema: wholeNumber(10, 0), invalidExample: 'many' },
  LLM_CONCURRENCY: { schema: wholeNumber(3, 1), invalidExample: '0' },
  LLM_MAX_RETRIES: { schema: wholeNumber(2, 0), invalidExample: '-1' },
  LLM_MAX_STEPS: { schema: wholeNumber(5, 1), invalidExample: '0' },
  /** `off` turns the docs lookup off; empty runs the Shopify Dev MCP server. */
  MCP_COMMAND: { schema: optionalText },
  MCP_ARGS: { schema: argumentList, invalidExample: '["unclosed' },
  MCP_TIMEOUT_MS: { schema: wholeNumber(20_000, 1000), invalidExample: '10' },
  THEME_DIR: {
    schema: optionalText.refine((path) => !path || (existsSync(path) && statSync(path).isDirectory()), 'must be an existing theme directory'),
    invalidExample: '/nonexistent/theme',
  },
  DIAGNOSIS_CACHE_HOURS: {
    schema: z.preprocess(blankAsUnset, z.coerce.number({ error: hoursHint }).min(0, { error: hoursHint }).default(24)),
    invalidExample: 'a day',
  },
  REDACT_PII: { schema: flag(true), invalidExample: 'maybe' },
});
