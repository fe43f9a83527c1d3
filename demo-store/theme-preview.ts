// Theme preview, as Shopify's CI tooling and the admin's "Preview" open it:
// `?preview_theme_id=<id>` (often with `&_fd=0&pb=0`) renders that theme for the request and a
// cookie keeps it for the following pages, so a monitor can walk a whole journey on an unpublished
// theme. An empty id, or the published theme's id, ends the preview.

import type { DemoTheme } from './themes/demo-theme.js';
import { themeById } from './themes/theme-registry.js';

/** Cookie carrying the previewed theme id between pages (Shopify keeps it in its session; name ours). */
export const PREVIEW_COOKIE = 'preview_theme_id';

export interface ThemeChoice {
  theme: DemoTheme;
  /** A Set-Cookie value to send with this response, when the preview starts or ends. */
  setCookie?: string;
}

function previewCookie(value: string, maxAgeSeconds: number): string {
  return `${PREVIEW_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax`;
}

/**
 * The theme to render: the one named by `?preview_theme_id=` (which also sets the cookie), else the
 * one the cookie names, else the published theme. An unknown id renders the published theme; Shopify
 * would show an error page instead, which no monitor needs from us.
 */
export function chooseTheme(query: URLSearchParams, cookies: ReadonlyMap<string, string>, published: DemoTheme): ThemeChoice {
  const requested = query.get('preview_theme_id');
  if (requested !== null) {
    const theme = themeById(Number(requested.trim()));
    if (!theme || theme === published) return { theme: published, setCookie: previewCookie('', 0) };
    return { theme, setCookie: previewCookie(String(theme.identity.id), 60 * 60 * 24) };
  }
  const remembered = cookies.get(PREVIEW_COOKIE);
  const theme = remembered ? themeById(Number(remembered)) : undefined;
  return { theme: theme ?? published };
}
