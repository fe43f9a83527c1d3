// The pixel auditor's judgement, pure: the decoded events, split by journey step and by the moment the
// shopper answered the cookie banner, checked per vendor against the funnel each vendor is expected to
// fire and against ground truth read from the store (currency, prices, ids). Gives the matrix
// (vendor x step: fired, missing, duplicate, wrong) and the findings, in words a merchant reads.
import { pixelVendorTitles, type PixelVendor } from '../../core/pixel-vendors';
import { funnelEvents, type FunnelEvent, type PixelEvent } from './decoders';

export const journeySteps = ['home', 'collection', 'product', 'add_to_cart', 'cart', 'checkout'] as const;
export type JourneyStep = (typeof journeySteps)[number];

/** What each step of a shopper's visit should make a vendor send. */
const eventsAtStep: Record<JourneyStep, FunnelEvent[]> = {
  home: ['page_view'],
  collection: ['page_view'],
  product: ['page_view', 'view_item'],
  add_to_cart: ['add_to_cart'],
  cart: ['page_view', 'view_cart'],
  checkout: ['page_view', 'begin_checkout'],
};

/**
 * The funnel events each vendor's standard Shopify integration sends (its channel app or onsite tag).
 * A vendor without a cart-view event is not asked for one; Google Ads conversions are store-specific labels.
 */
export const vendorFunnel: Record<PixelVendor, readonly FunnelEvent[]> = {
  shopify: ['page_view', 'view_item', 'add_to_cart', 'view_cart', 'begin_checkout'],
  ga4: ['page_view', 'view_item', 'add_to_cart', 'begin_checkout'],
  'google-ads': [],
  meta: ['page_view', 'view_item', 'add_to_cart', 'begin_checkout'],
  tiktok: ['page_view', 'view_item', 'add_to_cart', 'begin_checkout'],
  pinterest: ['page_view', 'add_to_cart'],
  snapchat: ['page_view', 'view_item', 'add_to_cart', 'begin_checkout'],
  klaviyo: ['view_item', 'add_to_cart'],
};

/** A missing add to cart or begin checkout breaks conversion optimisation; the others only thin reports. */
const criticalEvents: readonly FunnelEvent[] = ['add_to_cart', 'begin_checkout'];
/** Vendors whose funnel events carry money; a missing value there is revenue 0 in the vendor's reports. */
const valueVendors: readonly PixelVendor[] = ['ga4', 'meta', 'tiktok', 'pinterest', 'snapchat'];
/** Shopify's own analytics is the platform's, governed by its own consent rules, not a marketing pixel. */
const necessaryVendors: ReadonlyArray<PixelEvent['vendor']> = ['shopify'];

export interface ProductTruth {
  productId: string;
  variantIds: string[];
  skus: string[];
  /** Every variant's price, major units. */
  prices: number[];
}

export interface CartTruth {
  lines: Array<{ productId: string; variantId: string; sku: string | null }>;
  /** The cart's total, major units. */
  total: number;
}

export interface GroundTruth {
  /** The shop's active currency (`Shopify.currency.active`). */
  currency: string;
  product?: ProductTruth;
  /** The line the shopper added: price x quantity, major units. */
  added?: { productId: string; variantId: string; sku: string | null; value: number };
  cart?: CartTruth;
}

export interface ConsentFacts {
  choice: 'accept' | 'decline';
  /** The store asked for consent before tracking (its Customer Privacy API said so before the answer). */
  required: boolean;
  answeredAt: number | undefined;
}

export type KnownVendorSource = 'PIXEL_VENDORS' | 'seen in this run' | 'configured in the web pixels manager' | 'seen in the last 7 days';

export interface AuditInput {
  events: PixelEvent[];
  /** When each step the journey reached began, in order. */
  steps: Array<{ step: JourneyStep; startedAt: number }>;
  knownVendors: Map<PixelVendor, KnownVendorSource>;
  truth: GroundTruth;
  consent: ConsentFacts;
}

export interface MatrixCell {
  fired: string[];
  missing: FunnelEvent[];
  duplicate: string[];
  wrong: string[];
}

export interface MatrixRow {
  vendor: PixelEvent['vendor'];
  vendorIds: string[];
  knownFrom: KnownVendorSource | 'not expected';
  cells: Partial<Record<JourneyStep, MatrixCell>>;
}

export interface AuditFinding {
  code: string;
  level: 'fail' | 'warn';
  message: string;
  evidence: Record<string, unknown>;
}

export interface AuditOutcome {
  matrix: MatrixRow[];
  findings: AuditFinding[];
}

/** Which step an event belongs to: the last step that began at or before it. */
function stepOf(steps: AuditInput['steps'], at: number): JourneyStep | undefined {
  let current: JourneyStep | undefined;
  for (const { step, startedAt } of steps) if (startedAt <= at) current = step;
  return current;
}

function pagePath(url: string | null): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

const isFunnelEvent = (name: string): name is FunnelEvent => (funnelEvents as readonly string[]).includes(name);
const title = (vendor: PixelEvent['vendor']): string => (vendor === 'datalayer' ? 'the dataLayer' : pixelVendorTitles[vendor]);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 0.011;

