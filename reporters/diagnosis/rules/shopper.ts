// Diagnosis rules for shopper.* codes: what the monitor met while shopping (controls it cannot read, steps that broke, overlays it closed).
import { docs, evidenceText, type DiagnosisRule } from './rule-types';

export const shopperRules: DiagnosisRule[] = [
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
    code: 'shopper.order_refused',
    name: 'shopper.order_refused',
    rootCause: (context) => `A skill tried to pay or place an order (${evidenceText(context, 'control') || evidenceText(context, 'request')}); the storefront fixture refused it, so nothing was paid or ordered. The skill goes further than a synthetic shopper may.`,
    category: 'monitor-misconfiguration',
    severity: 'P2',
    remediation: ['Change the skill so it stops once the checkout page has loaded; a monitor never submits payment.'],
    confidence: 0.9,
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
];
