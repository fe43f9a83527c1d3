// The pixel_before_consent fault: a Meta snippet outside Shopify's consent handling fires before the
// visitor answers the cookie banner. Shows only where consent is required (DEMO_CONSENT_REQUIRED=true).
import { pixelRuntimeFault } from './pixel-runtime-fault.js';

export const pixelBeforeConsentFault = pixelRuntimeFault(
  'pixel_before_consent',
  'Meta fires without waiting for the cookie banner answer (run with DEMO_CONSENT_REQUIRED=true).',
  'WARN pixel.before_consent naming Meta Pixel PageView.',
  { status: 'WARN', code: 'pixel.before_consent' },
);
