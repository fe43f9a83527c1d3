// The variables of `nano-sre watch`: how often it runs the suite, how long a run may take, and the
// secrets its webhook routes verify. watch/watch-settings.ts reads them, with the stores they refer to.
import { z } from 'zod';
import { declareVariables, optionalText, wholeNumber } from './declare-variables';

/** `shop.myshopify.com`, as Shopify sends it in X-Shopify-Shop-Domain. */
export const myshopifyDomainPattern = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

const myshopifyDomains = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((domain) => domain.trim().toLowerCase()).filter(Boolean))
  .refine(
    (domains) => domains.every((domain) => myshopifyDomainPattern.test(domain)),
    'use *.myshopify.com domains, comma-separated, in the order of STORE_URL (e.g. shop-one.myshopify.com,shop-two.myshopify.com)',
  );

/** A shared secret short enough to guess is no secret: refused rather than trusted. */
const secret = (what: string) =>
  optionalText.refine(
    (value) => value === undefined || value.length >= 16,
    `use at least 16 characters for the ${what} (e.g. the output of \`openssl rand -hex 32\`)`,
  );

export const watchVariables = declareVariables('README', {
  CHECK_INTERVAL_MINUTES: { schema: wholeNumber(30, 1), invalidExample: '0' },
  /** A run still going after this is killed and recorded as a FAIL (skill.timeout). */
  RUN_TIMEOUT_MINUTES: { schema: wholeNumber(20, 1), invalidExample: 'never' },
  GITHUB_WEBHOOK_SECRET: { schema: secret('GitHub webhook secret'), secret: true, invalidExample: 'short' },
  SHOPIFY_WEBHOOK_SECRET: { schema: secret('Shopify webhook secret'), secret: true, invalidExample: 'short' },
  STORE_MYSHOPIFY_DOMAINS: { schema: myshopifyDomains, invalidExample: 'https://shop.example.com' },
  WATCH_TOKEN: { schema: secret('token of POST /hooks/run'), secret: true, invalidExample: 'short' },
  /** What a watch run executes instead of the suite (a wrapper script, a narrower `playwright test`). */
  WATCH_COMMAND: { schema: optionalText },
});
