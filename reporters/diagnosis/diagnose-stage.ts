// The pipeline's diagnose stage: rules for every WARN/FAIL, then the cache, then the LLM (with MCP doc
// tools) or, without an LLM, MCP docs links, for the most severe few. It never throws; it records why.
import { existsSync, readFileSync } from 'node:fs';
import { blurCheckoutScreenshot, isCheckoutScreenshot, redactDeep } from '../redaction';
import { screenshotPageUrls } from '../screenshot-privacy';
import type { SkillResult } from '../../core/skill-result';
import { openDiagnosisCache, diagnosisFingerprint, type DiagnosisCache } from './diagnosis-cache';
import { bySeverity, type Diagnosis, type ThemeProblem } from '../../core/diagnosis-schema';
import { mergeLlmAnswer, withDocsLinks, withFallback, withThemeProblems } from './diagnosis-merge';
import { readDiagnosisSettings, type DiagnosisSettings } from './diagnosis-settings';
import { createLanguageModel, createLlmDiagnoser } from './llm-diagnoser';
import { McpAdvisor } from './mcp-advisor';
import { mcpToolsForModel } from './mcp-ai-tools';
import { diagnoseWithRules } from './rule-engine';
import { searchShopifyDocs } from './shopify-docs';
import { validateTheme } from './theme-validation';
import type { FindingCatalogue } from '../../core/finding-catalogue';
import { findingCatalogue } from '../finding-registry';
import { errorText, firstLineOf } from '../../core/error-text';

export interface DiagnoseStageOptions {
  /** Tests pass settings the way production reads them from the environment. */
  settings?: DiagnosisSettings;
  environment?: NodeJS.ProcessEnv;
  /** Which codes a theme validation (THEME_DIR) can explain; the registered catalogue by default. */
  catalogue?: Pick<FindingCatalogue, 'themeValidationHelps'>;
}

const docsSearchConcurrency = 3;

interface Job {
  result: SkillResult;
  /** The redacted copy: the only version rules, prompts and MCP queries ever see. */
  safe: SkillResult;
  fingerprint: string;
  diagnosis: Diagnosis;
}

async function eachWithConcurrency<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

/** The first screenshot, blurred when it shows a checkout; none at all when blurring fails. */
async function screenshotToSend(job: Job): Promise<{ image?: Buffer; problem?: string }> {
  const path = job.result.screenshots.find((candidate) => existsSync(candidate));
  if (!path) return {};
  if (!isCheckoutScreenshot(path, screenshotPageUrls(job.result))) return { image: readFileSync(path) };
  try {
    return { image: readFileSync(await blurCheckoutScreenshot(path)) };
  } catch (error) {
    return { problem: `checkout screenshot not sent (blurring failed: ${firstLineOf(error)})` };
  }
}

