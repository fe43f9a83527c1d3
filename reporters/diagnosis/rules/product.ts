// Diagnosis rules for product.* codes: the product missing, unlisted or sold out.
import { docs, evidenceText, type DiagnosisRule } from './rule-types';

export const productRules: DiagnosisRule[] = [
  {
    code: 'product.not_found',
    name: 'product.not_found/listed-product',
    // The monitor took the handle from the store's own catalogue: the store links to a product it cannot show.
    when: (context) => evidenceText(context, 'handleSource') === 'catalogue',
    rootCause: (context) => `/products/${evidenceText(context, 'handle')} is listed by the store (products.json or a link on the home page) but answers 404: the product was unpublished or its template is broken while it is still linked.`,
    category: 'store-defect',
    severity: 'P1',
    remediation: ['Open the product in the admin: check its status, the Online Store channel and the template assigned to it.', 'Remove or fix links to it in collections and menus until it is back.'],
    docsLinks: [docs.productAvailability, docs.ajaxProduct],
    confidence: 0.65,
  },
  {
    code: 'product.not_found',
    name: 'product.not_found',
    rootCause: (context) => `The product the monitor shops (/products/${evidenceText(context, 'handle')}) answers 404: it was deleted, its handle changed, it is not published to the Online Store channel, or PRODUCT_HANDLE is misspelled.`,
    category: 'monitor-misconfiguration',
    severity: 'P2',
    remediation: ['Check the product in the admin: status Active and available on the Online Store sales channel.', 'If the handle changed, update PRODUCT_HANDLE (or unset it so the monitor picks an available product).', 'Add a URL redirect from the old handle so shoppers with old links land on the product.'],
    docsLinks: [docs.productAvailability, docs.ajaxProduct],
    confidence: 0.6,
  },
  {
    code: 'product.none_found',
    name: 'product.none_found',
    rootCause: 'The monitor found no product to shop: /products.json lists none available (blocked, empty or all sold out) and the home page links to no product.',
    category: 'monitor-misconfiguration',
    severity: 'P2',
    remediation: ['Set PRODUCT_HANDLE to a product that should always be buyable.', 'If the catalogue really is empty or sold out, publish products to the Online Store channel.'],
    docsLinks: [docs.productAvailability],
    confidence: 0.6,
  },
  {
    code: 'product.sold_out',
    name: 'product.sold_out',
    rootCause: 'Every variant of the monitored product is sold out, so nobody can buy it: inventory reached zero and "Continue selling when out of stock" is off.',
    category: 'store-defect',
    severity: 'P1',
    remediation: ['Restock the product or enable "Continue selling when out of stock" if it is made to order.', 'If the product is meant to be unavailable, point PRODUCT_HANDLE at one that is sold.'],
    docsLinks: [docs.inventory],
    confidence: 0.8,
  },
  {
    code: 'product.default_variant_sold_out',
    name: 'product.default_variant_sold_out',
    rootCause: 'The product page opens on a sold-out variant: shoppers see "Sold out" first and must pick another option to buy.',
    category: 'store-defect',
    severity: 'P3',
    remediation: ['Reorder the variants so an available one comes first, or restock the first variant.', 'Use a theme setting that selects the first available variant (Dawn does this with `product.selected_or_first_available_variant`).'],
    docsLinks: [docs.inventory],
    confidence: 0.8,
  },
];
