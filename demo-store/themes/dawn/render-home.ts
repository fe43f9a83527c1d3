// templates/index.json as a fresh Dawn install lays it out: image banner,
// featured collection (the product grid a shopper script starts from, with
// quick add turned on) and a rich-text block, each revealed on scroll.

import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { renderProductGrid } from './render-product-card.js';
import { lcpSlowFault } from '../../faults/lcp-slow.js';

// Dawn's featured-collection defaults to quick_add "none"; this store's merchant turned on the
// standard quick add, so the home page carries card forms posting to /cart/add as many real ones do.
const FEATURED_SECTION_ID = 'template--1__featured_collection';

export function homePage(view: StorefrontView): ThemePage {
  const all = view.catalogue.collectionByHandle('all');
  const products = all ? view.catalogue.productsIn(all).slice(0, 8) : [];
  const main = `<div id="shopify-section-template--1__image_banner" class="shopify-section section">
  <div id="Banner-template--1__image_banner" class="banner banner--content-align-center banner--medium">
    ${lcpSlowFault.bannerMedia(view.faults)}
    <div class="banner__content banner__content--middle-center page-width">
      <div class="banner__box content-container color-scheme-3 gradient scroll-trigger animate--fade-in">
        <h2 class="banner__heading inline-richtext h0">Everyday goods, made well</h2>
        <div class="banner__text rte"><p>Organic cotton, linen and stoneware. Shipped from our studio in two days.</p></div>
        <div class="banner__buttons"><a href="/collections/all" class="button button--primary">Shop all</a></div>
      </div>
    </div>
  </div>
</div>
<div id="shopify-section-template--1__featured_collection" class="shopify-section section">
  <div class="color-scheme-1 isolate gradient">
    <div class="collection section-template--1__featured_collection-padding">
      <div class="collection__title title-wrapper title-wrapper--no-top-margin page-width scroll-trigger animate--slide-in"><h2 class="title inline-richtext h2">Featured products</h2></div>
      <div class="page-width">${renderProductGrid(products, { sectionId: FEATURED_SECTION_ID, quickAdd: 'standard', gridId: `Slider-${FEATURED_SECTION_ID}` })}</div>
      <div class="center collection__view-all"><a href="/collections/all" class="button" aria-label="View all products">View all</a></div>
    </div>
  </div>
</div>
<div id="shopify-section-template--1__rich_text" class="shopify-section section">
  <div class="isolate">
    <div class="rich-text content-container color-scheme-2 gradient rich-text--full-width content-container--full-width section-template--1__rich_text-padding">
      <div class="rich-text__wrapper rich-text__wrapper--center page-width"><div class="rich-text__blocks center scroll-trigger animate--slide-in">
        <h2 class="rich-text__heading rte inline-richtext h1">Made well, watched closely</h2>
        <div class="rich-text__text rte"><p>Nano Demo is the store the Nano-SRE synthetic monitor shops every few minutes, so you can see what it checks before pointing it at your own store.</p></div>
      </div></div>
    </div>
  </div>
</div>`;
  return {
    title: 'Nano Demo',
    pageType: 'home',
    canonicalPath: '/',
    description: 'Everyday goods, made well.',
    // What the featured collection's quick add needs: card forms and the modal's product info.
    scripts: ['product-info.js', 'product-form.js', 'quick-add.js', 'payment-button.js'],
    main,
  };
}
