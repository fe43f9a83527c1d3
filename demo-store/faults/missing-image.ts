// The missing_image fault: product images deleted from Files while the theme still prints them.
// The markup is unchanged; only the CDN answers 404, so images load with naturalWidth 0.

import type { RequestContext } from '../request-context.js';
import { type FaultModule } from './demo-fault.js';

export const missingImageFault = {
  name: 'missing_image',
  description: 'Product image files under /cdn/shop/files/ answer 404.',
  expectedFinding: 'Broken images: product images 404 (naturalWidth 0) (doctor.broken_image).',
  verdict: { status: 'WARN', code: 'doctor.broken_image', perTheme: true },
  livesIn: ['faults/missing-image.ts (called by routes/cdn-routes.ts)'],
  endToEnd: { defaultTheme: true, themes: ['dawn', 'horizon', 'classic'], provenIn: 'tests/skills/shopify-doctor.test.ts' },

  /** True while /cdn/shop/files/* product images must answer 404. */
  hidesImages(context: RequestContext): boolean {
    return context.faults.has('missing_image');
  },
} satisfies FaultModule<'missing_image'>;
