// The pixel_wrong_value fault: Meta events carry values in cents as if they were dollars (2999 for
// $29.99), the classic Ajax-API-cents mistake.
import { pixelRuntimeFault } from './pixel-runtime-fault.js';

export const pixelWrongValueFault = pixelRuntimeFault(
  'pixel_wrong_value',
  'Meta ViewContent, AddToCart and InitiateCheckout carry value x100 (cents sent as units).',
  'WARN pixel.wrong_value naming Meta Pixel and the expected price.',
  { status: 'WARN', code: 'pixel.wrong_value' },
);
