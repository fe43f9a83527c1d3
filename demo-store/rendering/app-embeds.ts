// What Shopify injects at the end of <body> on every theme page, whatever the theme: app embed
// blocks (chat, popups, consent, a reviews widget) and the faults that live in them.
import { appScriptErrorFault } from '../faults/app-script-error.js';
import { blockingPopupFault } from '../faults/blocking-popup.js';
import type { FaultName } from '../faults/fault-registry.js';
import { leakSecretsFault } from '../faults/leak-secrets.js';
import { unlabelledBuyButtonFault } from '../faults/unlabelled-buy-button.js';
import { consoleErrorFloodFault } from '../faults/console-error-flood.js';
import { secretInSourceFault } from '../faults/secret-in-source.js';
import { appScriptSlowFault } from '../faults/app-script-slow.js';
import { heavyPageFault } from '../faults/heavy-page.js';
import { layoutShiftFault } from '../faults/layout-shift.js';
import { atcHiddenFault } from '../faults/atc-hidden.js';
import { mobileOverflowFault } from '../faults/mobile-overflow.js';
import { appExtensionAssets } from './platform-assets.js';
import type { NoiseKind } from '../noise/noise-kinds.js';
import { renderNoise } from '../noise/render-noise.js';

/** `storeHost` (host:port) lets an app embed point at the app's own server, on another host name. */
export function renderAppEmbeds(faults: ReadonlySet<FaultName>, noise: ReadonlySet<NoiseKind>, consentRequired: boolean, storeHost: string): string {
  return [
    // Always on: a bundles widget that reads the product through the Storefront API.
    `<div id="shopify-block-bundles-embed" class="shopify-block shopify-app-block"></div>\n<script src="${appExtensionAssets.url('bundles-widget.js', faults)}" defer></script>`,
    leakSecretsFault.renderAppEmbed(faults),
    appScriptErrorFault.renderAppEmbed(faults),
    unlabelledBuyButtonFault.renderAppEmbed(faults),
    consoleErrorFloodFault.renderAppEmbed(faults),
    secretInSourceFault.renderAppEmbed(faults),
    appScriptSlowFault.renderAppEmbed(faults, storeHost),
    heavyPageFault.renderAppEmbed(faults),
    layoutShiftFault.renderAppEmbed(faults),
    atcHiddenFault.renderAppEmbed(faults),
    mobileOverflowFault.renderAppEmbed(faults),
    renderNoise(noise, consentRequired),
    // Last, so it sits above every other embed (same z-index, later in the document).
    blockingPopupFault.renderAppEmbed(faults),
  ]
    .filter(Boolean)
    .join('\n');
}
