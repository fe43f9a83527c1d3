// Diagnosis settings: the LLM, the Shopify Dev MCP server, the theme to validate, the cache and
// redaction, read lazily (when a run needs a diagnosis) from the variables config/ declares.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnosisVariables } from '../../config/diagnosis-variables';
import { namesOf, readVariables, type SettingValues } from '../../config/settings-schema';

/** Declared in config/diagnosis-variables.ts; the cache lives in the run's database. */
const diagnosisNames = [...namesOf(diagnosisVariables), 'NANO_SRE_DB'] as const;

type RawSettings = Pick<SettingValues, (typeof diagnosisNames)[number]>;

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
          args: raw.MCP_ARGS ?? (raw.MCP_COMMAND ? [] : fallback.args),
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
  return toSettings(readVariables(diagnosisNames, environment));
}
