// App embeds that make up the healthy noise (DEMO_NOISE), printed at the end of every theme page's
// <body> whatever the theme. Each embed carries its own scoped CSS and script and touches nothing of
// the theme's. The overlay nobody can close is a fault, not noise: faults/blocking-popup.ts.
import { renderConsentBanner } from './consent-banner.js';
import { renderInboxChat } from './inbox-chat.js';
import { renderMarketSelector } from './market-selector.js';
import { NOISE_KINDS, type NoiseKind } from './noise-kinds.js';
import { renderSignupPopup } from './signup-popup.js';

const NOISE_RENDERERS = {
  popup: renderSignupPopup,
  consent: renderConsentBanner,
  chat: renderInboxChat,
  market: renderMarketSelector,
} satisfies Record<NoiseKind, (consentRequired: boolean) => string>;

export function renderNoise(noise: ReadonlySet<NoiseKind>, consentRequired: boolean): string {
  return NOISE_KINDS.filter((kind) => noise.has(kind))
    .map((kind) => NOISE_RENDERERS[kind](consentRequired))
    .join('\n');
}
