// The monorail_missing_checkout_started fault: Shopify's own analytics never logs checkout_started,
// the gap merchants see after a checkout upgrade when their checkout reports go empty.
import { pixelRuntimeFault } from './pixel-runtime-fault.js';

export const monorailMissingCheckoutStartedFault = pixelRuntimeFault(
  'monorail_missing_checkout_started',
  "Shopify's web pixels manager logs every standard event to monorail except checkout_started.",
  "FAIL pixel.event_missing naming Shopify's own analytics and begin_checkout.",
  { status: 'FAIL', code: 'pixel.event_missing' },
);
