// The seam between the visual auditor (workers: capture, compare, judge) and the reporter, which alone
// keeps baselines: the skill's details list one shot per page template, and the reporter promotes the
// shots that became baselines and remembers every latest shot (db/visual-baselines.ts). Both parse this schema.
import { z } from 'zod';

export const visualTemplates = ['home', 'collection', 'product', 'cart'] as const;
export type VisualTemplate = (typeof visualTemplates)[number];

export const changedRegionSchema = z.object({
  kind: z.enum(['changed', 'added', 'removed']),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  removedRows: z.number().optional(),
});

export const visionJudgementSchema = z.object({
  verdict: z.enum(['intended_change', 'broken_layout', 'unsure']),
  /** Where on the page, in the model's words ("the announcement bar at the top"). */
  where: z.string(),
  explanation: z.string(),
  model: z.string(),
});
export type VisionJudgement = z.infer<typeof visionJudgementSchema>;

export const visualShotSchema = z.object({
  template: z.enum(visualTemplates),
  url: z.string(),
  /** The store's baseline key (host, port and path prefix): the folder the images live in. */
  storeKey: z.string(),
  /**
   * `created`: no baseline yet, this shot becomes it (PASS, "baseline created"); `compared`: diffed with
   * the baseline; `not-kept`: no baseline yet and the page failed a layout check, so it must not become one.
   */
  baseline: z.enum(['created', 'compared', 'not-kept']),
  /** The full-page shot of this run (the worker's output folder); the reporter copies it beside the baselines. */
  currentPath: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  changedRatio: z.number().nullable(),
  regions: z.array(changedRegionSchema),
  /** What the pixels alone say, and what the verdict became after the vision model (if one was asked). */
  pixelVerdict: z.enum(['pass', 'warn', 'fail']),
  verdict: z.enum(['pass', 'warn', 'fail']),
  judgement: visionJudgementSchema.nullable(),
  cls: z.number().nullable(),
});
export type VisualShot = z.infer<typeof visualShotSchema>;

export const visualDetailsSchema = z.object({
  device: z.string(),
  warnRatio: z.number(),
  failRatio: z.number(),
  /** `pixels` alone, or `pixels+llm` when a vision model judged the changes above the warn ratio. */
  judge: z.enum(['pixels', 'pixels+llm']),
  shots: z.array(visualShotSchema),
});
export type VisualDetails = z.infer<typeof visualDetailsSchema>;

/** The folder name of a store's baselines: host, a non-default port and a locale prefix (`b.com_en-ca`), file-system safe. */
export function visualStoreKey(storeUrl: string): string {
  const url = new URL(storeUrl);
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.host}${path}`.toLowerCase().replace(/[^a-z0-9.-]+/g, '_');
}
