// Diagnosis rules for the example skill's search.* codes (installed as reporters/diagnosis/rules/search.ts).
import { evidenceText, type DiagnosisRule } from '../../reporters/diagnosis/rules/rule-types';

export const searchRules: DiagnosisRule[] = [
  {
    code: 'search.no_results',
    name: 'search.no_results',
    rootCause: (context) => `Store search returns nothing for "${evidenceText(context, 'query')}": the search template or a search app is broken, so shoppers who search cannot find what they came for.`,
    category: 'store-defect',
    severity: 'P1',
    remediation: ['Search the store by hand for the same words.', 'If a search app replaces the template, check its status and reindex it.'],
    confidence: 0.6,
  },
  {
    code: 'search.product_missing',
    name: 'search.product_missing',
    rootCause: (context) => `Search works but does not list the product searched for by its own title ("${evidenceText(context, 'query')}").`,
    category: 'store-defect',
    severity: 'P3',
    remediation: ['Check the product is available on the Online Store sales channel.', 'Look for search app rules that hide it.'],
    confidence: 0.5,
  },
];
