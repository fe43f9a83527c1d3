// Errors a shopper never notices and a merchant cannot fix, kept out of the doctor's findings. Each
// entry says why; a message that matches stays in the evidence log but never becomes a finding.

export const harmlessMessages: ReadonlyArray<{ pattern: RegExp; why: string }> = [
  { pattern: /\[Deprecation\]|is deprecated|will be removed in/i, why: 'browser deprecation notices: the feature still works' },
  { pattern: /^Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/i, why: 'a request blocked in the browser (an ad blocker, or the monitor intercepting a beacon)' },
  // The network check reports failed requests itself, with the URL and status; the console line adds nothing.
  { pattern: /^Failed to load resource:/i, why: 'duplicates a failed request the network check reports' },
  { pattern: /^Access to .* from origin .* has been blocked by CORS policy.*(google-analytics|facebook|tiktok|doubleclick|pinterest|snapchat|klaviyo)/i, why: 'an analytics beacon refused by CORS: no shopper feature depends on it' },
  { pattern: /ResizeObserver loop (limit exceeded|completed with undelivered notifications)/i, why: 'a benign browser notice that layout changed during a resize callback' },
  { pattern: /^Uncaught \(in promise\) AbortError|The user aborted a request|signal is aborted/i, why: 'a request the page cancelled itself (navigation, a superseded search)' },
];

/** Script and request URLs that are not the store's: browser extensions and the monitor's own interception. */
export const harmlessUrls: ReadonlyArray<{ pattern: RegExp; why: string }> = [
  { pattern: /^(chrome|moz|safari)-extension:\/\//, why: 'a browser extension, not the store' },
];

export function isHarmless(message: string, url: string | null = null): boolean {
  return harmlessMessages.some((entry) => entry.pattern.test(message)) || (url !== null && harmlessUrls.some((entry) => entry.pattern.test(url)));
}
