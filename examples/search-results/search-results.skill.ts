// An example skill (docs/custom-skills.md): search the store for the product every skill shops and
// expect to find it. Two finding codes, its own details schema, and nothing shared edited: copy this
// file to skills/, finding-codes.ts to skills/search-results/, search-rules.ts to
// reporters/diagnosis/rules/search.ts, and register both in reporters/finding-registry.ts.
import { z } from 'zod';
import { test } from '../../fixtures';

const searchDetails = z.object({ query: z.string(), results: z.number().int(), productListed: z.boolean() });

test('searching for the product finds it', async ({ storefront, skill, productHandle }) => {
  const { page } = storefront;
  const { product } = await skill.step('Product', async () => storefront.openProduct(await storefront.chooseProduct(productHandle)));

  await skill.step('Search', async () => {
    const query = product.title.split(/\s+/).slice(0, 2).join(' ');
    const visit = await storefront.open(`/search?q=${encodeURIComponent(query)}&options%5Bprefix%5D=last`, 'search');
    storefront.failOnHttpError(visit, 'The search page');
    // Any theme's results link to product pages inside the main content.
    const links = page.getByRole('main').locator('a[href*="/products/"]').filter({ visible: true });
    const results = await links.count();
    const productListed = (await page.getByRole('main').locator(`a[href*="/products/${product.handle}"]`).count()) > 0;
    skill.details(searchDetails, { query, results, productListed });
    skill.metric('search_results', results);
    if (results === 0) skill.fail('search.no_results', `Searching for "${query}" finds nothing, although ${product.title} is for sale.`, { url: visit.url, query });
    if (!productListed) skill.warn('search.product_missing', `Searching for "${query}" lists ${results} product(s) but not ${product.title}.`, { url: visit.url, query, results });
  });
});
