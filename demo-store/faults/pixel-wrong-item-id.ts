// The pixel_wrong_item_id fault: TikTok events identify products by title instead of an id the
// catalogue knows, so ads cannot match events to products.
import { pixelRuntimeFault } from './pixel-runtime-fault.js';

export const pixelWrongItemIdFault = pixelRuntimeFault(
  'pixel_wrong_item_id',
  'TikTok content_id is the product title instead of the variant id.',
  'WARN pixel.wrong_item naming TikTok Pixel.',
  { status: 'WARN', code: 'pixel.wrong_item' },
);
