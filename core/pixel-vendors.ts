// The analytics and ad vendors the monitor knows on the wire: the names PIXEL_VENDORS takes, the
// analytics interception labels hits with, and the pixel auditor judges by.
export const pixelVendorNames = ['shopify', 'ga4', 'google-ads', 'meta', 'tiktok', 'pinterest', 'snapchat', 'klaviyo'] as const;
export type PixelVendor = (typeof pixelVendorNames)[number];

/** How people name each vendor in a finding. */
export const pixelVendorTitles: Record<PixelVendor, string> = {
  shopify: "Shopify's own analytics (web pixels manager)",
  ga4: 'Google Analytics 4',
  'google-ads': 'Google Ads',
  meta: 'Meta Pixel',
  tiktok: 'TikTok Pixel',
  pinterest: 'Pinterest Tag',
  snapchat: 'Snap Pixel',
  klaviyo: 'Klaviyo',
};
