// How the three judges combine, as pure decisions: the pixel share sets the verdict, a vision model's
// judgement may lower it one step (an intended content change) but never raises it, and a page only
// becomes a baseline when it passed the checks a broken page fails.

export type VisualLevel = 'pass' | 'warn' | 'fail';

export interface Thresholds {
  /** VISUAL_WARN_RATIO: a changed share above it is a WARN. */
  warnRatio: number;
  /** VISUAL_FAIL_RATIO: above it, a FAIL. */
  failRatio: number;
}

export function pixelVerdict(changedRatio: number, thresholds: Thresholds): VisualLevel {
  if (changedRatio > thresholds.failRatio) return 'fail';
  if (changedRatio > thresholds.warnRatio) return 'warn';
  return 'pass';
}

export type ModelVerdict = 'intended_change' | 'broken_layout' | 'unsure';

/**
 * The model sees what pixels cannot: whether the page still works. "Intended" lowers the verdict one step
 * (a new announcement should not page anyone); "broken" or "unsure" confirm it, since a model's
 * certainty is no reason to page people more than the pixels already do.
 */
export function judgedVerdict(pixel: VisualLevel, model: ModelVerdict | undefined): VisualLevel {
  if (model !== 'intended_change') return pixel;
  return pixel === 'fail' ? 'warn' : 'pass';
}

/** A change worth a second shot: the first may have caught the page mid-update (a late image, a closing popup). */
export function worthRetaking(changedRatio: number, thresholds: Thresholds): boolean {
  return changedRatio > thresholds.warnRatio;
}
