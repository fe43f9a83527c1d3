// Horizon's assets folder: its CSS and the ES modules its import map names. Horizon is the
// shop's second theme upload, so its files live under /cdn/shop/t/2/.
import { createThemeAssets } from '../theme-assets.js';

export const HORIZON_THEME_FOLDER = 2;

/** Module specifiers of Horizon's import map (snippets/scripts.liquid) → our asset files. */
export const HORIZON_IMPORT_MAP: Readonly<Record<string, string>> = {
  '@theme/component': 'component.js',
  '@theme/utilities': 'utilities.js',
  '@shopify/events': 'standard-events.js',
  '@theme/theme-drawer': 'theme-drawer.js',
  '@theme/product-form': 'product-form.js',
  '@theme/variant-picker': 'variant-picker.js',
  '@theme/sticky-add-to-cart': 'sticky-add-to-cart.js',
};

/** Module scripts every Horizon page loads (scripts.liquid, header-actions, cart-drawer). */
export const HORIZON_GLOBAL_MODULES = [
  'theme-drawer.js',
  'variant-picker.js',
  'product-form.js',
  'quantity-selector.js',
  'cart-icon.js',
  'cart-items.js',
  'cart-drawer.js',
  'payment-button.js',
];

export const horizonAssets = createThemeAssets(
  `/cdn/shop/t/${HORIZON_THEME_FOLDER}/assets/`,
  new URL('./assets/', import.meta.url),
  [
    'base.css',
    'component.js',
    'utilities.js',
    'standard-events.js',
    ...HORIZON_GLOBAL_MODULES,
    'sticky-add-to-cart.js',
    'product-recommendations.js',
  ],
  // atc_js_error: a bad theme push ships a product form module that throws when it connects.
  { 'product-form.js': { atc_js_error: 'product-form-broken.js' } },
);
