// One page's comparison with its baseline: the pixel diff, the pictures people look at (diff, outlined
// shot) written beside the current shot, and the vision model's judgement when the change is above
// the warn ratio and a model is configured. Reading and writing files only; the skill records the findings.
import { readFileSync, writeFileSync } from 'node:fs';
import type { VisionJudgement } from '../../core/visual-shots';
import { diffPicture, outlinedPicture, shrinkPicture } from './diff-pictures';
import { decodePng, diffImages, encodePng, type ChangedRegion } from './image-diff';
import type { VisionJudge } from './vision-judge';
import { judgedVerdict, pixelVerdict, type Thresholds, type VisualLevel } from './visual-verdict';

export interface Comparison {
  changedRatio: number;
  regions: ChangedRegion[];
  sizeChanged: boolean;
  pixelVerdict: VisualLevel;
  verdict: VisualLevel;
  judgement: VisionJudgement | null;
  /** Why the model was not heard (its call failed); the pixel verdict stands. */
  judgeProblem: string | null;
  /** Written only when something changed. */
  diffPath: string | null;
  outlinedPath: string | null;
}

/** Vision models scale images down past this anyway; smaller requests are faster and cheaper. */
const visionMaxWidth = 1024;
const visionMaxHeight = 2048;

export function diffWithBaseline(baselinePath: string, currentPath: string, thresholds: Thresholds) {
  const current = decodePng(readFileSync(currentPath));
  const baseline = decodePng(readFileSync(baselinePath));
  const diff = diffImages(baseline, current);
  return { baseline, current, diff, pixel: pixelVerdict(diff.changedRatio, thresholds) };
}

export async function compareWithBaseline(input: {
  template: string;
  device: string;
  baselinePath: string;
  currentPath: string;
  thresholds: Thresholds;
  judge: VisionJudge | undefined;
}): Promise<Comparison> {
  const { baseline, current, diff, pixel } = diffWithBaseline(input.baselinePath, input.currentPath, input.thresholds);
  let diffPath: string | null = null;
  let outlinedPath: string | null = null;
  let judgement: VisionJudgement | null = null;
  let judgeProblem: string | null = null;
  if (diff.changedPixels > 0) {
    const stem = input.currentPath.replace(/-current\.png$/, '');
    diffPath = `${stem}-diff.png`;
    outlinedPath = `${stem}-outlined.png`;
    const diffImage = diffPicture(current, diff);
    const outlinedImage = outlinedPicture(current, diff.regions);
    writeFileSync(diffPath, encodePng(diffImage));
    writeFileSync(outlinedPath, encodePng(outlinedImage));
    if (pixel !== 'pass' && input.judge) {
      const answer = await input.judge.judge({
        template: input.template,
        device: input.device,
        changedRatio: diff.changedRatio,
        baselinePng: encodePng(shrinkPicture(baseline, visionMaxWidth, visionMaxHeight)),
        outlinedPng: encodePng(shrinkPicture(outlinedImage, visionMaxWidth, visionMaxHeight)),
        diffPng: encodePng(shrinkPicture(diffImage, visionMaxWidth, visionMaxHeight)),
      });
      if ('judgement' in answer) judgement = answer.judgement;
      else judgeProblem = answer.problem;
    }
  }
  return {
    changedRatio: diff.changedRatio,
    regions: diff.regions,
    sizeChanged: diff.sizeChanged,
    pixelVerdict: pixel,
    verdict: judgedVerdict(pixel, judgement?.verdict),
    judgement,
    judgeProblem,
    diffPath,
    outlinedPath,
  };
}
