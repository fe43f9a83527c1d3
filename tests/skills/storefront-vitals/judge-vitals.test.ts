// The vitals judgement on hand-made measurements: bands, the baseline rule, the second attempt.
import { expect, test } from '@playwright/test';
import type { PageVitals } from '../../../fixtures/page-vitals';
import { judgeTemplate, metricSamples } from '../../../skills/storefront-vitals/judge-vitals';

const page = (overrides: Partial<PageVitals>): PageVitals => ({ ttfb: 40, fcp: 200, lcp: 300, cls: 0, inp: null, tbt: 0, weightBytes: 150_000, requests: 25, lcpElement: null, largestShiftTarget: null, ...overrides });
const steady = { median: 40, mad: 5, samples: 12 };

test('a single slow attempt followed by a fast retry stays PASS; slow on both is a WARN', () => {
  expect(judgeTemplate('home', [page({ ttfb: 2600 }), page({ ttfb: 45 })], { ttfb: steady })).toEqual([]);
  expect(judgeTemplate('home', [page({ ttfb: 2600 }), page({ ttfb: 2400 })], { ttfb: steady }).map((finding) => finding.code)).toEqual(['vitals.poor']);
  expect(judgeTemplate('home', [page({ ttfb: 900 }), page({ ttfb: 60 })], { ttfb: steady })).toEqual([]);
});

test('a regression needs both the good limit and the baseline broken, and a baseline of at least five samples', () => {
  // Over the baseline but still good: the store got slower, shoppers cannot tell.
  expect(judgeTemplate('home', [page({ ttfb: 700 })], { ttfb: steady })).toEqual([]);
  expect(judgeTemplate('home', [page({ ttfb: 900 })], { ttfb: steady }).map((finding) => finding.code)).toEqual(['vitals.regression']);
  // A noisy store's spread raises the limit: 900 ms is within median 600 + 3 x 150.
  expect(judgeTemplate('home', [page({ ttfb: 900 })], { ttfb: { median: 600, mad: 150, samples: 20 } })).toEqual([]);
  expect(judgeTemplate('home', [page({ ttfb: 900 })], { ttfb: { ...steady, samples: 4 } })).toEqual([]);
});

test('CLS is recorded but never judged here; a page over 3 MB, or twice its baseline, is heavy', () => {
  expect(judgeTemplate('home', [page({ cls: 0.6 })])).toEqual([]);
  expect(judgeTemplate('home', [page({ weightBytes: 4_000_000 })]).map((finding) => finding.code)).toEqual(['vitals.heavy_page']);
  expect(judgeTemplate('home', [page({ weightBytes: 900_000 })], { weight_bytes: { median: 400_000, mad: 10_000, samples: 6 } }).map((finding) => finding.code)).toEqual(['vitals.heavy_page']);
  expect(metricSamples('home', page({ inp: null })).map((sample) => sample.metric)).toEqual(['ttfb', 'fcp', 'lcp', 'cls', 'tbt', 'weight_bytes', 'requests']);
});
