// The codes the example search skill raises; it owns the `search.*` prefix.
import { defineFindingCodes } from '../../core/finding-catalogue';

export const searchResultsFindingCodes = defineFindingCodes('search_results', 'Search (search_results, an example skill)', [
  {
    code: 'search.no_results',
    level: 'fail',
    category: 'store-defect',
    meaning: 'Searching for a product the store sells finds nothing.',
    whatToDo: 'Check the search template and any search app (Search & Discovery filters, a third-party search); reindex the app.',
  },
  {
    code: 'search.product_missing',
    level: 'warn',
    category: 'store-defect',
    meaning: 'Search lists products, but not the one searched for by its own title.',
    whatToDo: 'Check the product is published to the Online Store channel and not excluded by a search app rule.',
  },
]);
