// The lcp_slow fault: Dawn's home image banner gets its hero image, and the CDN takes 5 s to deliver
// it; the largest thing on the screen paints late (LCP in the poor band).
import type { RequestContext } from '../request-context.js';
import type { FaultModule } from './demo-fault.js';
import { holdResponse } from '../pending-delay.js';

const HERO_DELAY_MS = 5000;
const HERO_PATH = '/cdn/shop/files/hero-banner.svg';

/**
 * A photo-sized hero: Chrome leaves images under about 0.05 bits per pixel out of LCP (flat
 * placeholders), so the picture carries the detail, and the bytes, a real photo would.
 */
function heroImage(): string {
  const shapes = Array.from({ length: 900 }, (_, index) => `<circle cx="${(index * 97) % 1500}" cy="${(index * 53) % 800}" r="${8 + (index % 23)}" fill="hsl(${(index * 37) % 360},35%,${55 + (index % 30)}%)"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1500 800" width="1500" height="800"><rect width="1500" height="800" fill="#b9c3c9"/>${shapes}</svg>`;
}

export const lcpSlowFault = {
  name: 'lcp_slow',
  description: `Dawn's home banner shows a hero image (${HERO_PATH}) that the CDN delivers after ${HERO_DELAY_MS / 1000} s.`,
  expectedFinding: 'WARN vitals.poor: LCP over 4 s on the home page.',
  verdict: { status: 'WARN', code: 'vitals.poor', perTheme: false },
  livesIn: ['themes/dawn/render-home.ts', 'faults/lcp-slow.ts (the image, served by server.ts before the routes)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/storefront-vitals.test.ts' },

  /** The banner's media: Dawn's placeholder, or the hero image while the fault is on. */
  bannerMedia(faults: ReadonlySet<string>): string {
    if (!faults.has('lcp_slow')) return '<div class="banner__media media placeholder" aria-hidden="true"></div>';
    return `<div class="banner__media media"><img src="${HERO_PATH}" alt="" width="1500" height="800" fetchpriority="high" style="width:100%;height:100%;object-fit:cover"></div>`;
  },

  async respondIfFaulted(context: RequestContext): Promise<boolean> {
    if (context.url.pathname !== HERO_PATH) return false;
    await holdResponse(context, context.faults.has('lcp_slow') ? HERO_DELAY_MS : 0);
    if (context.response.destroyed) return true;
    context.response.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-cache' });
    context.response.end(heroImage());
    return true;
  },
} satisfies FaultModule<'lcp_slow'>;
