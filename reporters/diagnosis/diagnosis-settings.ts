// Diagnosis settings: the LLM, the Shopify Dev MCP server, the theme to validate, the cache and
// redaction, read from the environment lazily (when a run needs a diagnosis) and checked with zod.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { blankAsUnset, flag, optionalText, parseEnvironment, SettingsError, textOr, wholeNumber } from '../../config/environment-schema';

export const diagnosisSettingsSchema = z.object({
  LLM_API_KEY: optionalText,
  OPENAI_API_KEY: optionalText,
  LLM_MODEL: textOr('gpt-4o-mini'),
  LLM_BASE_URL: optionalText.pipe(z.url({ message: 'must be a URL such as http://127.0.0.1:11434/v1' }).optional()),
  /** Chat Completions is what every OpenAI-compatible server speaks; the Responses API is opt-in. */
  LLM_API: z.preprocess(blankAsUnset, z.enum(['chat', 'responses']).default('chat')),
  LLM_VISION: flag(false),
  LLM_TIMEOUT_MS: wholeNumber(30_000, 1000),
  LLM_MAX_DIAGNOSES: wholeNumber(10, 0),
  LLM_CONCURRENCY: wholeNumber(3, 1),
  LLM_MAX_RETRIES: wholeNumber(2, 0),
  LLM_MAX_STEPS: wholeNumber(5, 1),
  MCP_COMMAND: optionalText,
  MCP_ARGS: optionalText,
  MCP_TIMEOUT_MS: wholeNumber(20_000, 1000),
  THEME_DIR: optionalText.refine((path) => !path || (existsSync(path) && statSync(path).isDirectory()), 'must be an existing theme directory'),
  DIAGNOSIS_CACHE_HOURS: z.preprocess(blankAsUnset, z.coerce.number().min(0).default(24)),
  REDACT_PII: flag(true),
  NANO_SRE_DB: textOr('./nano_sre.db'),
});

type RawSettings = z.infer<typeof diagnosisSettingsSchema>;

export interface LlmSettings {
  apiKey: string;
  model: string;
  baseUrl?: string;
  api: 'chat' | 'responses';
  vision: boolean;
  timeoutMs: number;
  concurrency: number;
  maxRetries: number;
  maxSteps: number;
}

export interface McpSettings {
  command: string;
  args: string[];
  timeoutMs: number;
}

export interface DiagnosisSettings {
  /** Absent when no key and no base URL are set: rules (and MCP docs links) only. */
  llm?: LlmSettings;
  /** Absent when MCP_COMMAND=off. */
  mcp?: McpSettings;
  themeDir?: string;
  /** LLM calls (or, without an LLM, MCP docs searches) per run, most severe first. */
  maxDiagnoses: number;
  cacheHours: number;
  personalData: boolean;
  databasePath: string;
}

/** MCP_ARGS as a JSON array (`["-y","pkg"]`) or space-separated words. */
function parseArguments(text: string): string[] {
  if (text.startsWith('[')) return z.array(z.string()).parse(JSON.parse(text));
  return text.split(/\s+/).filter(Boolean);
}

/**
 * The documented default is `npx -y @shopify/dev-mcp@latest`; when the package is installed next to
 * Nano-SRE (it is a dev dependency here) we run that copy instead: no download, and it works offline.
 */
function defaultMcpCommand(): { command: string; args: string[] } {
  // The package exports no package.json and only an `import` condition, so look for its bin file on disk.
  for (let directory = dirname(fileURLToPath(import.meta.url)); ; directory = dirname(directory)) {
    const entry = join(directory, 'node_modules', '@shopify', 'dev-mcp', 'dist', 'index.js');
    if (existsSync(entry)) return { command: process.execPath, args: [entry] };
    if (dirname(directory) === directory) break;
  }
  return { command: 'npx', args: ['-y', '@shopify/dev-mcp@latest'] };
}

function toSettings(raw: RawSettings): DiagnosisSettings {
  const apiKey = raw.LLM_API_KEY ?? raw.OPENAI_API_KEY;
  const llmConfigured = !!apiKey || !!raw.LLM_BASE_URL;
  const mcpOff = raw.MCP_COMMAND && ['off', 'none', 'false'].includes(raw.MCP_COMMAND.toLowerCase());
  const fallback = defaultMcpCommand();
  return {
    llm: llmConfigured
      ? {
          // Local servers (Ollama, LM Studio) take any key; the provider insists on one.
          apiKey: apiKey ?? 'no-key',
          model: raw.LLM_MODEL,
          baseUrl: raw.LLM_BASE_URL,
          api: raw.LLM_API,
          vision: raw.LLM_VISION,
          timeoutMs: raw.LLM_TIMEOUT_MS,
          concurrency: raw.LLM_CONCURRENCY,
          maxRetries: raw.LLM_MAX_RETRIES,
          maxSteps: raw.LLM_MAX_STEPS,
        }
      : undefined,
    mcp: mcpOff
      ? undefined
      : {
          command: raw.MCP_COMMAND ?? fallback.command,
          args: raw.MCP_ARGS !== undefined ? parseArguments(raw.MCP_ARGS) : raw.MCP_COMMAND ? [] : fallback.args,
          timeoutMs: raw.MCP_TIMEOUT_MS,
        },
    themeDir: raw.THEME_DIR,
    maxDiagnoses: raw.LLM_MAX_DIAGNOSES,
    cacheHours: raw.DIAGNOSIS_CACHE_HOURS,
    personalData: raw.REDACT_PII,
    databasePath: raw.NANO_SRE_DB,
  };
}

/** Every bad variable is reported at once, one line each, naming it and saying what to do. */
export function readDiagnosisSettings(environment: NodeJS.ProcessEnv = process.env): DiagnosisSettings {
  const parsed = parseEnvironment(diagnosisSettingsSchema, environment, { documentedIn: 'docs/diagnosis.md' });
  try {
    return toSettings(parsed);
  } catch (error) {
    throw new SettingsError(`MCP_ARGS=${JSON.stringify(environment.MCP_ARGS ?? '')} is not valid (${error instanceof Error ? error.message : error}); give a JSON array of strings or space-separated words.`);
  }
}
