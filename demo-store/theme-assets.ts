// Theme assets served at /cdn/shop/t/1/assets/{file}?v={hash}, like a theme
// upload on Shopify's CDN. The atc_js_error fault swaps product-form.js for a
// broken build, the way a bad theme push or app update ships one; the ?v= hash
// changes with it so a monitor can see the asset changed.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FaultName } from './faults.js';

const ASSET_FILES = [
  'base.css',
  'global.js',
  'product-form.js',
  'product-form-broken.js',
  'product-info.js',
  'cart-notification.js',
  'cart.js',
  'pixels.js',
] as const;

export type AssetName = Exclude<(typeof ASSET_FILES)[number], 'product-form-broken.js'>;

interface LoadedAsset {
  body: string;
  version: string;
  contentType: string;
}

function load(file: string): LoadedAsset {
  const body = readFileSync(new URL(`./assets/${file}`, import.meta.url), 'utf8');
  return {
    body,
    version: createHash('sha1').update(body).digest('hex').slice(0, 10),
    contentType: file.endsWith('.css') ? 'text/css; charset=utf-8' : 'application/javascript; charset=utf-8',
  };
}

let loaded: Map<string, LoadedAsset> | undefined;

function assets(): Map<string, LoadedAsset> {
  loaded ??= new Map(ASSET_FILES.map((file) => [file, load(file)]));
  return loaded;
}

function physicalFile(name: string, faults: ReadonlySet<FaultName>): string {
  return name === 'product-form.js' && faults.has('atc_js_error') ? 'product-form-broken.js' : name;
}

export function assetUrl(name: AssetName, faults: ReadonlySet<FaultName>): string {
  const asset = assets().get(physicalFile(name, faults));
  return `/cdn/shop/t/1/assets/${name}?v=${asset?.version ?? '0'}`;
}

/** The asset a request for /cdn/shop/t/1/assets/{name} gets, or undefined (404). */
export function findAsset(name: string, faults: ReadonlySet<FaultName>): LoadedAsset | undefined {
  if (name === 'product-form-broken.js') return undefined;
  return assets().get(physicalFile(name, faults));
}
