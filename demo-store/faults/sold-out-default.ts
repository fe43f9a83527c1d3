// The sold_out_default fault: the catalogue's first variant of every multi-variant product is sold
// out, and the product page preselects it (as a theme printing `variants.first` does). It changes the
// store's data, not a route, so catalogue.ts asks this module for the products it serves.

import type { CatalogueProduct } from '../catalogue.js';
import type { FaultModule } from './demo-fault.js';

export const soldOutDefaultFault = {
  name: 'sold_out_default',
  description: 'The first variant of every multi-variant product is sold out and preselected; other variants buyable.',
  expectedFinding: 'Default variant sold out: button "Sold out" and disabled on load although other variants are available.',
  verdict: { status: 'WARN', code: 'product.default_variant_sold_out', perTheme: false },
  livesIn: ['faults/sold-out-default.ts (called by catalogue.ts, which also preselects the first variant)'],
  endToEnd: { defaultTheme: true, themes: ['horizon', 'classic'] },

  /** The product as the fault shows it: the first of several variants tracked with nothing left. */
  withFirstVariantSoldOut(product: CatalogueProduct): CatalogueProduct {
    if (product.variants.length < 2) return product;
    const [first, ...rest] = product.variants;
    if (!first) return product;
    return { ...product, variants: [{ ...first, inventoryQuantity: 0, inventoryManagement: 'shopify' as const }, ...rest] };
  },
} satisfies FaultModule<'sold_out_default'>;
