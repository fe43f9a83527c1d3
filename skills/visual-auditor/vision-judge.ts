// The third judge: a vision-capable model (the diagnosis LLM settings, with LLM_VISION=true) sees a
// changed page's baseline, its current shot with the changes outlined, and the diff, and says whether
// the change is an intended content change or a broken layout, and where. It runs in the worker because
// its answer moves the skill's verdict; without the settings, or when the call fails, the pixel verdict stands.
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, Output } from 'ai';
import { z } from 'zod';
import { diagnosisVariables } from '../../config/diagnosis-variables';
import { namesOf, readVariables } from '../../config/settings-schema';
import type { VisionJudgement } from '../../core/visual-shots';
import { firstLineOf } from '../../core/error-text';

/** What the model must answer (lenient on extra fields, as third-party answers are). */
const answerSchema = z.object({
  verdict: z.enum(['intended_change', 'broken_layout', 'unsure']).describe('intended_change: new content on a page that still works (text, a photo, a product). broken_layout: overlapping, missing, unstyled or misplaced parts.'),
  where: z.string().describe('Where on the page the change is, in a few words ("the announcement bar at the top").'),
  explanation: z.string().describe('One or two sentences a merchant understands.'),
});

export interface VisionPictures {
  template: string;
  device: string;
  changedRatio: number;
  baselinePng: Buffer;
  outlinedPng: Buffer;
  diffPng: Buffer;
}

export interface VisionJudge {
  model: string;
  judge(pictures: VisionPictures): Promise<{ judgement: VisionJudgement } | { problem: string }>;
}

const systemPrompt = `You review visual changes on a Shopify store's pages for a synthetic monitor. You get the baseline shot,
the current shot with the changed regions outlined in red, and a diff (changed pixels in red). Decide whether the change is an
intended content change (new announcement text, a new photo or product, a reworded heading: the page still looks right) or a
broken layout (elements overlapping or covering others, missing sections, unstyled text, content cut off, a page wider than the
screen). Answer "unsure" when the pictures do not tell. Answer with the JSON object only.`;

/** The judge when a vision model is configured (LLM_API_KEY or LLM_BASE_URL, and LLM_VISION=true); undefined otherwise. */
export function createVisionJudge(environment: NodeJS.ProcessEnv = process.env): VisionJudge | undefined {
  const settings = readVariables(namesOf(diagnosisVariables), environment);
  const apiKey = settings.LLM_API_KEY ?? settings.OPENAI_API_KEY;
  if ((!apiKey && !settings.LLM_BASE_URL) || !settings.LLM_VISION) return undefined;
  // Local servers (Ollama, LM Studio) take any key; the provider insists on one.
  const provider = createOpenAI({ apiKey: apiKey ?? 'no-key', baseURL: settings.LLM_BASE_URL, name: 'nano-sre-vision' });
  const model = settings.LLM_API === 'responses' ? provider.responses(settings.LLM_MODEL) : provider.chat(settings.LLM_MODEL);
  return {
    model: settings.LLM_MODEL,
    async judge(pictures) {
      try {
        const outcome = await generateText({
          model,
          system: systemPrompt,
          messages: [
            {
              role: 'user',
              content: [
                { type: 'text', text: `The ${pictures.template} page on ${pictures.device}: ${(pictures.changedRatio * 100).toFixed(1)}% of it changed against the baseline.` },
                { type: 'text', text: 'Baseline:' },
                { type: 'image', image: pictures.baselinePng, mediaType: 'image/png' },
                { type: 'text', text: 'Current, changes outlined in red:' },
                { type: 'image', image: pictures.outlinedPng, mediaType: 'image/png' },
                { type: 'text', text: 'Diff, changed pixels in red:' },
                { type: 'image', image: pictures.diffPng, mediaType: 'image/png' },
              ],
            },
          ],
          output: Output.object({ schema: answerSchema, name: 'visual_judgement' }),
          maxRetries: settings.LLM_MAX_RETRIES,
          abortSignal: AbortSignal.timeout(settings.LLM_TIMEOUT_MS),
          temperature: 0,
        });
        return { judgement: { ...outcome.output, model: settings.LLM_MODEL } };
      } catch (error) {
        return { problem: `the vision model (${settings.LLM_MODEL}) did not judge the ${pictures.template} page: ${firstLineOf(error).slice(0, 200)}` };
      }
    },
  };
}
