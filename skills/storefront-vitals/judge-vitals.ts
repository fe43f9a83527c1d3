// The vitals verdict for one page template, pure: speed is degradation, never an outage, so it only
// warns. A metric warns when it is in Google's "poor" band on every attempt, or worse than its "good"
// limit and than the store's own baseline (median + 3 x MAD, once 5 samples exist) on every attempt;
// a page warns when it weighs over 3 MB or twice its baseline. One slow attempt and a fast retry pass.
import type { PageVitals } from '../../fixtures/page-vitals';

type MetricBaseline = { median: number; mad: number; samples: number };

/** web.dev's thresholds; CLS is recorded here but judged by the visual auditor. */
export const vitalsBands = {
  ttfb: { good: 800, poor: 1800, unit: 'ms' },
  lcp: { good: 2500, poor: 4000, unit: 'ms' },
  inp: { good: 200, poor: 500, unit: 'ms' },
} as const;
export type JudgedMetric = keyof typeof vitalsBands;
export const judgedMetrics = Object.keys(vitalsBands) as JudgedMetric[];

export const heavyPageBytes = 3 * 1024 * 1024;
/** A baseline is trusted from this many samples on. */
export const minimumBaselineSamples = 5;

export interface VitalsFinding {
  code: 'vitals.poor' | 'vitals.regression' | 'vitals.heavy_page';
  level: 'warn';
  message: string;
  evidence: Record<string, unknown>;
}

const metricNames: Record<JudgedMetric, string> = { ttfb: 'TTFB', lcp: 'LCP', inp: 'INP' };
const round = (value: number): number => Math.round(value);
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The regression limit: the store's usual value plus three times its usual spread. */
export function regressionLimit(baseline: MetricBaseline): number {
  return baseline.median + 3 * baseline.mad;
}

export function judgeTemplate(template: string, attempts: PageVitals[], baseline: Record<string, MetricBaseline> = {}): VitalsFinding[] {
  const findings: VitalsFinding[] = [];
  for (const metric of judgedMetrics) {
    const values = attempts.map((attempt) => attempt[metric]);
    if (!values.length || values.some((value) => value === null)) continue;
    const measured = values as number[];
    const band = vitalsBands[metric];
    const shown = measured.map((value) => `${round(value)} ${band.unit}`).join(', then ');
    if (measured.every((value) => value > band.poor)) {
      findings.push({ code: 'vitals.poor', level: 'warn', message: `${metricNames[metric]} on the ${template} page was ${shown}: in the poor band (over ${band.poor} ${band.unit}) on every attempt.`, evidence: { template, metric, values: measured.map(round), poorOver: band.poor, attempts: measured.length } });
      continue;
    }
    const usual = baseline[metric];
    if (usual && usual.samples >= minimumBaselineSamples) {
      const limit = regressionLimit(usual);
      if (measured.every((value) => value > band.good && value > limit)) {
        findings.push({
          code: 'vitals.regression',
          level: 'warn',
          message: `${metricNames[metric]} on the ${template} page was ${shown}: slower than the good limit (${band.good} ${band.unit}) and than this store's baseline (median ${round(usual.median)} ${band.unit} + 3 x MAD ${round(usual.mad)} = ${round(limit)} ${band.unit}, ${usual.samples} samples) on every attempt.`,
          evidence: { template, metric, values: measured.map(round), goodUnder: band.good, baseline: usual, limit: round(limit), attempts: measured.length },
        });
      }
    }
  }
  const weights = attempts.map((attempt) => attempt.weightBytes);
  const usualWeight = baseline.weight_bytes;
  const weightLimit = usualWeight && usualWeight.samples >= minimumBaselineSamples ? Math.min(heavyPageBytes, 2 * usualWeight.median) : heavyPageBytes;
  if (weights.length && weights.every((weight) => weight > weightLimit)) {
    const against = weightLimit < heavyPageBytes ? `twice its baseline (median ${megabytes(usualWeight!.median)})` : `${megabytes(heavyPageBytes)}`;
    findings.push({ code: 'vitals.heavy_page', level: 'warn', message: `The ${template} page weighs ${megabytes(Math.min(...weights))} (${attempts[0]?.requests ?? '?'} requests): over ${against}.`, evidence: { template, weightBytes: weights, limitBytes: weightLimit, requests: attempts.map((attempt) => attempt.requests), baseline: usualWeight ?? null } });
  }
  return findings;
}

/** The numbers a run contributes to the baselines: the last attempt's, per metric (null ones left out). */
export function metricSamples(template: string, vitals: PageVitals): Array<{ template: string; metric: string; value: number }> {
  const values: Record<string, number | null> = { ttfb: vitals.ttfb, fcp: vitals.fcp, lcp: vitals.lcp, cls: vitals.cls, inp: vitals.inp, tbt: vitals.tbt, weight_bytes: vitals.weightBytes, requests: vitals.requests };
  return Object.entries(values)
    .filter((entry): entry is [string, number] => entry[1] !== null && Number.isFinite(entry[1]))
    .map(([metric, value]) => ({ template, metric, value }));
}
