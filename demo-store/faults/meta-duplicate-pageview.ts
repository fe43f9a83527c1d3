// The meta_duplicate_pageview fault: the classic double install, the Meta channel app plus an fbq
// snippet pasted in theme.liquid, so every page view reaches Meta twice.
import { pixelRuntimeFault } from './pixel-runtime-fault.js';

export const metaDuplicatePageviewFault = pixelRuntimeFault(
  'meta_duplicate_pageview',
  'Meta receives PageView twice on every page (two installs of the pixel).',
  'WARN pixel.duplicate_event naming Meta Pixel and page_view.',
  { status: 'WARN', code: 'pixel.duplicate_event' },
);
