// The codes the pixel auditor raises about analytics and ad pixels along the journey.
import { defineFindingCodes } from '../../core/finding-catalogue';

export const pixelAuditorFindingCodes = defineFindingCodes('pixel_auditor', 'Analytics and ad pixels (pixel_auditor)', [
  {
    code: 'pixel.vendor_silent',
    level: 'fail',
    category: 'third-party',
    meaning: 'A vendor the store uses (PIXEL_VENDORS, the web pixels manager setup, or seen in this run or the last 7 days) sent nothing on any page of the journey.',
    whatToDo: "Open the vendor's channel app (Online Store > Apps) and reconnect it; check Customer events for a disconnected pixel; look for a script error in the vendor's tag.",
  },
  {
    code: 'pixel.event_missing',
    level: 'fail',
    category: 'third-party',
    meaning: "A vendor fired on the store but not the funnel event a step should make it send (FAIL for add_to_cart and begin_checkout, WARN for page_view, view_item and view_cart). Evidence: the vendor and the missing events per step.",
    whatToDo: "Check the event's mapping in the vendor's app or tag manager (GTM triggers bound to old cart markup are the usual cause); a cart drawer that adds with its own script must still let Shopify publish product_added_to_cart.",
  },
  {
    code: 'pixel.wrong_currency',
    level: 'warn',
    category: 'store-defect',
    meaning: "A funnel event's currency differs from the shop's active currency (`Shopify.currency.active`).",
    whatToDo: 'Send the presentment currency from the event (the Web Pixels API gives it with every amount); remove hard-coded currencies from custom pixels and tags.',
  },
  {
    code: 'pixel.wrong_value',
    level: 'warn',
    category: 'store-defect',
    meaning: "A funnel event's value does not match the store: not a price of the product viewed, not price x quantity of the line added (within a cent), not the cart's total, or missing where the vendor needs one.",
    whatToDo: 'Send amounts in major units (29.99, not 2999) from the event data; never leave value out of add_to_cart and begin_checkout.',
  },
  {
    code: 'pixel.wrong_item',
    level: 'warn',
    category: 'store-defect',
    meaning: "A funnel event's item ids name neither the product, its variants or SKUs, nor a feed id built from them (shopify_US_{product}_{variant}).",
    whatToDo: "Use the ids your product feed (Merchant Center, Meta catalogue) uses, read from the event's productVariant; never titles or handles.",
  },
  {
    code: 'pixel.duplicate_event',
    level: 'warn',
    category: 'store-defect',
    meaning: 'A vendor sent the same funnel event more than once for one page view or one add to cart: the classic double install (channel app plus a pasted tag, or GTM plus a custom pixel).',
    whatToDo: 'Keep one install of each vendor: remove tags pasted in theme.liquid or in a custom pixel when the channel app already sends the event.',
  },
  {
    code: 'pixel.before_consent',
    level: 'warn',
    category: 'store-defect',
    meaning: 'The store asks for consent (its Customer Privacy API said tracking was not allowed before the choice), yet a marketing or analytics vendor fired before the shopper answered the banner.',
    whatToDo: 'Load the tag through Customer events or an app pixel (Shopify holds those until consent), or gate the pasted tag on `Shopify.customerPrivacy`.',
  },
  {
    code: 'pixel.after_decline',
    level: 'warn',
    category: 'store-defect',
    meaning: 'With CONSENT=decline, a marketing or analytics vendor kept firing after the shopper declined cookies.',
    whatToDo: "Gate the tag on `Shopify.customerPrivacy` (marketingAllowed / analyticsProcessingAllowed) or move it into Customer events, which honour the visitor's choice.",
  },
  {
    code: 'pixel.multiple_ids',
    level: 'warn',
    category: 'store-defect',
    meaning: 'One vendor sent to more than one id (two GA4 properties, two Meta pixels) within one visit, usually a leftover tag on some pages.',
    whatToDo: 'Find the page template or snippet that still carries the old id and remove it; keep one id per vendor unless the split is intended.',
  },
  {
    code: 'pixel.journey_incomplete',
    level: 'info',
    category: 'transient',
    meaning: 'The audit stopped before checkout (product sold out, add to cart or checkout not working); only the steps reached were audited. The headless probe reports the breakage itself.',
    whatToDo: "Read the headless probe's result for the same run.",
  },
]);
