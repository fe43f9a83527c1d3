// The seam between the demo store's platform (routes, cart, checkout, content_for_header, faults,
// noise) and a theme (Dawn, Horizon, classic): what a request gives a theme, and what a theme renders.
// Platform code never builds theme markup; themes never touch node:http.

import type { CartJson } from '../cart/cart-json.js';
import type { Catalogue, CatalogueCollection, CatalogueProduct } from '../catalogue.js';
import type { FaultName } from '../faults/fault-registry.js';
import type { PixelEvent } from '../rendering/pixel-payloads.js';
import type { ThemeAssets } from './theme-assets.js';

export const THEME_NAMES = ['dawn', 'horizon', 'classic'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** Dawn's `cart_type` theme setting; Horizon always uses its drawer, classic always the cart page. */
export const CART_TYPES = ['notification', 'drawer', 'page'] as const;
export type CartType = (typeof CART_TYPES)[number];

/** Everything a renderer may know about the request, without touching node:http. */
export interface StorefrontView {
  origin: string;
  host: string;
  path: string;
  query: URLSearchParams;
  faults: ReadonlySet<FaultName>;
  catalogue: Catalogue;
  cart: CartJson;
  searchQuery: string;
  cartType: CartType;
  themeIdentity: ThemeIdentity;
  /**
   * What Shopify injects at the end of <body> on every theme page: app embed blocks (a chat
   * widget, a newsletter popup, a consent banner) and the faults that live there. Every layout
   * prints it just before </body>.
   */
  appEmbeds: string;
  /** DEMO_CONSENT_REQUIRED, for the pixels runtime in content_for_header. */
  consentRequired: boolean;
}

export interface ThemePage {
  title: string;
  pageType: string;
  resourceType?: string;
  resourceId?: number;
  canonicalPath: string;
  description?: string;
  analyticsProduct?: Record<string, unknown>;
  /** Standard events beyond page_viewed, published by the pixel runtime on load. */
  pixelEvents?: PixelEvent[];
  /** Theme scripts this template needs, by asset file name. */
  scripts?: string[];
  main: string;
  headExtra?: string;
}

/** window.Shopify.theme, as content_for_header prints it. */
export interface ThemeIdentity {
  name: string;
  id: number;
  schema_name: string;
  schema_version: string;
  theme_store_id: number | null;
}

export type SectionRenderer = (view: StorefrontView) => string;

export interface DemoTheme {
  name: ThemeName;
  identity: ThemeIdentity;
  assets: ThemeAssets;
  home(view: StorefrontView): ThemePage;
  collection(view: StorefrontView, collection: CatalogueCollection): ThemePage;
  search(view: StorefrontView): ThemePage;
  /** The product template; the theme reads ?variant= (and its own picker parameters) from view.query. */
  product(view: StorefrontView, product: CatalogueProduct): ThemePage;
  cart(view: StorefrontView): ThemePage;
  notFound(view: StorefrontView): ThemePage;
  contact(view: StorefrontView, posted: boolean): ThemePage;
  /** layout/theme.liquid: the whole document around a template. */
  renderDocument(view: StorefrontView, page: ThemePage): string;
  /** The Section Rendering API's ids (`?section_id=`, `?sections=`, cart mutations' `sections`). */
  sections: Readonly<Record<string, SectionRenderer>>;
}
