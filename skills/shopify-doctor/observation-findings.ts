// The doctor's judgement of what the browser saw, pure: script errors grouped by message and by the
// script's owner (theme, an app, Shopify, another host), floods, failed requests and Shopify API errors,
// images, mixed content and slow third parties; plus the app weight table that goes in the details.
import { isHarmless } from './harmless-noise';
import type { ObservedError, ObservedRequest } from './page-observer';
import { storefrontGraphql } from './page-observer';
import { isThirdParty, ownerOf } from './script-owners';

export interface DoctorFinding {
  code: string;
  level: 'fail' | 'warn';
  message: string;
  evidence: Record<string, unknown>;
}

/** Errors in one page load from which on it is a flood: its own finding, not one per message. */
export const floodThreshold = 20;
/** A third-party script slower than this holds up the page (issue: 3 s). */
export const slowThirdPartyMs = 3000;

/** Shopify's Ajax and Storefront APIs a storefront page calls; a 5xx from the cart or product API breaks buying. */
const shopifyApi = /\/(cart(\/(add|change|update|clear))?\.js(on)?|cart\/(add|change|update|clear)|products\/[^/]+\.(js|json)|recommendations\/products(\.json)?|search\/suggest(\.json)?)$/;
const neededApi = /\/(cart(\/(add|change|update|clear))?\.js(on)?|cart\/(add|change|update|clear)|products\/[^/]+\.(js|json))$/;

const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};
const pagesText = (pages: Iterable<string>): string => [...new Set(pages)].join(', ');

