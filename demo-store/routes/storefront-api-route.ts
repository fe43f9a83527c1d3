// The Storefront GraphQL API (POST /api/{version}/graphql.json): enough of it for the bundles app
// embed's product query; the graphql_errors fault answers its query with a GraphQL error instead.
import { graphqlErrorsFault } from '../faults/graphql-errors.js';
import type { RequestContext } from '../request-context.js';
import { parseBody } from './request-body.js';
import { sendJson } from './respond.js';

const endpoint = /^\/api\/(\d{4}-\d{2}|unstable)\/graphql(\.json)?$/;

export async function handleStorefrontApiRoute(context: RequestContext): Promise<boolean> {
  if (!endpoint.test(context.url.pathname)) return false;
  if (context.method !== 'POST') {
    sendJson(context, 405, { errors: [{ message: 'Only POST requests are supported' }] });
    return true;
  }
  const body = await parseBody(context.request);
  const variables = body.kind === 'json' ? ((body.value as { variables?: { id?: string } })?.variables ?? {}) : {};
  const faulty = graphqlErrorsFault.errorsBody(context.faults);
  if (faulty) {
    sendJson(context, 200, faulty);
    return true;
  }
  const id = Number(String(variables.id ?? '').split('/').pop());
  const product = context.catalogue.products.find((candidate) => candidate.id === id);
  sendJson(context, 200, { data: { product: product ? { id: `gid://shopify/Product/${product.id}`, title: product.title, sellingPlanGroups: { nodes: [] } } : null } });
  return true;
}
