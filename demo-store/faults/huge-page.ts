// The huge_page fault: a reviews app block prints every review of the product into the product page,
// once as an inline JSON blob for its script and once as markup, as review and UGC apps do on stores
// with years of reviews. The page is about 20 MB of HTML and still works: buying is unchanged.

import { escapeHtml, jsonForScript } from '../rendering/html.js';
import type { RequestContext } from '../request-context.js';
import type { ThemePage } from '../themes/demo-theme.js';
import type { FaultModule } from './demo-fault.js';

const TARGET_BYTES = 20 * 1024 * 1024;
/** The widget prints this share of the page as review markup; the rest is the JSON its script reads. */
const MARKUP_SHARE = 0.1;

const PHRASES = [
  'Fits true to size and the fabric feels heavier than I expected.',
  'Arrived quickly, well packed, and the colour matches the photos.',
  'Second one I have bought; the first still looks new after a year of washing.',
  'A little long in the sleeves but the quality makes up for it.',
  'Bought it as a gift and it was a hit. Would order again.',
];

interface Review {
  id: number;
  rating: number;
  title: string;
  body: string;
  author: string;
  verified_buyer: boolean;
  created_at: string;
  helpful_votes: number;
}

function review(index: number): Review {
  const body = Array.from({ length: 4 }, (_, offset) => PHRASES[(index + offset) % PHRASES.length]).join(' ');
  return {
    id: 900000000 + index,
    rating: 5 - (index % 3),
    title: `Review ${index + 1}: ${PHRASES[index % PHRASES.length]?.split(' ').slice(0, 4).join(' ')}`,
    body,
    author: `Customer ${(index * 7919) % 100000}`,
    verified_buyer: index % 4 !== 0,
    created_at: new Date(Date.UTC(2019, 0, 1) + index * 3_600_000).toISOString(),
    helpful_votes: index % 17,
  };
}

function reviewMarkup(item: Review): string {
  return `<article class="review" data-review-id="${item.id}"><h3 class="review__title">${escapeHtml(item.title)}</h3><p class="review__rating" aria-label="${item.rating} out of 5 stars">${'★'.repeat(item.rating)}</p><p class="review__body">${escapeHtml(item.body)}</p><p class="review__author">${escapeHtml(item.author)}${item.verified_buyer ? ' (verified buyer)' : ''}</p></article>`;
}

let cachedBlock: string | undefined;

/** The app block, built once per process (it is the same on every product page). */
function reviewsBlock(): string {
  if (cachedBlock) return cachedBlock;
  const markup: string[] = [];
  let markupBytes = 0;
  const reviews: Review[] = [];
  let jsonBytes = 0;
  for (let index = 0; markupBytes + jsonBytes < TARGET_BYTES; index += 1) {
    const item = review(index);
    reviews.push(item);
    jsonBytes += JSON.stringify(item).length + 1;
    if (markupBytes < TARGET_BYTES * MARKUP_SHARE) {
      const html = reviewMarkup(item);
      markup.push(html);
      markupBytes += Buffer.byteLength(html);
    }
  }
  cachedBlock = `<div id="shopify-block-reviews-app" class="shopify-block shopify-app-block">
<section class="reviews-widget" aria-label="Customer reviews"><h2>Customer reviews (${reviews.length})</h2>${markup.join('')}</section>
<script type="application/json" id="reviews-app-data">${jsonForScript({ product_reviews: reviews })}</script>
</div>`;
  return cachedBlock;
}

export const hugePageFault = {
  name: 'huge_page',
  description: 'A reviews app block prints every review (as markup and as an inline JSON blob) into each product page: about 20 MB of HTML; the page still works.',
  expectedFinding: 'The journey completes (PASS, cart.added) with bounded memory; the evidence stored in SQLite stays small.',
  verdict: { status: 'PASS', code: 'cart.added', perTheme: false },
  livesIn: ['faults/huge-page.ts (called by routes/page-routes.ts on product pages)'],
  endToEnd: { defaultTheme: true, themes: [], provenIn: 'tests/resilience/misbehaving-store.test.ts' },

  /** Called by the product route with the theme's page; the page with the reviews block added to its main content. */
  enlargeProductPage(context: RequestContext, page: ThemePage): ThemePage {
    if (!context.faults.has('huge_page')) return page;
    return { ...page, main: `${page.main}\n${reviewsBlock()}` };
  },
} satisfies FaultModule<'huge_page'>;
