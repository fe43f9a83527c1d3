// What Shopify injects at the end of <body> on every theme page, whatever the theme: app embed
// blocks (chat, popups, consent, a reviews widget) and the faults that live in them.
import { appEmbedErrorSnippet } from './app-embed-error.js';
import type { FaultName } from './faults.js';
import { leakSecretsSnippet } from './leak-secrets.js';
import type { NoiseKind } from './noise/noise-kinds.js';
import { renderNoise } from './noise/render-noise.js';
import { unlabelledBuyButtonSnippet } from './unlabelled-buy-button.js';

export function renderAppEmbeds(faults: ReadonlySet<FaultName>, noise: ReadonlySet<NoiseKind>): string {
  return [leakSecretsSnippet(faults), appEmbedErrorSnippet(faults), unlabelledBuyButtonSnippet(faults), renderNoise(noise, faults)].filter(Boolean).join('\n');
}
