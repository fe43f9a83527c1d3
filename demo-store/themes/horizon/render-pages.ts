// templates/index, collection, search, 404 and page.contact as a fresh Horizon install lays
// them out: a hero, a product list of Horizon cards, and plain text sections.
import type { CatalogueCollection } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { collectionTemplateData, searchTemplateData } from '../template-data.js';
import { renderProductGrid } from './render-product-card.js';

function section(id: string, body: string): string {
  return `<div id="shopify-section-${id}" class="shopify-section">${body}</div>`;
}

export function homePage(view: StorefrontView): ThemePage {
  const all = view.catalogue.collectionByHandle('all');
  const products = all ? view.catalogue.productsIn(all).slice(0, 8) : [];
  const main = [
    section('template--1__hero', `<div class="hero section section--full-width"><div class="hero__content"><h2 class="h1">Everyday goods, made well</h2><p>Organic cotton, linen and stoneware. Shipped from our studio in two days.</p><a href="/collections/all" class="button">Shop now</a></div></div>`),
    section('template--1__product_list', `<div class="section section--page-width section-resource-list"><div class="section-resource-list__header"><h2 class="h3">Products</h2><a href="/collections/all" class="link">View all</a></div>${renderProductGrid(products, 'template--1__product_list')}</div>`),
  ].join('\n');
  return { title: SHOP_TITLE, pageType: 'home', canonicalPath: '/', description: 'Everyday goods, made well.', main };
}

const SHOP_TITLE = 'Nano Demo';

export function collectionPage(view: StorefrontView, collection: CatalogueCollection): ThemePage {
  const products = view.catalogue.productsIn(collection);
  const main = [
    section('template--3__main', `<div class="section section--page-width collection-header"><h1 class="h2">${escapeHtml(collection.title)}</h1>${collection.descriptionHtml ? `<div class="rte">${collection.descriptionHtml}</div>` : ''}</div>`),
    section('template--3__product_grid', `<div class="section section--page-width"><p class="products-count" role="status">${products.length} ${products.length === 1 ? 'product' : 'products'}</p><results-list class="product-grid-container">${renderProductGrid(products, 'template--3__product_grid')}</results-list></div>`),
  ].join('\n');
  return { ...collectionTemplateData(view, collection, products), main };
}

export function searchPage(view: StorefrontView): ThemePage {
  const terms = view.searchQuery.trim();
  const results = terms ? view.catalogue.search(terms) : [];
  const body = !terms ? '' : results.length === 0 ? `<p role="status">No results found for “${escapeHtml(terms)}”.</p>` : `<p role="status" class="products-count">${results.length} ${results.length === 1 ? 'result' : 'results'}</p>${renderProductGrid(results, 'template--5__main')}`;
  const main = section('template--5__main', `<div class="section section--page-width search-results">
  <h1 class="h2">Search results</h1>
  <form action="/search" method="get" role="search" class="search-page-input__form"><label class="visually-hidden" for="SearchPageInput">Search</label><input id="SearchPageInput" class="search-page-input" type="search" name="q" value="${escapeHtml(terms)}" placeholder="Search"><input type="hidden" name="options[prefix]" value="last"><button type="submit" class="button" aria-label="Search">Search</button></form>
  ${body}
</div>`);
  return { ...searchTemplateData(view, terms, results), main };
}

export function notFoundPage(view: StorefrontView): ThemePage {
  const main = section('template--6__main', `<div class="section section--page-width main-404"><p class="h1">404</p><h1 class="h3">Page not found</h1><p>The page you were looking for could not be found. It might have been removed, renamed, or may never have existed.</p><a href="/collections/all" class="button">Continue shopping</a></div>`);
  return { title: '404 Not Found', pageType: '404', canonicalPath: view.path, main };
}

export function contactPage(_view: StorefrontView, posted: boolean): ThemePage {
  const main = section('template--7__main', `<div class="section section--page-width contact-page">
  <h1 class="h2">Contact</h1>
  ${posted ? '<p class="contact-form__success" role="status">Thanks for contacting us. We\'ll get back to you as soon as possible.</p>' : ''}
  <form method="post" action="/contact#contact-form" id="contact-form" accept-charset="UTF-8" class="contact-form"><input type="hidden" name="form_type" value="contact"><input type="hidden" name="utf8" value="✓">
    <div class="contact-form__input-group"><label for="ContactForm-name">Name</label><input id="ContactForm-name" type="text" name="contact[name]" autocomplete="name"></div>
    <div class="contact-form__input-group"><label for="ContactForm-email">Email</label><input id="ContactForm-email" type="email" name="contact[email]" autocomplete="email" required></div>
    <div class="contact-form__input-group"><label for="ContactForm-body">Comment</label><textarea id="ContactForm-body" name="contact[body]" rows="5"></textarea></div>
    <button type="submit" class="button">Submit</button>
  </form>
</div>`);
  return { title: 'Contact', pageType: 'page', resourceType: 'page', resourceId: 101234567801, canonicalPath: '/pages/contact', main };
}
