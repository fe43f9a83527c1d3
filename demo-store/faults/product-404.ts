// The product_404 fault: the product the monitor shops was deleted or unpublished. Product pages
// render the theme's 404 and product JSON answers 404, while cards still link to them.

import type { RequestContext } from '../request-context.js';
import type { FaultModule } from './demo-fault.js';

export const product404Fault = {
  name: 'product_404',
  description: 'Every /products/{handle} page, .js and .json answers 404 (theme 404 page / JSON 404).',
  expectedFinding: 'Product pages return 404 (.template-404 "Page not found").',
  verdict: { status: 'FAIL', code: 'product.not_found', perTheme: false },
  livesIn: ['faults/product-404.ts (called by routes/page-routes.ts and routes/catalogue-routes.ts)'],
  endToEnd: { defaultTheme: true, themes: [] },

  /** True while product pages and product JSON must answer 404. */
  hidesProducts(context: RequestContext): boolean {
    return context.faults.has('product_404');
  },
} satisfies FaultModule<'product_404'>;
