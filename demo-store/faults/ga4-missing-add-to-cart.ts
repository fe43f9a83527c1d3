// The ga4_missing_add_to_cart fault: the Google & YouTube channel's configuration no longer maps
// add_to_cart (gtag_events), as after a reconnect that dropped an event; GA4 sends the rest of the funnel.
import { pixelRuntimeFault } from './pixel-runtime-fault.js';

export const ga4MissingAddToCartFault = pixelRuntimeFault(
  'ga4_missing_add_to_cart',
  'GA4 sends page_view, view_item and begin_checkout but no add_to_cart (the Google channel config lost the event).',
  'FAIL pixel.event_missing naming Google Analytics 4 and add_to_cart.',
  { status: 'FAIL', code: 'pixel.event_missing' },
);
