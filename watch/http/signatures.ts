// Constant-time checks of what callers present: GitHub's and Shopify's HMACs of the raw body, and the
// bearer token of /hooks/run. Both sides are hashed to equal length first, so length leaks nothing.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

function digest(text: string | Buffer): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Equal in constant time, whatever the lengths. */
export function safeEqual(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

/** X-Hub-Signature-256: `sha256=` + hex HMAC-SHA256 of the raw body. */
export function githubSignature(secret: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** X-Shopify-Hmac-Sha256: base64 HMAC-SHA256 of the raw body. */
export function shopifySignature(secret: string, body: Buffer): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

export function verifyGithub(secret: string, body: Buffer, header: string | undefined): boolean {
  return header !== undefined && safeEqual(githubSignature(secret, body), header.trim());
}

export function verifyShopify(secret: string, body: Buffer, header: string | undefined): boolean {
  return header !== undefined && safeEqual(shopifySignature(secret, body), header.trim());
}

export function verifyBearer(token: string, header: string | undefined): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  return match !== null && safeEqual(token, match[1]);
}
