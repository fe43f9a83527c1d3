// Product artwork served from the same-domain CDN path current stores use
// (/cdn/shop/files/…). Generated SVG keeps the repo free of binaries while still
// giving screenshots recognisable products; every <img> carries width/height.

import type { CatalogueImage } from '../catalogue.js';

/** Shopify appends a version query to file URLs; a fixed one keeps URLs stable across restarts. */
const FILE_VERSION = '1736953200';

export function imagePath(image: CatalogueImage, width?: number): string {
  return `/cdn/shop/files/${image.file}?v=${FILE_VERSION}${width ? `&width=${width}` : ''}`;
}

/** Protocol-relative URL as the product .js endpoint prints it ("//host/cdn/…"). */
export function protocolRelativeImageUrl(host: string, image: CatalogueImage): string {
  return `//${host}${imagePath(image)}`;
}

interface Artwork {
  background: string;
  body: string;
}

const ARTWORK: Record<string, Artwork> = {
  'classic-tee-black.svg': {
    background: '#ecebe7',
    body: '<path d="M370 250 L300 270 L190 350 L250 460 L320 420 L320 760 L680 760 L680 420 L750 460 L810 350 L700 270 L630 250 Q500 330 370 250 Z" fill="#1f1f1f"/><path d="M440 262 Q500 300 560 262" stroke="#3a3a3a" stroke-width="10" fill="none"/>',
  },
  'classic-tee-white.svg': {
    background: '#dfe3e6',
    body: '<path d="M370 250 L300 270 L190 350 L250 460 L320 420 L320 760 L680 760 L680 420 L750 460 L810 350 L700 270 L630 250 Q500 330 370 250 Z" fill="#fbfbfa" stroke="#c9cdd1" stroke-width="6"/><path d="M440 262 Q500 300 560 262" stroke="#c9cdd1" stroke-width="10" fill="none"/>',
  },
  'canvas-tote.svg': {
    background: '#f3efe6',
    body: '<path d="M400 360 Q400 220 500 220 Q600 220 600 360" stroke="#b8a27c" stroke-width="22" fill="none"/><rect x="300" y="350" width="400" height="420" rx="14" fill="#e3d5b8"/><rect x="300" y="350" width="400" height="40" fill="#d6c5a3"/>',
  },
  'wool-beanie.svg': {
    background: '#e9edf1',
    body: '<circle cx="500" cy="265" r="55" fill="#8797a8"/><path d="M290 600 Q290 300 500 300 Q710 300 710 600 Z" fill="#6b7b8c"/><rect x="270" y="580" width="460" height="130" rx="30" fill="#5a6979"/><g stroke="#4d5a68" stroke-width="8">' +
      [310, 360, 410, 460, 510, 560, 610, 660, 690].map((x) => `<line x1="${x}" y1="595" x2="${x}" y2="695"/>`).join('') + '</g>',
  },
  'linen-shirt.svg': {
    background: '#f4efe8',
    body: '<path d="M380 240 L300 265 L200 360 L260 470 L330 430 L330 770 L670 770 L670 430 L740 470 L800 360 L700 265 L620 240 L500 330 Z" fill="#cdb99c"/><path d="M380 240 L500 330 L450 380 Z M620 240 L500 330 L550 380 Z" fill="#bda785"/><g fill="#f4efe8">' +
      [400, 480, 560, 640, 720].map((y) => `<circle cx="500" cy="${y}" r="9"/>`).join('') + '</g>',
  },
  'ceramic-mug.svg': {
    background: '#eef2f3',
    body: '<path d="M640 420 Q760 420 760 520 Q760 620 640 620" stroke="#4f6d7a" stroke-width="40" fill="none"/><rect x="300" y="330" width="360" height="420" rx="40" fill="#4f6d7a"/><ellipse cx="480" cy="335" rx="180" ry="30" fill="#3e5864"/>',
  },
  'everyday-socks.svg': {
    background: '#f6ece6',
    body: '<path d="M420 220 L560 220 L560 560 Q560 640 640 660 L700 680 Q760 700 740 770 Q720 820 650 800 L470 740 Q420 720 420 660 Z" fill="#d97757"/><rect x="420" y="220" width="140" height="60" fill="#c4643f"/><path d="M650 700 Q720 715 730 760" stroke="#c4643f" stroke-width="26" fill="none"/>',
  },
  'leather-wallet.svg': {
    background: '#f2ebe3',
    body: '<rect x="260" y="330" width="480" height="340" rx="30" fill="#8b5a2b"/><rect x="260" y="330" width="480" height="120" rx="30" fill="#7a4d24"/><rect x="300" y="470" width="400" height="4" fill="#a87444"/><circle cx="690" cy="390" r="14" fill="#c9a27a"/>',
  },
  'soy-candle.svg': {
    background: '#f1eee8',
    body: '<rect x="340" y="400" width="320" height="360" rx="26" fill="#d8ccb6"/><rect x="340" y="520" width="320" height="120" fill="#b9a27a"/><line x1="500" y1="400" x2="500" y2="350" stroke="#333" stroke-width="8"/><path d="M500 250 Q540 310 500 350 Q460 310 500 250 Z" fill="#f2a541"/>',
  },
};

/** SVG bytes for a catalogue file name, or undefined for an unknown file (→ 404). */
export function renderProductImage(file: string): string | undefined {
  const artwork = ARTWORK[file];
  if (!artwork) return undefined;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000" viewBox="0 0 1000 1000"><rect width="1000" height="1000" fill="${artwork.background}"/>${artwork.body}</svg>`;
}
