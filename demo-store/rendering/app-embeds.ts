// What Shopify injects at the end of <body> on every theme page, whatever the theme: app embed
// blocks (chat, popups, consent, a reviews widget) and the faults that live in them.
import { appScriptErrorFault } from '../faults/app-script-error.js';
import { blockingPopupFault } from '../faults/blocking-popup.js';
import type { FaultName } from '../faults/fault-registry.js';
import { leakSecretsFault } from '../faults/leak-secrets.js';
import { unlabelledBuyButtonFault } from '../faults/unlabelled-buy-button.js';
import type { NoiseKind } from '../noise/noise-kinds.js';
import { renderNoise } from '../noise/render-noise.js';

export function renderAppEmbeds(faults: ReadonlySet<FaultName>, noise: ReadonlySet<NoiseKind>, consentRequired: boolean): string {
  return [
    leakSecretsFault.renderAppEmbed(faults),
    appScriptErrorFault.renderAppEmbed(faults),
    unlabelledBuyButtonFault.renderAppEmbed(faults),
    renderNoise(noise, consentRequired),
    // Last, so it sits above every other embed (same z-index, later in the document).
    blockingPopupFault.renderAppEmbed(faults),
  ]
    .filter(Boolean)
    .join('\n');
}
