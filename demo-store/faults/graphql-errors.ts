// The graphql_errors fault: the Storefront API refuses the bundles widget's query (a field the API
// version no longer has) with a 200 and an `errors` array, as GraphQL does; the widget shows nothing.
import type { FaultModule } from './demo-fault.js';

export const graphqlErrorsFault = {
  name: 'graphql_errors',
  description: "POST /api/2025-07/graphql.json answers 200 with {\"errors\":[{\"message\":\"Field 'sellingPlanGroups' doesn't exist on type 'Product'\"}]} to the bundles app embed's query on product pages.",
  expectedFinding: "WARN doctor.api_error naming the endpoint and the GraphQL error's message.",
  verdict: { status: 'WARN', code: 'doctor.api_error', perTheme: false },
  livesIn: ['routes/storefront-api-route.ts', 'assets/apps/bundles-widget.js'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/skills/shopify-doctor.test.ts' },

  /** The GraphQL error body while the fault is on, else undefined. */
  errorsBody(faults: ReadonlySet<string>): unknown {
    if (!faults.has('graphql_errors')) return undefined;
    return { errors: [{ message: "Field 'sellingPlanGroups' doesn't exist on type 'Product'", locations: [{ line: 1, column: 54 }], path: ['query Bundles', 'product', 'sellingPlanGroups'], extensions: { code: 'undefinedField', typeName: 'Product', fieldName: 'sellingPlanGroups' } }] };
  },
} satisfies FaultModule<'graphql_errors'>;
