// Diagnosis rules for vitals.* codes: a store that is slow in absolute terms, slower than it used to
// be, or heavier than a page should be. Speed degrades sales; it is never an outage.
import { docs, evidenceText, type DiagnosisRule, type RuleContext } from './rule-types';

const metric = (context: RuleContext): string => evidenceText(context, 'metric');
const template = (context: RuleContext): string => evidenceText(context, 'template') || 'a';
const theme = 'https://shopify.dev/docs/storefronts/themes/best-practices/performance';

export const vitalsRules: DiagnosisRule[] = [
  {
    code: 'vitals.poor',
    name: 'vitals.poor/ttfb',
    when: (context) => metric(context) === 'ttfb',
    rootCause: (context) => `The ${template(context)} page takes ${evidenceText(context, 'values')} ms before its first byte: Liquid rendering is heavy (loops over collections, many sections, app snippets) or the platform is degraded.`,
    category: 'store-defect',
    severity: 'P2',
    remediation: ['Profile the template with the Shopify Theme Inspector for Chrome and remove the slowest Liquid.', 'Check https://www.shopifystatus.com if every page is slow.'],
    docsLinks: [theme, docs.shopifyStatus],
    confidence: 0.6,
  },
  {
    code: 'vitals.poor',
    name: 'vitals.poor/lcp',
    when: (context) => metric(context) === 'lcp',
    rootCause: (context) => `The largest thing on the ${template(context)} page paints after ${evidenceText(context, 'values')} ms: usually the hero image is large, late (lazy-loaded or behind scripts) or slow to fetch.`,
    category: 'store-defect',
    severity: 'P2',
    remediation: ['Give the hero image a width through image_url, loading="eager" and fetchpriority="high".', 'Defer app scripts that run before the first paint.'],
    docsLinks: [theme],
    confidence: 0.6,
  },
  {
    code: 'vitals.poor',
    name: 'vitals.poor',
    rootCause: (context) => `${metric(context).toUpperCase()} on the ${template(context)} page is in the poor band on every attempt (${evidenceText(context, 'values')}).`,
    category: 'store-defect',
    severity: 'P3',
    remediation: ['Record a performance trace of the page and find the long tasks behind the interaction (app scripts, heavy theme JavaScript).'],
    docsLinks: [theme],
    confidence: 0.5,
  },
  {
    code: 'vitals.regression',
    name: 'vitals.regression',
    rootCause: (context) => `${metric(context).toUpperCase()} on the ${template(context)} page (${evidenceText(context, 'values')}) is worse than this store's usual (limit ${evidenceText(context, 'limit')} from its baseline): something changed since the baseline was built, a deploy, an app or a bigger image.`,
    category: 'store-defect',
    severity: 'P3',
    remediation: ['Compare with the last theme publish or app install and undo or fix the change.', 'If the change is intended, the baseline follows within about ten runs.'],
    docsLinks: [theme],
    confidence: 0.55,
  },
  {
    code: 'vitals.heavy_page',
    name: 'vitals.heavy_page',
    rootCause: (context) => `The ${template(context)} page transfers ${evidenceText(context, 'weightBytes')} bytes: unoptimised images or app bundles make it slow on mobile data.`,
    category: 'store-defect',
    severity: 'P3',
    remediation: ["Serve images through Shopify's image_url filter with a width; lazy-load images below the fold.", 'Remove apps whose scripts you no longer use.'],
    docsLinks: [theme],
    confidence: 0.55,
  },
];
