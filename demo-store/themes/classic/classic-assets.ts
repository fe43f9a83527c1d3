// The classic (Debut-style) theme's assets folder, uploaded as the store's third theme (/t/3/).
import { createThemeAssets } from '../theme-assets.js';

export const CLASSIC_THEME_FOLDER = 3;

export const classicAssets = createThemeAssets(
  `/cdn/shop/t/${CLASSIC_THEME_FOLDER}/assets/`,
  new URL('./assets/', import.meta.url),
  ['theme.css', 'theme.js', 'product-form.js', 'payment-button.js'],
  // atc_js_error: a theme update re-enabled the Ajax cart popup, whose markup this store no longer
  // renders; the new product-form.js cancels the native post and then throws.
  { 'product-form.js': { atc_js_error: 'product-form-broken.js' } },
);
