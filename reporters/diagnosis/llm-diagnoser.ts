// The LLM diagnoser: any OpenAI-compatible model through the AI SDK, structured output against the
// answer schema, an optional screenshot, optional MCP doc tools in a bounded loop. It throws; the stage degrades.
import { createOpenAI } from '@ai-sdk/openai';
import { APICallError, generateText, NoObjectGeneratedError, Output, RetryError, stepCountIs, type LanguageModel, type ToolSet, type UserContent } from 'ai';
import type { SkillResult } from '../../core/skill-result';
import { llmAnswerSchema, type Diagnosis, type LlmAnswer, type ThemeProblem } from '../../core/diagnosis-schema';
import { systemPrompt, userPrompt } from './diagnosis-prompt';
import type { LlmSettings } from './diagnosis-settings';
import { firstLineOf } from '../../core/error-text';

/** Chat Completions by default: OpenAI, Azure, Ollama, vLLM and LM Studio all serve POST {base}/chat/completions. */
export function createLanguageModel(settings: Pick<LlmSettings, 'apiKey' | 'baseUrl' | 'model' | 'api'>): LanguageModel {
  const provider = createOpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, name: 'nano-sre-llm' });
  return settings.api === 'responses' ? provider.responses(settings.model) : provider.chat(settings.model);
}

export interface LlmDiagnosisRequest {
  /** Already redacted. */
  result: SkillResult;
  hint: Diagnosis;
  themeProblems?: ThemeProblem[];
  screenshot?: Buffer;
  tools?: ToolSet;
}

export interface LlmDiagnosis {
  answer: LlmAnswer;
  /** Tools the model called, in order (MCP lookups), so the source can say llm+mcp. */
  toolCalls: Array<{ tool: string; ok: boolean }>;
  /** Text of the tool results, for the docs links the model saw. */
  toolOutputs: string[];
}

export interface LlmDiagnoserOptions {
  model: LanguageModel;
  timeoutMs: number;
  maxRetries: number;
  maxSteps: number;
}

/** mcp-ai-tools.ts starts a failed call's text with "<tool> failed:". */
const failedToolOutput = /^[\w-]+ failed: |^failed$/;

export class LlmDiagnosisError extends Error {
  override name = 'LlmDiagnosisError';
}

/** Small models often wrap JSON in ``` fences or add a sentence; take the object if it is all there. */
function salvageAnswer(text: string | undefined): LlmAnswer | undefined {
  const body = text?.match(/\{[\s\S]*\}/)?.[0];
  if (!body) return undefined;
  try {
    const parsed = llmAnswerSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** One line a human can act on: what was called, the status, the cause. */
export function describeLlmFailure(error: unknown, timeoutMs: number): string {
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  const attempts = RetryError.isInstance(error) ? ` after ${error.errors.length} attempts` : '';
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode ? `HTTP ${cause.statusCode}` : 'no answer';
    return `LLM call to ${cause.url} failed: ${status}${attempts} (${cause.message.split('\n')[0].slice(0, 160)})`;
  }
  if (cause instanceof Error && (cause.name === 'AbortError' || cause.name === 'TimeoutError' || /aborted|timeout/i.test(cause.message))) {
    return `LLM did not answer within LLM_TIMEOUT_MS=${timeoutMs}`;
  }
  if (NoObjectGeneratedError.isInstance(cause) || (cause instanceof Error && cause.name === 'AI_NoOutputGeneratedError')) {
    return `LLM answer did not match the diagnosis schema: ${cause.message.split('\n')[0].slice(0, 160)}`;
  }
  return `LLM diagnosis failed: ${firstLineOf(cause).slice(0, 200)}`;
}

export function createLlmDiagnoser(options: LlmDiagnoserOptions) {
  return {
    async diagnose(request: LlmDiagnosisRequest): Promise<LlmDiagnosis> {
      const toolNames = Object.keys(request.tools ?? {});
      const content: UserContent = [{ type: 'text', text: userPrompt({ result: request.result, hint: request.hint, themeProblems: request.themeProblems, toolNames }) }];
      if (request.screenshot) {
        content.push({ type: 'text', text: 'Screenshot of the page when the check failed (form fields blurred on checkout pages):' });
        content.push({ type: 'image', image: request.screenshot, mediaType: 'image/png' });
      }
      const toolCalls: LlmDiagnosis['toolCalls'] = [];
      const toolOutputs: string[] = [];
      try {
        const outcome = await generateText({
          model: options.model,
          system: systemPrompt(toolNames),
          messages: [{ role: 'user', content }],
          output: Output.object({ schema: llmAnswerSchema, name: 'diagnosis' }),
          tools: toolNames.length ? request.tools : undefined,
          // The last step may not call tools, so the loop always ends in an answer.
          prepareStep: ({ stepNumber }) => (toolNames.length && stepNumber >= options.maxSteps - 1 ? { toolChoice: 'none' as const } : {}),
          stopWhen: stepCountIs(options.maxSteps),
          maxRetries: options.maxRetries,
          abortSignal: AbortSignal.timeout(options.timeoutMs),
          temperature: 0,
          onStepFinish: (step) => {
            for (const result of step.toolResults) {
              const output = String(result.output);
              toolCalls.push({ tool: result.toolName, ok: !failedToolOutput.test(output) });
              toolOutputs.push(output);
            }
          },
        });
        return { answer: outcome.output, toolCalls, toolOutputs };
      } catch (error) {
        const salvaged = NoObjectGeneratedError.isInstance(error) ? salvageAnswer(error.text) : undefined;
        if (salvaged) return { answer: salvaged, toolCalls, toolOutputs };
        throw new LlmDiagnosisError(describeLlmFailure(error, options.timeoutMs), { cause: error });
      }
    },
  };
}

export type LlmDiagnoser = ReturnType<typeof createLlmDiagnoser>;