function summarise(jobs: Job[]): string {
  const counts = new Map<string, number>();
  for (const job of jobs) {
    const label = job.diagnosis.cached ? `${job.diagnosis.source} (cached)` : job.diagnosis.source;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const parts = [...counts.entries()].map(([label, count]) => `${count} ${label}`);
  const reasons = [...new Set(jobs.map((job) => job.diagnosis.fallbackReason).filter(Boolean))];
  return `diagnosis: ${parts.join(', ')}${reasons.length ? `; fallback: ${reasons.slice(0, 2).join('; ')}` : ''}`;
}

export async function diagnoseResults(results: SkillResult[], options: DiagnoseStageOptions = {}): Promise<string[]> {
  const targets = results.filter((result) => result.status === 'WARN' || result.status === 'FAIL');
  if (!targets.length) return [];
  let settings: DiagnosisSettings | undefined;
  let settingsProblem: string | undefined;
  try {
    settings = options.settings ?? readDiagnosisSettings(options.environment);
  } catch (error) {
    settingsProblem = `diagnosis settings: ${errorText(error).replace(/\n/g, ' ')}`;
  }
  const personalData = settings?.personalData ?? true;

  // 1. Rules, always, on the redacted copy.
  const jobs: Job[] = targets.map((result) => {
    const safe = redactDeep({ ...result, screenshots: [], diagnosis: undefined }, { personalData });
    return { result, safe, fingerprint: diagnosisFingerprint(safe), diagnosis: withFallback(diagnoseWithRules(safe), settingsProblem) };
  });
  const notes: string[] = [];
  if (settings) notes.push(...(await refine(jobs, settings, options.catalogue ?? findingCatalogue)));
  for (const job of jobs) job.result.diagnosis = job.diagnosis;
  return [summarise(jobs), ...notes];
}

/** Cache, theme validation, LLM or MCP docs: each step may fail on its own and only adds a reason. */
async function refine(jobs: Job[], settings: DiagnosisSettings, catalogue: Pick<FindingCatalogue, 'themeValidationHelps'>): Promise<string[]> {
  const notes: string[] = [];
  const advisor = settings.mcp ? new McpAdvisor(settings.mcp) : undefined;
  let cache: DiagnosisCache | undefined;
  try {
    try {
      cache = openDiagnosisCache(settings.databasePath, settings.cacheHours);
    } catch (error) {
      notes.push(`diagnosis cache unavailable: ${firstLineOf(error)}`);
    }

    const themeJobs = jobs.filter((job) => job.safe.findings.some((finding) => catalogue.themeValidationHelps(finding.code)));
    let themeProblems: ThemeProblem[] | undefined;
    if (settings.themeDir && themeJobs.length) {
      if (!advisor) notes.push('THEME_DIR is set but MCP_COMMAND=off: the theme was not validated');
      else {
        const validation = await validateTheme(advisor, settings.themeDir, settings.mcp!.timeoutMs * 3);
        themeProblems = validation.problems;
        if (validation.problem) notes.push(`theme validation skipped: ${validation.problem}`);
      }
    }
    for (const job of themeJobs) job.diagnosis = withThemeProblems(job.diagnosis, themeProblems);

    const pending: Job[] = [];
    for (const job of jobs) {
      const cached = cache?.get(job.fingerprint, { requireLlm: !!settings.llm });
      if (cached) job.diagnosis = withThemeProblems(cached, job.diagnosis.themeProblems);
      else pending.push(job);
    }
    const ranked = [...pending].sort((a, b) => bySeverity(a.diagnosis, b.diagnosis));
    const chosen = ranked.slice(0, settings.maxDiagnoses);
    for (const job of settings.llm || advisor ? ranked.slice(settings.maxDiagnoses) : []) {
      job.diagnosis = withFallback(job.diagnosis, `not refined: over LLM_MAX_DIAGNOSES=${settings.maxDiagnoses} this run`);
    }

    if (settings.llm) await refineWithLlm(chosen, settings, advisor, notes);
    else if (advisor) await refineWithDocs(chosen, advisor, docsSearchConcurrency);

    for (const job of chosen) {
      const worthKeeping = settings.llm ? job.diagnosis.source !== 'rules' : job.diagnosis.docsLinks.length > 0 && !job.diagnosis.fallbackReason;
      if (worthKeeping) cache?.put(job.fingerprint, job.safe, job.diagnosis);
    }
  } finally {
    await advisor?.close();
    cache?.close();
  }
  return notes;
}

async function refineWithLlm(jobs: Job[], settings: DiagnosisSettings, advisor: McpAdvisor | undefined, notes: string[]): Promise<void> {
  const llm = settings.llm!;
  const diagnoser = createLlmDiagnoser({ model: createLanguageModel(llm), timeoutMs: llm.timeoutMs, maxRetries: llm.maxRetries, maxSteps: llm.maxSteps });
  let mcpProblem: string | undefined;
  const tools = advisor
    ? await mcpToolsForModel(advisor).catch((error: unknown) => {
        mcpProblem = `Shopify Dev MCP unavailable: ${firstLineOf(error)}`;
        return undefined;
      })
    : undefined;
  await eachWithConcurrency(jobs, llm.concurrency, async (job) => {
    const hint = job.diagnosis;
    const screenshot = llm.vision ? await screenshotToSend(job) : {};
    if (screenshot.problem) notes.push(screenshot.problem);
    try {
      const contribution = await diagnoser.diagnose({ result: job.safe, hint, themeProblems: hint.themeProblems, screenshot: screenshot.image, tools });
      job.diagnosis = withFallback(mergeLlmAnswer(hint, contribution), mcpProblem);
    } catch (error) {
      job.diagnosis = withFallback(hint, firstLineOf(error));
    }
  });
}

/** Without an LLM, the finding's own words are the search query; the top links go on the rules' diagnosis. */
async function refineWithDocs(jobs: Job[], advisor: McpAdvisor, concurrency: number): Promise<void> {
  await eachWithConcurrency(jobs, concurrency, async (job) => {
    const finding = job.safe.findings.find((candidate) => candidate.code === job.diagnosis.findingCode) ?? job.safe.findings[0];
    const search = await searchShopifyDocs(advisor, `Shopify storefront: ${finding?.message ?? job.diagnosis.rootCause}`);
    job.diagnosis = withFallback(withDocsLinks(job.diagnosis, search.links), search.problem && `Shopify Dev MCP docs search: ${search.problem}`);
  });
}

/** The stage as the pipeline takes it. */
export function createDiagnoseStage(options: DiagnoseStageOptions = {}): (results: SkillResult[]) => Promise<string[]> {
  return (results) => diagnoseResults(results, options);
}
