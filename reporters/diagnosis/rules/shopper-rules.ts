// Rules for what the storefront fixture reports about shopping itself: a bot check that refused the
// monitor, an overlay nobody can close, a control the monitor cannot recognise, a step that broke,
// and the evidence-only notes (overlays closed, the "added" signal seen).
import { docs, evidenceText, type DiagnosisRule } from './rule-types';

export const shopperRules: DiagnosisRule[] = [
  {
    code: 'store.blocked_monitor',
    name: 'store.blocked_monitor',
    rootCause: (context) => `The monitor was blocked, not the shoppers: ${evidenceText(context, 'reason') || "Shopify's bot protection or rate limiting refused it"}. Shopify challenges traffic that looks automated (a /challenge page, 429 answers to cart calls); the store itself may be working.`,
    category: 'monitor-misconfiguration',
    severity: 'P3',
    remediation: [
      'Open the store in a normal browser to confirm shoppers are not affected.',
      'Run the monitor less often (one journey per store per interval) and from a stable IP address.',
      'If it persists, ask Shopify Support whether bot protection is flagging the monitor, and monitor a preview or development store for the cart steps.',
    ],
    docsLinks: [docs.ajaxCart],
    confidence: 0.7,
  },
  {
    code: 'page.blocking_overlay',
    name: 'page.blocking_overlay',
    rootCause: (context) => `An overlay covers the page and offers no way to close it (no close button; Escape and a click outside do nothing), so shoppers cannot reach the ${evidenceText(context, 'control') || 'page\'s buttons'}. Popup and age-gate apps cause this when their close button fails to render or their script breaks.`,
    category: 'store-defect',
    severity: 'P0',
    remediation: [
      'Open the store in a private window and look at the overlay in the screenshot: find the app that shows it (its markup names it).',
      'Disable that app embed in Online Store > Themes > Customize > App embeds until it is fixed.',
      'Make sure every popup has a visible close button and closes on Escape.',
    ],
    confidence: 0.7,
  },
  {
    code: 'shopper.control_not_found',
    name: 'shopper.control_not_found',
    rootCause: (context) => `The monitor cannot read this page: it found no ${evidenceText(context, 'control') || 'control'} a shopper would recognise, while the store's Ajax cart accepts the product, so customers can most likely still buy. The theme labels or builds the button in a way the monitor does not know.`,
    category: 'monitor-misconfiguration',
    severity: 'P2',
    remediation: [
      (context) => `Set ${evidenceText(context, 'override') || 'ADD_TO_CART_SELECTOR'} to the CSS selector of the button (see the page's accessibility snapshot in the evidence).`,
      'Check the product page in a browser to confirm the button is there and works.',
    ],
    docsLinks: [docs.ajaxCart],
    confidence: 0.75,
  },
  {
    code: 'shopper.step_failed',
    name: 'shopper.step_failed',
    rootCause: (context) => `The shopper could not finish the step "${evidenceText(context, 'step')}": ${evidenceText(context, 'error')}. Something on the page behaved in a way the monitor does not expect; the trace shows what it saw.`,
    category: 'monitor-misconfiguration',
    severity: 'P2',
    remediation: ['Open the trace of the failed step in the HTML report.', 'If the page works in a browser, report the page\'s markup to the Nano-SRE maintainers or set the overrides (ADD_TO_CART_SELECTOR, CHECKOUT_SELECTOR).'],
    confidence: 0.4,
  },
  {
    code: 'shopper.overlay_dismissed',
    name: 'shopper.overlay_dismissed',
    rootCause: 'The shopper closed a popup or answered a consent banner on its way, as a person would. This is evidence, not a problem.',
    category: 'transient',
    severity: 'P3',
    remediation: ['Nothing to do.'],
    confidence: 0.9,
  },
  {
    code: 'cart.added',
    name: 'cart.added',
    rootCause: 'The product was added to the cart; the evidence names the signal the store showed.',
    category: 'transient',
    severity: 'P3',
    remediation: ['Nothing to do.'],
    confidence: 0.9,
  },
];
