// The heavy_page fault: a "lookbook" app block loads four 1 MB images on every page, as an
// unoptimised image app or a theme setting serving originals does; the page weighs over 4 MB.
import type { RequestContext } from '../request-context.js';
import type { FaultModule } from './demo-fault.js';

const IMAGE_COUNT = 4;
const IMAGE_BYTES = 1024 * 1024;
const imagePath = /^\/cdn\/shop\/files\/lookbook-(\d)\.svg$/;

let image: string | undefined;

/** A valid SVG of about 1 MB: a picture plus the metadata an export tool leaves in. */
function heavyImage(): string {
  image ??= `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300"><rect width="400" height="300" fill="#d8d2c4"/><circle cx="200" cy="150" r="80" fill="#8a7f6a"/><metadata>${'x'.repeat(IMAGE_BYTES)}</metadata></svg>`;
  return image;
}

export const heavyPageFault = {
  name: 'heavy_page',
  description: `Every page loads a lookbook app block with ${IMAGE_COUNT} images of 1 MB each (/cdn/shop/files/lookbook-N.svg): over 4 MB per page.`,
  expectedFinding: 'WARN vitals.heavy_page naming the weight (over 3 MB) on every template.',
  verdict: { status: 'WARN', code: 'vitals.heavy_page', perTheme: false },
  livesIn: ['faults/heavy-page.ts (app embed via rendering/app-embeds.ts; images served by server.ts before the routes)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/storefront-vitals.test.ts' },

  renderAppEmbed(faults: ReadonlySet<string>): string {
    if (!faults.has('heavy_page')) return '';
    const images = Array.from({ length: IMAGE_COUNT }, (_, index) => `<img src="/cdn/shop/files/lookbook-${index + 1}.svg" alt="Lookbook ${index + 1}" width="400" height="300" loading="eager">`).join('');
    return `<div id="shopify-block-lookbook" class="shopify-block shopify-app-block page-width" style="display:flex;gap:8px;overflow:hidden">${images}</div>`;
  },

  respondIfFaulted(context: RequestContext): boolean {
    if (!imagePath.test(context.url.pathname)) return false;
    if (!context.faults.has('heavy_page')) return false;
    context.response.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-cache' });
    context.response.end(heavyImage());
    return true;
  },
} satisfies FaultModule<'heavy_page'>;
