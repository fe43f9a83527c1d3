// The themes the demo store speaks (DEMO_THEME), by name. A theme not listed here does not compile.
import { classicTheme } from './classic/classic-theme.js';
import { dawnTheme } from './dawn/dawn-theme.js';
import { horizonTheme } from './horizon/horizon-theme.js';
import type { DemoTheme, ThemeName } from './demo-theme.js';
import { THEME_NAMES } from './demo-theme.js';
import { platformAssetFolders } from '../rendering/platform-assets.js';
import type { ThemeAssets } from './theme-assets.js';

const THEMES = {
  dawn: dawnTheme,
  horizon: horizonTheme,
  classic: classicTheme,
} satisfies Record<ThemeName, DemoTheme>;

/** The theme for a DEMO_THEME value (blank means dawn); throws one line naming the valid themes. */
export function themeByName(name: string | undefined): DemoTheme {
  const cleaned = (name ?? '').trim() || 'dawn';
  if (!(THEME_NAMES as readonly string[]).includes(cleaned)) {
    throw new Error(`unknown demo-store theme "${cleaned}"; valid themes: ${THEME_NAMES.join(', ')}`);
  }
  return THEMES[cleaned as ThemeName];
}

/** The registered theme whose `identity.id` is `id` (what `?preview_theme_id=` names), if any. */
export function themeById(id: number): DemoTheme | undefined {
  return Object.values(THEMES).find((theme) => theme.identity.id === id);
}

/** Every theme's assets and Shopify's own, by URL prefix: a page keeps loading its theme's files even after the store switches theme. */
export function assetFolderFor(pathname: string): { folder: ThemeAssets; file: string } | undefined {
  for (const folder of [...Object.values(THEMES).map((theme) => theme.assets), ...platformAssetFolders]) {
    if (pathname.startsWith(folder.prefix)) return { folder, file: pathname.slice(folder.prefix.length) };
  }
  return undefined;
}
