// Screenshots of checkout pages leave the machine blurred: the copy sent out is re-rendered in
// Chromium with a CSS blur over the whole image; the original stays on disk for the local report.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../config/browser';

/** Enough to make 12–20 px form text unreadable while an error banner's colour and layout still show. */
const blurRadiusPx = 8;
const blurTimeoutMs = 20_000;

/** A checkout screenshot by its name (checkout-error.png) or by the page it was taken on. */
export function isCheckoutScreenshot(path: string, pageUrls: string[] = []): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  if (/\.blurred\.png$/i.test(name)) return false; // already the copy that may leave
  return /checkout/i.test(name) || pageUrls.some((url) => /\/checkouts?(\/|$|\?)|\/throttle\/queue/.test(url));
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Writes `<name>.blurred.png` beside the original and returns its path. Throws when it cannot blur:
 * the caller must then send no screenshot at all, never the original.
 */
export async function blurCheckoutScreenshot(path: string): Promise<string> {
  const bytes = await readFile(path);
  const { width, height } = pngSize(bytes);
  const target = path.replace(/(\.png)?$/i, '.blurred.png');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(process.env.CHROMIUM_PATH), timeout: blurTimeoutMs });
  try {
    const page = await browser.newPage({ viewport: { width, height }, javaScriptEnabled: false });
    // Blur spreads edge pixels outwards; scaling up a little keeps the frame filled without a halo.
    await page.setContent(
      `<html><body style="margin:0;overflow:hidden;background:#fff"><img id="shot" src="data:image/png;base64,${bytes.toString('base64')}"
        style="display:block;width:${width}px;height:${height}px;filter:blur(${blurRadiusPx}px);transform:scale(1.03)"></body></html>`,
      { waitUntil: 'load', timeout: blurTimeoutMs },
    );
    await page.screenshot({ path: target, timeout: blurTimeoutMs, clip: { x: 0, y: 0, width, height } });
  } finally {
    await browser.close();
  }
  return target;
}
