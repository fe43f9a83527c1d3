// Storefront password protection (password_page fault). While on, every
// storefront URL, JSON and Ajax included, 302s to /password (SHOPIFY-FACTS
// §1.6); the right password sets `storefront_digest` and unlocks that browser.

import { createHash } from 'node:crypto';
import type { RequestContext } from '../request-context.js';
import { bodyObject, parseBody } from './request-body.js';
import { cartForRead } from '../request-context.js';
import { cartJson } from '../cart/cart-json.js';
import { redirect, sendHtml } from './respond.js';
import { renderPasswordPage } from '../rendering/render-password.js';

/** Paths a locked store still serves: the password page itself, static files, beacons, robots. */
function isExempt(pathname: string): boolean {
  return (
    pathname === '/password' ||
    pathname === '/robots.txt' ||
    pathname === '/favicon.ico' ||
    pathname.startsWith('/cdn/') ||
    pathname.startsWith('/.well-known/shopify/monorail/')
  );
}

export function storefrontDigest(password: string): string {
  return createHash('sha256').update(`nano-demo:${password}`).digest('hex');
}

function isUnlocked(context: RequestContext): boolean {
  return context.cookies.get('storefront_digest') === storefrontDigest(context.state.password);
}

/** True when the request was answered with a redirect to /password. */
export function redirectIfLocked(context: RequestContext): boolean {
  if (!context.faults.has('password_page') || isExempt(context.url.pathname) || isUnlocked(context)) return false;
  context.request.resume();
  redirect(context, '/password');
  return true;
}

async function sendPasswordPage(context: RequestContext, status: number, wrongPassword: boolean): Promise<void> {
  const cart = cartJson(context.origin, context.catalogue, cartForRead(context));
  await sendHtml(context, status, renderPasswordPage({ origin: context.origin, host: context.host, faults: context.faults, theme: context.theme.identity, cart, wrongPassword }), { themeRendered: true });
}

/**
 * /password. Status 401 mirrors what crawlers report for locked Shopify stores;
 * monitors should detect the lock by the final URL path, not the status.
 */
export async function handlePasswordRoute(context: RequestContext): Promise<boolean> {
  if (context.url.pathname !== '/password') return false;
  const locked = context.faults.has('password_page');
  if (context.method === 'POST') {
    const form = bodyObject(await parseBody(context.request)) ?? {};
    if (typeof form.password === 'string' && form.password === context.state.password) {
      context.response.appendHeader('set-cookie', `storefront_digest=${storefrontDigest(context.state.password)}; Path=/; HttpOnly; SameSite=Lax`);
      redirect(context, '/');
    } else {
      await sendPasswordPage(context, 401, true);
    }
    return true;
  }
  if (!locked || isUnlocked(context)) redirect(context, '/');
  else await sendPasswordPage(context, 401, false);
  return true;
}
