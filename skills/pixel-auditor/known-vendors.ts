// Which vendors the store uses, so a vendor that went silent everywhere is caught rather than taken
// for one the store never had: PIXEL_VENDORS when set; otherwise every vendor seen in this run, every
// pixel the web pixels manager is configured with (Shopify's channel apps register there), and every
// vendor the auditor saw on this store in the last seven days.
import type { Page } from '@playwright/test';
import { pixelVendorNames, type PixelVendor } from '../../core/pixel-vendors';
import { recentPixelVendors } from '../../db/baseline-reads';
import type { KnownVendorSource } from './funnel-audit';

const historyDays = 7;

/** Signs of each vendor in the web-pixels-manager setup script (its configuration strings are escaped JSON). */
const configuredSigns: Array<{ vendor: PixelVendor; sign: RegExp }> = [
  { vendor: 'ga4', sign: /"G-[A-Z0-9]{4,}"/ },
  { vendor: 'google-ads', sign: /"AW-\d+/ },
  { vendor: 'meta', sign: /facebook_pixel|"pixel_id"\s*:/ },
  { vendor: 'tiktok', sign: /"pixelCode"\s*:/ },
  { vendor: 'pinterest', sign: /"tagI[dD]"\s*:/ },
  { vendor: 'snapchat', sign: /"snap(chat)?_?pixel_?id"\s*:/i },
  { vendor: 'klaviyo', sign: /klaviyo/i },
];

/** The vendors the page's web-pixels-manager setup names (none on a store without it). */
export async function configuredVendors(page: Page): Promise<PixelVendor[]> {
  const setup = await page.locator('script#web-pixels-manager-setup').first().textContent({ timeout: 2000 }).catch(() => null);
  if (!setup) return [];
  const text = setup.replace(/\\+"/g, '"');
  return configuredSigns.filter(({ sign }) => sign.test(text)).map(({ vendor }) => vendor);
}

export interface KnownVendorInputs {
  configured: PixelVendor[] | undefined;
  seen: Iterable<PixelVendor>;
  inSetup: PixelVendor[];
  databasePath: string;
  storeUrl: string;
  now: Date;
}

export function knownVendors(inputs: KnownVendorInputs): Map<PixelVendor, KnownVendorSource> {
  if (inputs.configured) return new Map(inputs.configured.map((vendor) => [vendor, 'PIXEL_VENDORS']));
  const known = new Map<PixelVendor, KnownVendorSource>();
  const since = new Date(inputs.now.getTime() - historyDays * 24 * 60 * 60 * 1000).toISOString();
  const recent = recentPixelVendors(inputs.databasePath, inputs.storeUrl, since).filter((name): name is PixelVendor => (pixelVendorNames as readonly string[]).includes(name));
  for (const vendor of inputs.seen) known.set(vendor, 'seen in this run');
  for (const vendor of inputs.inSetup) if (!known.has(vendor)) known.set(vendor, 'configured in the web pixels manager');
  for (const vendor of recent) if (!known.has(vendor)) known.set(vendor, 'seen in the last 7 days');
  return known;
}
