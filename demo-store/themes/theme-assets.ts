// A theme's assets, served at /cdn/shop/t/{theme id}/assets/{file}?v={hash} like a theme upload
// on Shopify's CDN. A fault may swap a file for a broken build (atc_js_error ships a product form
// script that throws), the way a bad theme push or app update does; the ?v= hash changes with it
// so a monitor can see the asset changed.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FaultName } from '../faults/fault-registry.js';

interface LoadedAsset {
  body: string;
  version: string;
  contentType: string;
}

/** file name -> (fault -> the file served instead while that fault is on). */
export type FaultSwaps = Readonly<Record<string, Partial<Record<FaultName, string>>>>;

export interface ThemeAssets {
  /** Where the files are served (`/cdn/shop/t/1/assets/`). */
  prefix: string;
  /** The URL a theme prints for one of its files. */
  url(file: string, faults: ReadonlySet<FaultName>): string;
  /** The asset a request for .../assets/{file} gets, or undefined (404). */
  find(file: string, faults: ReadonlySet<FaultName>): LoadedAsset | undefined;
}

function contentType(file: string): string {
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (file.endsWith('.svg')) return 'image/svg+xml';
  return 'application/javascript; charset=utf-8';
}

/** Assets read once from `folder` (a file: URL), served under `urlPrefix` (`/cdn/shop/t/1/assets/`). */
export function createThemeAssets(urlPrefix: string, folder: URL, files: readonly string[], swaps: FaultSwaps = {}): ThemeAssets {
  let loaded: Map<string, LoadedAsset> | undefined;
  const swapFiles = new Set(Object.values(swaps).flatMap((bySwap) => Object.values(bySwap)));
  const all = (): Map<string, LoadedAsset> => {
    loaded ??= new Map(
      [...files, ...swapFiles].map((file) => {
        const body = readFileSync(new URL(file, folder), 'utf8');
        return [file, { body, version: createHash('sha1').update(body).digest('hex').slice(0, 10), contentType: contentType(file) }];
      }),
    );
    return loaded;
  };
  const physical = (file: string, faults: ReadonlySet<FaultName>): string => {
    for (const [fault, replacement] of Object.entries(swaps[file] ?? {})) if (faults.has(fault as FaultName) && replacement) return replacement;
    return file;
  };
  return {
    prefix: urlPrefix,
    url(file, faults) {
      return `${urlPrefix}${file}?v=${all().get(physical(file, faults))?.version ?? '0'}`;
    },
    find(file, faults) {
      if (swapFiles.has(file) && !files.includes(file)) return undefined;
      return all().get(physical(file, faults));
    },
  };
}
