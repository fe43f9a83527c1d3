// POST /localization: what `{% form 'localization' %}` (country/language selectors, the market
// popup) submits. Shopify stores the choice in the `localization` cookie (a country code such as
// `CA`) and redirects back to `return_to`; we do the same and change nothing else (prices stay USD).

import type { RequestContext } from '../request-context.js';
import { bodyObject, parseBody } from './request-body.js';
import { redirect } from './respond.js';

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Only same-site paths, so the form cannot be used as an open redirect. */
function returnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export async function handleLocalizationRoute(context: RequestContext): Promise<boolean> {
  if (context.method !== 'POST' || context.url.pathname !== '/localization') return false;
  const form = bodyObject(await parseBody(context.request)) ?? {};
  const country = String(form.country_code ?? '').toUpperCase();
  if (COUNTRY_CODE.test(country)) {
    context.response.appendHeader('set-cookie', `localization=${country}; Path=/; Max-Age=31536000; SameSite=Lax`);
  }
  redirect(context, returnPath(form.return_to));
  return true;
}