/** An item id names the product when it is its id, a variant's id or SKU, or a feed id built from them (shopify_US_{product}_{variant}). */
function namesProduct(id: string, productId: string, variantIds: string[], skus: Array<string | null>): boolean {
  if (id === productId || variantIds.includes(id) || skus.includes(id)) return true;
  const parts = id.split(/[_:/-]/);
  return parts.includes(productId) || variantIds.some((variantId) => parts.includes(variantId));
}

function wrongValue(event: PixelEvent, truth: GroundTruth): string | undefined {
  const { value } = event;
  if (value === null) {
    const vendor = event.vendor as PixelVendor;
    return valueVendors.includes(vendor) && criticalEvents.includes(event.name as FunnelEvent) ? 'sends no value (revenue 0)' : undefined;
  }
  switch (event.name) {
    case 'view_item':
      return truth.product && !truth.product.prices.some((price) => near(price, value)) ? `value ${value} is no price of the product (${[...new Set(truth.product.prices)].join(', ')})` : undefined;
    case 'add_to_cart':
      return truth.added && !near(truth.added.value, value) ? `value ${value}, the line added costs ${truth.added.value}` : undefined;
    case 'view_cart':
      return truth.cart && !near(truth.cart.total, value) ? `value ${value}, the cart totals ${truth.cart.total}` : undefined;
    case 'begin_checkout': {
      // Checkout may add tax and shipping to the cart's total; cents sent as units or a zero are still caught.
      if (!truth.cart) return undefined;
      const ratio = value / truth.cart.total;
      return ratio < 0.99 || ratio > 1.5 ? `value ${value}, the cart totals ${truth.cart.total}` : undefined;
    }
    default:
      return undefined;
  }
}

function wrongItems(event: PixelEvent, truth: GroundTruth): string | undefined {
  if (!event.itemIds.length) return undefined;
  let matches: (id: string) => boolean;
  if ((event.name === 'view_item' || event.name === 'add_to_cart') && truth.product) {
    const product = truth.product;
    matches = (id) => namesProduct(id, product.productId, product.variantIds, product.skus);
  } else if ((event.name === 'view_cart' || event.name === 'begin_checkout') && truth.cart) {
    const lines = truth.cart.lines;
    matches = (id) => lines.some((line) => namesProduct(id, line.productId, [line.variantId], [line.sku]));
  } else {
    return undefined;
  }
  const unknown = event.itemIds.filter((id) => !matches(id));
  return unknown.length ? `item ids ${unknown.join(', ')} name nothing the shopper ${event.name === 'view_item' ? 'viewed' : 'had in the cart'}` : undefined;
}

export function auditFunnel(input: AuditInput): AuditOutcome {
  const { consent, truth } = input;
  const findings: AuditFinding[] = [];
  const reached = new Set(input.steps.map((entry) => entry.step));
  const declined = consent.choice === 'decline' && consent.answeredAt !== undefined;
  const events = input.events.map((event) => ({ event, step: stepOf(input.steps, event.at) })).filter((entry): entry is { event: PixelEvent; step: JourneyStep } => entry.step !== undefined);

  const vendors = new Set<PixelEvent['vendor']>([...input.knownVendors.keys(), ...events.map(({ event }) => event.vendor)]);
  const matrix: MatrixRow[] = [];
  for (const vendor of vendors) {
    const known = vendor === 'datalayer' ? undefined : input.knownVendors.get(vendor);
    const own = events.filter(({ event }) => event.vendor === vendor);
    const vendorIds = [...new Set(own.map(({ event }) => event.vendorId).filter((id): id is string => id !== null))];
    const row: MatrixRow = { vendor, vendorIds, knownFrom: known ?? 'not expected', cells: {} };
    matrix.push(row);
    // A vendor that honours the shopper's "no" is expected to stay silent after it: that is not a fault.
    const honoursDecline = declined && !necessaryVendors.includes(vendor);
    const expected = known && !honoursDecline && vendor !== 'datalayer' ? vendorFunnel[vendor] : [];

    if (known && !honoursDecline && own.length === 0) {
      findings.push({
        code: 'pixel.vendor_silent',
        level: 'fail',
        message: `${title(vendor)} sent nothing on any page of the journey, although the store uses it (${known}).`,
        evidence: { vendor, knownFrom: known, stepsReached: [...reached] },
      });
    }

    for (const step of journeySteps.filter((candidate) => reached.has(candidate))) {
      const here = own.filter((entry) => entry.step === step).map(({ event }) => event);
      const counts = new Map<string, number>();
      for (const event of here) counts.set(event.name, (counts.get(event.name) ?? 0) + 1);
      const cell: MatrixCell = { fired: [...counts].map(([name, count]) => (count > 1 ? `${name} x${count}` : name)), missing: [], duplicate: [], wrong: [] };
      row.cells[step] = cell;
      if (own.length > 0) cell.missing = eventsAtStep[step].filter((name) => expected.includes(name) && !counts.has(name));

      // The classic double install: the same event twice for one page view (or one click).
      const perPage = new Map<string, PixelEvent[]>();
      for (const event of here.filter((candidate) => isFunnelEvent(candidate.name))) {
        const key = `${event.vendorId}|${event.name}|${event.name === 'add_to_cart' ? '' : pagePath(event.pageUrl)}`;
        perPage.set(key, [...(perPage.get(key) ?? []), event]);
      }
      for (const group of perPage.values()) if (group.length > 1) cell.duplicate.push(`${group[0].name} x${group.length}${group[0].pageUrl ? ` on ${pagePath(group[0].pageUrl)}` : ''}`);

      for (const event of here.filter((candidate) => isFunnelEvent(candidate.name))) {
        if (event.currency && event.currency !== truth.currency) cell.wrong.push(`${event.name}: currency ${event.currency}, the shop sells in ${truth.currency}`);
        const value = wrongValue(event, truth);
        if (value) cell.wrong.push(`${event.name}: ${value}`);
        const items = wrongItems(event, truth);
        if (items) cell.wrong.push(`${event.name}: ${items}`);
      }
    }
    findings.push(...vendorFindings(row));
  }

  findings.push(...consentFindings(events.map(({ event }) => event), consent));
  return { matrix, findings };
}

