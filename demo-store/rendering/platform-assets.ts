// Files Shopify itself serves to every storefront whatever the theme: the web pixels runtime that
// content_for_header loads from /cdn/wpm/, the one-page checkout's stylesheet (checkout is Shopify's
// own app and never loads theme CSS), and the scripts of the apps' theme app extensions.
import { createThemeAssets, type ThemeAssets } from '../themes/theme-assets.js';

const folder = new URL('../assets/', import.meta.url);

export const webPixelsAssets = createThemeAssets('/cdn/wpm/', folder, ['pixels.js']);

export const checkoutAssets = createThemeAssets('/cdn/shopifycloud/checkout-web/assets/', folder, ['checkout.css']);

/** Theme app extensions' assets, served as Shopify serves app embed files (/cdn/shop/extensions/{uuid}/assets/). */
export const appExtensionAssets = createThemeAssets('/cdn/shop/extensions/3f1c2a9e-7b4d-4e2a-9c61-5d8e0f2b7a10/assets/', new URL('../assets/apps/', import.meta.url), ['reviews-widget.js', 'loyalty-widget.js', 'bundles-widget.js']);

export const platformAssetFolders: readonly ThemeAssets[] = [webPixelsAssets, checkoutAssets, appExtensionAssets];
