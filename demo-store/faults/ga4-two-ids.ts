// The ga4_two_ids fault: product pages still carry a hard-coded tag for an old GA4 property, so the
// visit is split across two properties.
import { pixelRuntimeFault } from './pixel-runtime-fault.js';

export const ga4TwoIdsFault = pixelRuntimeFault(
  'ga4_two_ids',
  'GA4 hits on product pages go to G-LEGACY9876, elsewhere to G-DEMO12345.',
  'WARN pixel.multiple_ids naming Google Analytics 4 and both ids.',
  { status: 'WARN', code: 'pixel.multiple_ids' },
);
