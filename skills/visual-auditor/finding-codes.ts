// The codes the visual auditor raises about how the store's pages look: checks a shopper would make
// without any baseline (buy button, overflow, header and footer, styles, layout shift) and the pixel
// diff against the store's own baseline, lowered or confirmed by a vision model when one is configured.
import { defineFindingCodes } from '../../core/finding-catalogue';

export const visualAuditorFindingCodes = defineFindingCodes('visual_auditor', 'Layout and visual drift (visual_auditor)', [
  {
    code: 'visual.buy_button_hidden',
    level: 'fail',
    category: 'store-defect',
    outage: true,
    meaning: 'On the product page, after closing what a shopper closes (popups, the cookie banner), the Add to cart button is missing, invisible, or covered by something that stays (evidence: the covering element).',
    whatToDo: "Find the app or theme element named in the evidence (a floating widget, a sticky bar) and move it off the buy button on that device, or remove it; check the page on a phone.",
  },
  {
    code: 'visual.unstyled',
    level: 'fail',
    category: 'store-defect',
    meaning: "A theme stylesheet linked from the page's head failed to load (evidence: its URL and status), so shoppers see the page without its styles.",
    whatToDo: 'Open the stylesheet URL: a 404 after a theme push means the asset was renamed or deleted; restore it or fix the `stylesheet_tag` in theme.liquid.',
  },
  {
    code: 'visual.major_change',
    level: 'fail',
    category: 'store-defect',
    meaning: 'More than `VISUAL_FAIL_RATIO` of a page changed against its baseline (evidence: the share, the changed regions; the alert image outlines them).',
    whatToDo: 'Look at the outlined shot: if the redesign is intended, accept it with `nano-sre baselines approve --template <template>`; otherwise revert the theme or app change.',
  },
  {
    code: 'visual.changed',
    level: 'warn',
    category: 'store-defect',
    meaning: 'More than `VISUAL_WARN_RATIO` of a page changed against its baseline, up to `VISUAL_FAIL_RATIO` (evidence: the share and the changed regions).',
    whatToDo: 'Look at the outlined shot; accept an intended change with `nano-sre baselines approve`; mask dynamic content with `VISUAL_MASK` or `data-nano-sre-mask`.',
  },
  {
    code: 'visual.horizontal_overflow',
    level: 'warn',
    category: 'store-defect',
    meaning: 'The page is wider than the screen, so it scrolls sideways (evidence: page and screen widths, the widest element).',
    whatToDo: 'Give the element named in the evidence `max-width: 100%` (images, tables, embeds) or fix its fixed width; check app blocks added recently.',
  },
  {
    code: 'visual.layout_shift',
    level: 'warn',
    category: 'store-defect',
    meaning: 'Content moved while the page loaded: Cumulative Layout Shift above 0.1 (evidence: the score and the element that moved most). Never a FAIL on its own.',
    whatToDo: 'Reserve space for late content (banners, app blocks, images without width and height); insert late banners above the fold only with a fixed height.',
  },
  {
    code: 'visual.region_missing',
    level: 'warn',
    category: 'store-defect',
    meaning: "The page shows no header or no footer (neither a `header`/`footer` element, a banner or contentinfo role, nor a visible section named so).",
    whatToDo: 'Check the header and footer section groups in the theme editor; a section that fails to render leaves the area empty.',
  },
  {
    code: 'visual.change_intended',
    level: 'info',
    category: 'transient',
    meaning: 'The vision model judged a change above the warn ratio an intended content change (a new announcement, a new product photo); the verdict was lowered one step and its words are kept as evidence.',
    whatToDo: 'Accept the change with `nano-sre baselines approve --template <template>` so it is not judged again.',
  },
  {
    code: 'visual.baseline_created',
    level: 'info',
    category: 'transient',
    meaning: 'No baseline existed for this store, device and page; this run\'s shot became it (kept beside the database in `visual-baselines/`).',
    whatToDo: 'Nothing. `nano-sre baselines list` shows the baselines; `reset` starts them again.',
  },
  {
    code: 'visual.judge_failed',
    level: 'info',
    category: 'transient',
    meaning: 'A vision model is configured but did not judge a changed page (timeout, HTTP error, an answer off the schema); the pixel verdict stands.',
    whatToDo: 'Check the LLM settings (docs/diagnosis.md) if it repeats; nothing else is lost.',
  },
  {
    code: 'visual.page_skipped',
    level: 'info',
    category: 'transient',
    meaning: 'A page could not be brought to the state its baseline shows (the cart could not be filled), so it was not compared.',
    whatToDo: "Read the headless probe's result for the same run: it reports why adding to cart failed.",
  },
  {
    code: 'visual.mask_invalid',
    level: 'fail',
    category: 'monitor-misconfiguration',
    meaning: '`VISUAL_MASK` is not a selector the browser accepts, so nothing could be masked.',
    whatToDo: 'Fix `VISUAL_MASK`: CSS selectors separated by commas, such as `.countdown, #reviews-carousel`.',
  },
]);
