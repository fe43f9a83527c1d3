// Diagnosis rules for visual.* codes: a buy button a shopper cannot press, a page without its styles,
// pages that changed against their baseline (judged by pixels, and by a vision model where one is set),
// and the baseline-free layout checks (overflow on a phone, layout shift, a missing header or footer).
import { evidenceText, type DiagnosisRule, type RuleContext } from './rule-types';

const template = (context: RuleContext): string => evidenceText(context, 'template') || 'a page';
const percent = (context: RuleContext): string => {
  const ratio = Number(context.finding.evidence.changedRatio);
  return Number.isFinite(ratio) ? `${(ratio * 100).toFixed(1)}%` : 'part';
};
const judgedBroken = (context: RuleContext): boolean => evidenceText(context, 'judgement').includes('broken_layout');
const clsDocs = 'https://web.dev/articles/cls';
const appEmbeds = 'https://help.shopify.com/en/manual/online-store/themes/theme-structure/extend/apps';

export const visualRules: DiagnosisRule[] = [
  {
    code: 'visual.buy_button_hidden',
    name: 'visual.buy_button_hidden',
    rootCause: (context) => {
      const cover = evidenceText(context, 'coveredBy');
      return cover
        ? `On ${evidenceText(context, 'device') || 'this device'}, an element that no shopper can dismiss (${cover}) sits over the Add to cart button: usually an app's floating widget or a sticky bar positioned for desktop.`
        : 'The product page shows no visible Add to cart button after popups were closed: a theme or app change hid it.';
    },
    category: 'store-defect',
    severity: 'P1',
    remediation: [
      'Open the product page on a phone and look for the element named in the evidence.',
      "Disable the app embed it belongs to (Online Store > Themes > Customize > App embeds), or change the app's position setting for mobile.",
      'Re-run the visual auditor to confirm the button is reachable.',
    ],
    docsLinks: [appEmbeds],
    confidence: 0.65,
  },
  {
    code: 'visual.unstyled',
    name: 'visual.unstyled',
    rootCause: (context) => `The theme stylesheet ${evidenceText(context, 'stylesheets') || ''} did not load, so the page renders without its styles: a theme push renamed or deleted the asset, or the layout links a file that does not exist.`,
    category: 'store-defect',
    severity: 'P1',
    remediation: ['Open the stylesheet URL from the evidence: a 404 confirms the asset is gone.', 'Restore the asset from the previous theme version (Online Store > Themes > … > Edit code > Older versions), or fix the stylesheet_tag in layout/theme.liquid.'],
    docsLinks: ['https://shopify.dev/docs/api/liquid/filters/stylesheet_tag'],
    confidence: 0.7,
  },
  {
    code: 'visual.major_change',
    name: 'visual.major_change/judged-broken',
    when: judgedBroken,
    rootCause: (context) => `${percent(context)} of the ${template(context)} page changed and the vision model called it a broken layout (${evidenceText(context, 'where')}).`,
    category: 'store-defect',
    severity: 'P1',
    remediation: ['Look at the outlined shot in the alert and the diff in the HTML report.', 'Revert the theme or app change deployed since the baseline, or fix the section named.'],
    confidence: 0.65,
  },
  {
    code: 'visual.major_change',
    name: 'visual.major_change',
    rootCause: (context) => `${percent(context)} of the ${template(context)} page changed against its baseline: a redesign, a theme switch, or a broken layout.`,
    category: 'store-defect',
    severity: 'P2',
    remediation: ['Look at the outlined shot in the alert and the diff in the HTML report.', (context) => `If the change is intended, run \`nano-sre baselines approve --template ${evidenceText(context, 'template') || '<template>'}\` so later runs compare against it.`, 'Otherwise revert the theme or app change deployed since the baseline.'],
    confidence: 0.5,
  },
  {
    code: 'visual.changed',
    name: 'visual.changed/judged-broken',
    when: judgedBroken,
    rootCause: (context) => `Part of the ${template(context)} page (${percent(context)}) changed and the vision model called it a broken layout (${evidenceText(context, 'where')}).`,
    category: 'store-defect',
    severity: 'P2',
    remediation: ['Look at the outlined region in the alert image.', 'Fix or revert the section named; approve the baseline only once the page looks right.'],
    confidence: 0.6,
  },
  {
    code: 'visual.changed',
    name: 'visual.changed',
    rootCause: (context) => `Part of the ${template(context)} page (${percent(context)}) looks different from its baseline: new content, a changed image or banner, or a section that moved.`,
    category: 'store-defect',
    severity: 'P3',
    remediation: ['Look at the outlined regions in the alert image.', 'An intended change: `nano-sre baselines approve` accepts it. Dynamic content (a carousel, a countdown): mask it with VISUAL_MASK or data-nano-sre-mask.'],
    confidence: 0.5,
  },
  {
    code: 'visual.horizontal_overflow',
    name: 'visual.horizontal_overflow',
    rootCause: (context) => `The ${template(context)} page is ${evidenceText(context, 'pageWidth')} px wide on a ${evidenceText(context, 'screenWidth')} px screen, so it scrolls sideways; the widest element is ${evidenceText(context, 'widest') || 'unknown'}.`,
    category: 'store-defect',
    severity: 'P3',
    remediation: ['Give the element named in the evidence max-width: 100% (or fix its fixed width in the app or section settings).', 'Check app blocks and custom HTML sections added recently.'],
    confidence: 0.6,
  },
  {
    code: 'visual.layout_shift',
    name: 'visual.layout_shift',
    rootCause: (context) => `Content moved while the ${template(context)} page loaded (CLS ${evidenceText(context, 'cls')}); the element that moved most: ${evidenceText(context, 'largestShiftTarget') || 'unknown'}. A late banner or an image without dimensions usually pushes it.`,
    category: 'store-defect',
    severity: 'P3',
    remediation: ['Reserve the space of late content (min-height on the banner, width and height on images).', 'Render announcement bars and app banners on the server instead of inserting them with script.'],
    docsLinks: [clsDocs],
    confidence: 0.55,
  },
  {
    code: 'visual.region_missing',
    name: 'visual.region_missing',
    rootCause: (context) => `The ${template(context)} page shows no ${evidenceText(context, 'region') || 'header or footer'}: its section group failed to render or was removed.`,
    category: 'store-defect',
    severity: 'P2',
    remediation: ['Open the theme editor and check the header and footer section groups.', 'Look for a Liquid error in the section (the doctor skill reports those).'],
    confidence: 0.5,
  },
  {
    code: 'visual.change_intended',
    name: 'visual.change_intended',
    rootCause: 'The vision model judged the change an intended content change; nothing is broken.',
    category: 'transient',
    severity: 'P3',
    remediation: ['Accept it with `nano-sre baselines approve` so it is not judged again.'],
    confidence: 0.5,
  },
  {
    code: 'visual.baseline_created',
    name: 'visual.baseline_created',
    rootCause: 'A first baseline was recorded for this page.',
    category: 'transient',
    severity: 'P3',
    remediation: ['Nothing to do.'],
    confidence: 0.9,
  },
  {
    code: 'visual.judge_failed',
    name: 'visual.judge_failed',
    rootCause: (context) => `The vision model did not judge the change: ${evidenceText(context, 'problem')}.`,
    category: 'transient',
    severity: 'P3',
    remediation: ['Check LLM_BASE_URL, LLM_MODEL and that the model accepts images (LLM_VISION).'],
    confidence: 0.6,
  },
  {
    code: 'visual.page_skipped',
    name: 'visual.page_skipped',
    rootCause: 'The cart could not be filled, so the cart page was not compared; the headless probe reports why.',
    category: 'transient',
    severity: 'P3',
    remediation: ["Read the headless probe's result for the same run."],
    confidence: 0.6,
  },
  {
    code: 'visual.mask_invalid',
    name: 'visual.mask_invalid',
    rootCause: (context) => `VISUAL_MASK (${evidenceText(context, 'mask')}) is not a CSS selector the browser accepts: ${evidenceText(context, 'error')}.`,
    category: 'monitor-misconfiguration',
    severity: 'P3',
    remediation: ['Fix VISUAL_MASK in the environment or .env: CSS selectors separated by commas.'],
    confidence: 0.9,
  },
];
