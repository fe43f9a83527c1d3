// Scripts Shopify itself serves to every storefront whatever the theme: the web pixels runtime
// that content_for_header loads from /cdn/wpm/.
import { createThemeAssets } from './themes/theme-assets.js';

export const PLATFORM_ASSET_PREFIX = '/cdn/wpm/';

export const platformAssets = createThemeAssets(PLATFORM_ASSET_PREFIX, new URL('./assets/', import.meta.url), ['pixels.js']);
