// Dawn's assets folder: its CSS and the scripts its templates load.
import { createThemeAssets } from '../theme-assets.js';

export const DAWN_THEME_ID = 1;

export const dawnAssets = createThemeAssets(
  `/cdn/shop/t/${DAWN_THEME_ID}/assets/`,
  new URL('./assets/', import.meta.url),
  [
    'base.css',
    'component-cart-drawer.css',
    'global.js',
    'animations.js',
    'product-form.js',
    'product-info.js',
    'quick-add.js',
    'payment-button.js',
    'cart-notification.js',
    'cart.js',
    'cart-drawer.js',
    'recently-viewed.js',
  ],
  // atc_js_error: a bad theme push ships a product form script that throws on load.
  { 'product-form.js': { atc_js_error: 'product-form-broken.js' } },
);
