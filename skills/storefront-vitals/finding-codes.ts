// The codes storefront_vitals raises: speed and weight per page template. Speed degrades a store; it never FAILs.
import { defineFindingCodes } from '../../core/finding-catalogue';

export const storefrontVitalsFindingCodes = defineFindingCodes('storefront_vitals', 'Storefront speed (storefront_vitals)', [
  {
    code: 'vitals.poor',
    level: 'warn',
    category: 'store-defect',
    meaning: "A Core Web Vital was in Google's poor band on every attempt of the run: TTFB over 1.8 s, LCP over 4 s, INP over 500 ms (CLS is recorded and judged by the visual auditor). A page that looks slow is measured twice; one slow attempt and a fast one pass.",
    whatToDo: 'TTFB: profile Liquid with the Shopify Theme Inspector. LCP: size and preload the hero image, defer app scripts. INP: find the long task behind the click (app scripts, heavy theme JS).',
  },
  {
    code: 'vitals.regression',
    level: 'warn',
    category: 'store-defect',
    meaning: "A metric was worse than its good limit (TTFB 0.8 s, LCP 2.5 s, INP 200 ms) and than this store's own baseline (median + 3 x MAD of the last 20 samples of the same template and device, once 5 exist) on every attempt. The finding names the baseline.",
    whatToDo: 'Compare with the last deploy or app install: the change that made this template slower is the one to undo or fix.',
  },
  {
    code: 'vitals.heavy_page',
    level: 'warn',
    category: 'store-defect',
    meaning: 'A page weighed over 3 MB, or over twice its baseline, on every attempt (bytes transferred for the document and its resources).',
    whatToDo: "Serve images through Shopify's image_url with a width, lazy-load below the fold, and drop apps whose scripts you do not use.",
  },
]);
