// The pixel_wrong_currency fault: GA4 events carry EUR while the shop sells in USD, as a tag with a
// hard-coded currency does.
import { pixelRuntimeFault } from './pixel-runtime-fault.js';

export const pixelWrongCurrencyFault = pixelRuntimeFault(
  'pixel_wrong_currency',
  'GA4 funnel events report the currency EUR; the shop sells in USD.',
  'WARN pixel.wrong_currency naming Google Analytics 4, EUR and USD.',
  { status: 'WARN', code: 'pixel.wrong_currency' },
);