/** One finding per vendor and kind of problem, naming the steps; the matrix keeps every cell. */
function vendorFindings(row: MatrixRow): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const name = title(row.vendor);
  const cells = Object.entries(row.cells) as Array<[JourneyStep, MatrixCell]>;

  const missing = cells.flatMap(([step, cell]) => cell.missing.map((event) => ({ step, event })));
  if (missing.length) {
    const critical = missing.some(({ event }) => criticalEvents.includes(event));
    findings.push({
      code: 'pixel.event_missing',
      level: critical ? 'fail' : 'warn',
      message: `${name} did not send ${missing.map(({ event, step }) => `${event} (${step.replace(/_/g, ' ')})`).join(', ')}.`,
      evidence: { vendor: row.vendor, vendorIds: row.vendorIds, missing },
    });
  }
  const duplicates = cells.flatMap(([step, cell]) => cell.duplicate.map((what) => `${what} (${step.replace(/_/g, ' ')})`));
  if (duplicates.length) {
    findings.push({ code: 'pixel.duplicate_event', level: 'warn', message: `${name} sent the same event more than once for one page view: ${duplicates.join('; ')}. Two installs of the same tag double every conversion.`, evidence: { vendor: row.vendor, vendorIds: row.vendorIds, duplicates } });
  }
  const wrong = cells.flatMap(([step, cell]) => cell.wrong.map((what) => ({ step, what })));
  for (const [code, pattern] of [['pixel.wrong_currency', /: currency /], ['pixel.wrong_value', /: (value|sends no value)/], ['pixel.wrong_item', /: item ids /]] as const) {
    const matching = [...new Set(wrong.filter(({ what }) => pattern.test(what)).map(({ what }) => what))];
    if (matching.length) findings.push({ code, level: 'warn', message: `${name}: ${matching.join('; ')}.`, evidence: { vendor: row.vendor, vendorIds: row.vendorIds, problems: matching } });
  }
  if (row.vendor !== 'shopify' && row.vendor !== 'datalayer' && row.vendorIds.length > 1) {
    findings.push({ code: 'pixel.multiple_ids', level: 'warn', message: `${name} sent to ${row.vendorIds.length} different ids (${row.vendorIds.join(', ')}) in one visit: reports are split across properties.`, evidence: { vendor: row.vendor, vendorIds: row.vendorIds } });
  }
  return findings;
}

function consentFindings(events: PixelEvent[], consent: ConsentFacts): AuditFinding[] {
  const tracking = events.filter((event) => !necessaryVendors.includes(event.vendor) && event.vendor !== 'datalayer');
  const summary = (list: PixelEvent[]): string[] => [...new Set(list.map((event) => `${title(event.vendor)} ${event.rawName}`))];
  const findings: AuditFinding[] = [];
  if (consent.required) {
    const early = tracking.filter((event) => consent.answeredAt === undefined || event.at < consent.answeredAt);
    if (early.length) {
      findings.push({
        code: 'pixel.before_consent',
        level: 'warn',
        message: `Tracking fired before the shopper answered the cookie banner, where the store asks for consent: ${summary(early).slice(0, 6).join(', ')}.`,
        evidence: { events: summary(early), answeredAt: consent.answeredAt ?? null },
      });
    }
  }
  if (consent.choice === 'decline' && consent.answeredAt !== undefined) {
    const late = tracking.filter((event) => event.at >= consent.answeredAt!);
    if (late.length) {
      findings.push({ code: 'pixel.after_decline', level: 'warn', message: `Tracking went on after the shopper declined cookies: ${summary(late).slice(0, 6).join(', ')}.`, evidence: { events: summary(late) } });
    }
  }
  return findings;
}
