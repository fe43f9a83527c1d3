// The variables of the run itself: the store, devices, the demo store, thresholds, storage and the
// browser. Read by playwright.config.ts, fixtures, the reporter and the CLI through config/settings.ts.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { pixelVendorNames } from '../core/pixel-vendors';
import { blankAsUnset, declareVariables, flag, hostList, listOf, oneOf, optionalListOf, optionalText, textOr, wholeNumber } from './declare-variables';

/** The devices a project can emulate; playwright.config.ts maps each to Playwright's descriptor. */
export const deviceNames = ['desktop', 'mobile'] as const;
export type DeviceName = (typeof deviceNames)[number];

const workersHint = 'use a whole number or a percentage such as 50%';

/** Playwright takes a count or a share of the cores; anything else would end in its stack trace. */
const workerCount = z
  .string()
  .optional()
  .transform((value, context): number | `${number}%` => {
    const text = value?.trim() ?? '';
    if (text === '') return 2;
    if (/^[1-9]\d*$/.test(text)) return Number(text);
    if (/^([1-9]\d?|100)%$/.test(text)) return text as `${number}%`;
    context.addIssue({ code: 'custom', message: workersHint });
    return z.NEVER;
  });

const chromiumHint = 'use the path of a Chromium binary, or leave it empty';

const shareHint = 'use a share of the page between 0 and 1, such as 0.01 for 1%';
/** A share of a page's pixels, 0 to 1 (VISUAL_WARN_RATIO, VISUAL_FAIL_RATIO). */
const pageShare = (fallback: number) => z.preprocess(blankAsUnset, z.coerce.number({ error: shareHint }).min(0, { error: shareHint }).max(1, { error: shareHint }).default(fallback));

/** CSS selectors, comma-separated as in a stylesheet; brackets, parentheses and quotes must close. */
const selectorList = optionalText.refine((text) => {
  if (text === undefined) return true;
  let depth = 0;
  let quote = '';
  for (const character of text) {
    if (quote) quote = character === quote ? '' : quote;
    else if (character === '"' || character === "'") quote = character;
    else if (character === '[' || character === '(') depth++;
    else if (character === ']' || character === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && !quote && text.split(',').every((part) => part.trim() !== '');
}, 'use CSS selectors separated by commas, such as .countdown, #reviews-carousel');

export const coreVariables = declareVariables('README', {
  // STORE_URL's entries are checked by config/stores.ts, whose lines say what to write instead.
  STORE_URL: { schema: optionalText, invalidExample: 'ftp://shop.example.com' },
  STORE_PASSWORD: { schema: optionalText, secret: true },
  PRODUCT_HANDLE: { schema: optionalText },
  COLLECTION_HANDLE: { schema: optionalText },
  PREVIEW_THEME_ID: { schema: optionalText },
  CONSENT: { schema: oneOf(['accept', 'decline'], 'accept'), invalidExample: 'maybe' },
  ADD_TO_CART_SELECTOR: { schema: optionalText },
  CHECKOUT_SELECTOR: { schema: optionalText },
  DEVICES: { schema: listOf(deviceNames), invalidExample: 'tablet' },
  // Analytics hits are answered by the monitor (intercept) or let through to the vendors (observe).
  PIXEL_MODE: { schema: oneOf(['intercept', 'observe'], 'intercept'), invalidExample: 'block' },
  PIXEL_VENDORS: { schema: optionalListOf(pixelVendorNames), invalidExample: 'myspace' },
  PIXEL_EXTRA_HOSTS: { schema: hostList, invalidExample: 'https://metrics.example.com/g/collect' },
  DEMO_STORE_PORT: { schema: wholeNumber(4311, 1, 65535), invalidExample: 'eighty' },
  // Fault and noise names are checked by the demo store when it starts (it owns the lists).
  DEMO_FAULTS: { schema: z.string().default('') },
  DEMO_THEME: { schema: oneOf(['dawn', 'horizon', 'classic'], 'dawn'), invalidExample: 'debut' },
  DEMO_CART_TYPE: { schema: oneOf(['notification', 'drawer', 'page'], 'notification'), invalidExample: 'popup' },
  DEMO_NOISE: { schema: z.string().default('') },
  DEMO_STORE_PASSWORD: { schema: textOr('nano') },
  DEMO_CONSENT_REQUIRED: { schema: flag(false), invalidExample: 'perhaps' },
  DEMO_SLOW_TTFB_MS: { schema: wholeNumber(2500, 0, 60_000), invalidExample: 'slow' },
  // The visual auditor: changed shares of a page that WARN and FAIL, and what to leave out of its shots.
  VISUAL_WARN_RATIO: { schema: pageShare(0.01), invalidExample: '5%' },
  VISUAL_FAIL_RATIO: { schema: pageShare(0.25), invalidExample: '2' },
  VISUAL_MASK: { schema: selectorList, invalidExample: '.countdown, [data-broken' },
  STEP_TIMEOUT_MS: { schema: wholeNumber(15000, 1000), invalidExample: 'soon' },
  RETRIES: { schema: wholeNumber(1), invalidExample: '-1' },
  WORKERS: { schema: workerCount, invalidExample: 'abc' },
  NANO_SRE_DB: { schema: textOr('./nano_sre.db') },
  RETENTION_DAYS: { schema: wholeNumber(90, 1), invalidExample: '-3' },
  // Days a passing check's evidence (pages, pixel matrix, vitals table) is kept in history; 0, the default: not kept.
  EVIDENCE_RETENTION_DAYS: { schema: wholeNumber(0, 0), invalidExample: 'two weeks' },
  REPORTS_DIR: { schema: textOr('reports') },
  CHROMIUM_PATH: {
    schema: optionalText.refine((path) => path === undefined || existsSync(path), chromiumHint),
    invalidExample: '/nonexistent/chromium',
  },
  /** Read by scripts/install-browser.mjs, which runs before any TypeScript can. */
  NANO_SRE_SKIP_BROWSER_INSTALL: { schema: optionalText },
  NANO_SRE_TRIGGER: { schema: optionalText },
});
