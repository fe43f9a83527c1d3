// The tiktok_missing fault: the TikTok app pixel is still configured but sends nothing on any page,
// as when the app's connection broke; the vendor must be known from the setup or history, not forgotten.
import { pixelRuntimeFault } from './pixel-runtime-fault.js';

export const tiktokMissingFault = pixelRuntimeFault(
  'tiktok_missing',
  'TikTok stays in the web pixels manager configuration but sends nothing on any page.',
  'FAIL pixel.vendor_silent naming TikTok Pixel.',
  { status: 'FAIL', code: 'pixel.vendor_silent' },
);