export function scriptErrorFindings(errors: ObservedError[], storeHost: string): DoctorFinding[] {
  const real = errors.filter((error) => !isHarmless(error.message, error.scriptUrl));
  const findings: DoctorFinding[] = [];
  const perPage = new Map<string, ObservedError[]>();
  for (const error of real) perPage.set(error.page, [...(perPage.get(error.page) ?? []), error]);
  const flooded = new Set([...perPage].filter(([, list]) => list.length >= floodThreshold).map(([page]) => page));
  if (flooded.size) {
    const floods = [...flooded].map((page) => {
      const list = perPage.get(page)!;
      const owners = new Map<string, number>();
      for (const error of list) {
        const name = ownerOf(error.scriptUrl, storeHost).name;
        owners.set(name, (owners.get(name) ?? 0) + 1);
      }
      return { page, errors: list.length, topOwner: [...owners].sort((a, b) => b[1] - a[1])[0][0], sample: list[0].message };
    });
    const [first] = floods;
    findings.push({
      code: 'doctor.console_flood',
      level: 'warn',
      message: `${floods.length === 1 ? `The ${first.page} page` : `${floods.length} pages (${floods.map((flood) => flood.page).join(', ')})`} logged ${floods.map((flood) => flood.errors).join(', ')} errors in one load, most from ${first.topOwner}: "${first.sample.slice(0, 160)}".`,
      evidence: { pages: floods.map((flood) => flood.page), errors: Math.max(...floods.map((flood) => flood.errors)), topOwner: first.topOwner, floods },
    });
  }

  // One finding per message and owner, naming every page it happened on.
  const groups = new Map<string, ObservedError[]>();
  for (const error of real.filter((candidate) => !(candidate.kind === 'console' && flooded.has(candidate.page)))) {
    const key = `${ownerOf(error.scriptUrl, storeHost).name}|${error.message.replace(/\d+/g, '#')}`;
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  for (const group of groups.values()) {
    const [first] = group;
    const owner = ownerOf(first.scriptUrl, storeHost);
    const pages = [...new Set(group.map((error) => error.page))];
    findings.push({
      code: 'doctor.js_error',
      level: 'warn',
      message: `${owner.name[0].toUpperCase()}${owner.name.slice(1)} ${first.kind === 'uncaught' ? 'throws' : 'logs an error'} on ${pages.length === 1 ? `the ${pages[0]} page` : `${pages.length} pages (${pages.join(', ')})`}: ${first.message.slice(0, 240)}`,
      evidence: { owner: owner.name, ownerKind: owner.kind, script: first.scriptUrl, message: first.message, pages, count: group.length },
    });
  }
  return findings;
}

export function networkFindings(requests: ObservedRequest[], storeHost: string, pageIsHttps: boolean): DoctorFinding[] {
  const findings: DoctorFinding[] = [];
  const api = requests.filter((request) => shopifyApi.test(pathOf(request.url)) || storefrontGraphql.test(pathOf(request.url)));
  const apiFailures = api.filter((request) => (request.status !== null && request.status >= 400) || request.graphqlError !== null || request.failure !== null);
  for (const failure of apiFailures) {
    const needed = neededApi.test(pathOf(failure.url)) && (failure.status ?? 0) >= 500;
    const what = failure.graphqlError ? `answered 200 with GraphQL errors ("${failure.graphqlError}")` : failure.status !== null ? `answered HTTP ${failure.status}` : `failed (${failure.failure})`;
    findings.push({
      code: 'doctor.api_error',
      level: needed ? 'fail' : 'warn',
      message: `Shopify's API ${failure.method} ${pathOf(failure.url)} ${what} on the ${failure.page} page${needed ? ': the page needs it to sell' : ''}.`,
      evidence: { url: failure.url, method: failure.method, status: failure.status, graphqlError: failure.graphqlError, page: failure.page },
    });
  }

  // Failed images are page problems (skills/shopify-doctor/per-page-problems.ts), with what the page itself showed.
  const images = failedImages(requests);
  const others = requests.filter((request) => !api.includes(request) && !images.includes(request) && request.resourceType !== 'document' && ((request.status ?? 0) >= 400 || request.failure !== null));
  const byOwner = new Map<string, ObservedRequest[]>();
  for (const request of others) byOwner.set(ownerOf(request.url, storeHost).name, [...(byOwner.get(ownerOf(request.url, storeHost).name) ?? []), request]);
  for (const [owner, failed] of byOwner) {
    findings.push({
      code: 'doctor.request_failed',
      level: 'warn',
      message: `${failed.length} request(s) of ${owner} failed on ${pagesText(failed.map((request) => request.page))}: ${failed.slice(0, 3).map((request) => `${pathOf(request.url)} ${request.status ?? request.failure}`).join('; ')}.`,
      evidence: { owner, requests: failed.slice(0, 10).map(({ url, status, failure, page, resourceType }) => ({ url, status, failure, page, resourceType })) },
    });
  }

  if (pageIsHttps) {
    const insecure = requests.filter((request) => request.url.startsWith('http://'));
    if (insecure.length) findings.push({ code: 'doctor.insecure', level: 'warn', message: `An HTTPS page loads ${insecure.length} resource(s) over plain HTTP (mixed content): ${insecure.slice(0, 3).map((request) => request.url).join(', ')}.`, evidence: { urls: insecure.slice(0, 10).map((request) => request.url) } });
  }

  const slow = requests.filter((request) => request.resourceType === 'script' && isThirdParty(request.url, storeHost) && (request.durationMs ?? 0) > slowThirdPartyMs);
  const slowByOwner = new Map<string, ObservedRequest>();
  for (const request of slow) {
    const owner = ownerOf(request.url, storeHost).name;
    if ((slowByOwner.get(owner)?.durationMs ?? 0) < (request.durationMs ?? 0)) slowByOwner.set(owner, request);
  }
  for (const [owner, request] of slowByOwner) {
    findings.push({ code: 'doctor.slow_third_party', level: 'warn', message: `${owner}'s script took ${Math.round(request.durationMs ?? 0)} ms to load on the ${request.page} page (limit ${slowThirdPartyMs} ms): it holds up the page's load.`, evidence: { owner, url: request.url, durationMs: request.durationMs, page: request.page, limitMs: slowThirdPartyMs } });
  }
  return findings;
}

/** Images the network failed to deliver (4xx/5xx or no answer). */
export function failedImages(requests: ObservedRequest[]): ObservedRequest[] {
  return requests.filter((request) => request.resourceType === 'image' && ((request.status ?? 0) >= 400 || request.failure !== null));
}

export interface AppWeight {
  owner: string;
  requests: number;
  bytes: number;
  slowestMs: number;
}

/** Third parties by weight: what each app costs every page view. */
export function appWeights(requests: ObservedRequest[], storeHost: string): AppWeight[] {
  const weights = new Map<string, AppWeight>();
  for (const request of requests.filter((candidate) => isThirdParty(candidate.url, storeHost))) {
    const owner = ownerOf(request.url, storeHost).name;
    const weight = weights.get(owner) ?? { owner, requests: 0, bytes: 0, slowestMs: 0 };
    weight.requests += 1;
    weight.bytes += request.bytes ?? 0;
    weight.slowestMs = Math.max(weight.slowestMs, Math.round(request.durationMs ?? 0));
    weights.set(owner, weight);
  }
  return [...weights.values()].sort((a, b) => b.bytes - a.bytes || b.slowestMs - a.slowestMs);
}
