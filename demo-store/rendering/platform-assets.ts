// Files Shopify itself serves to every storefront whatever the theme: the web pixels runtime that
// content_for_header loads from /cdn/wpm/, and the one-page checkout's stylesheet (checkout is
// Shopify's own app and never loads theme CSS).
import { createThemeAssets, type ThemeAssets } from '../themes/theme-assets.js';

const folder = new URL('../assets/', import.meta.url);

export const webPixelsAssets = createThemeAssets('/cdn/wpm/', folder, ['pixels.js']);

export const checkoutAssets = createThemeAssets('/cdn/shopifycloud/checkout-web/assets/', folder, ['checkout.css']);

export const platformAssetFolders: readonly ThemeAssets[] = [webPixelsAssets, checkoutAssets];
