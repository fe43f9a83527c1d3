// App embeds that make up the healthy noise (DEMO_NOISE) and the overlay fault (blocking_popup),
// printed at the end of every theme page's <body> whatever the theme. Each embed carries its own
// scoped CSS and script and touches nothing of the theme's.
import type { FaultName } from '../faults.js';
import { renderBlockingOverlay } from './blocking-overlay.js';
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
} satisfies Record<NoiseKind, () => string>;

export function renderNoise(noise: ReadonlySet<NoiseKind>, faults: ReadonlySet<FaultName>): string {
  const embeds = NOISE_KINDS.filter((kind) => noise.has(kind)).map((kind) => NOISE_RENDERERS[kind]());
  // Last, so it sits above every other embed (same z-index, later in the document).
  if (faults.has('blocking_popup')) embeds.push(renderBlockingOverlay());
  return embeds.join('\n');
}
