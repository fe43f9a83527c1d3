// The Section Rendering API (`?section_id=` / `?sections=` on any page, and the `sections` field
// of cart mutations), answered from the active theme's section renderers: an unknown id is a 404
// (single) or null (map), as on Shopify.
import type { DemoTheme, StorefrontView } from './demo-theme.js';

/** Shopify caps `sections=` at five ids per request. */
export const MAX_SECTIONS = 5;

/** One section wrapped as Shopify serves it, or undefined for an unknown id. */
export function renderSection(theme: DemoTheme, id: string, view: StorefrontView): string | undefined {
  const renderer = theme.sections[id];
  if (!renderer) return undefined;
  return `<div id="shopify-section-${id}" class="shopify-section">${renderer(view)}</div>`;
}

/** The `sections` map: id → HTML, or null for ids that failed to render. */
export function renderSectionMap(theme: DemoTheme, ids: readonly string[], view: StorefrontView): Record<string, string | null> {
  const map: Record<string, string | null> = {};
  for (const id of ids.slice(0, MAX_SECTIONS)) map[id] = renderSection(theme, id, view) ?? null;
  return map;
}
