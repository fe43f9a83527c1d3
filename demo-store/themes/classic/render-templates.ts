// The smaller Debut templates: the home page (hero, featured collection, rich text), collection,
// search (results as Debut's list view), 404 and contact. Products are only ever links here:
// classic cards carry no add-to-cart forms.

import { type CatalogueCollection, type CatalogueProduct } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import { imagePath } from '../../rendering/product-images.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { collectionTemplateData, searchTemplateData } from '../template-data.js';
import { renderListingPrice } from './render-price.js';
import { renderProductGrid } from './render-product-card.js';

const HOME_PRODUCT_COUNT = 8;

function section(id: string, body: string): string {
  return `<div id="shopify-section-${id}" class="shopify-section">${body}</div>`;
}

export function homePage(view: StorefrontView): ThemePage {
  const all = view.catalogue.collectionByHandle('all');
  const products = all ? view.catalogue.productsIn(all).slice(0, HOME_PRODUCT_COUNT) : [];
  const main = [
    section(
      'hero-1',
      `<div class="hero hero--medium hero-1" data-section-id="hero-1" data-section-type="hero-section">
  <div class="hero__inner"><div class="page-width text-center">
    <h2 class="h1 mega-title">Everyday goods, made well</h2>
    <div class="rte-setting mega-subtitle"><p>Organic cotton, linen and stoneware. Shipped from our studio in two days.</p></div>
    <a href="/collections/all" class="btn hero__btn">Shop all</a>
  </div></div>
</div>`,
    ),
    section(
      'collection',
      `<div class="page-width">
  <div class="section-header text-center"><h2>Featured collection</h2></div>
  ${renderProductGrid(products, 'collection')}
  <div class="text-center view-all"><a href="/collections/all" class="btn" aria-label="View all products in the Products collection">View all</a></div>
</div>`,
    ),
    section(
      'rich-text',
      `<div class="page-width"><div class="grid"><div class="grid__item medium-up--five-sixths medium-up--push-one-twelfth">
  <div class="section-header text-center"><h2>Made well, watched closely</h2></div>
  <div class="rte-setting featured-row__subtext text-center"><p>Nano Demo is the store the Nano-SRE synthetic monitor shops every few minutes, so you can see what it checks before pointing it at your own store.</p></div>
</div></div></div>`,
    ),
  ].join('\n');
  return { title: 'Nano Demo', pageType: 'home', canonicalPath: '/', description: 'Everyday goods, made well.', main };
}

export function collectionPage(view: StorefrontView, collection: CatalogueCollection): ThemePage {
  const products = view.catalogue.productsIn(collection);
  const count = `${products.length} ${products.length === 1 ? 'product' : 'products'}`;
  const body = `<div data-section-id="collection-template" data-section-type="collection-template">
  <header class="collection-header"><div class="page-width">
    <div class="section-header text-center"><h1><span role="text"><span class="visually-hidden">Collection: </span>${escapeHtml(collection.title)}</span></h1>
      ${collection.descriptionHtml ? `<div class="rte collection-description">${collection.descriptionHtml}</div>` : ''}
    </div>
    <div class="filters-toolbar-wrapper"><div class="filters-toolbar"><span class="filters-toolbar__product-count">${count}</span></div></div>
  </div></header>
  <div class="page-width" id="Collection">
    ${products.length ? renderProductGrid(products, 'collection-template') : '<p class="text-center">Sorry, there are no products in this collection</p>'}
  </div>
</div>`;
  return { ...collectionTemplateData(view, collection, products), main: section('collection-template', body) };
}

function renderListItem(product: CatalogueProduct): string {
  const image = product.images[0];
  return `<li class="list-view-item">
  <a class="list-view-item__link" href="/products/${escapeHtml(product.handle)}"><span class="visually-hidden">${escapeHtml(product.title)}</span></a>
  <div class="list-view-item__image-column">${image ? `<div class="list-view-item__image-wrapper product-card__image-wrapper"><img class="list-view-item__image" src="${escapeHtml(imagePath(image, 190))}" alt="${escapeHtml(image.alt)}" width="95" height="95" loading="lazy"></div>` : ''}</div>
  <div class="list-view-item__title-column"><div class="list-view-item__title" aria-hidden="true">${escapeHtml(product.title)}</div></div>
  <div class="list-view-item__price-column">${renderListingPrice(product)}</div>
</li>`;
}

export function searchPage(view: StorefrontView): ThemePage {
  const terms = view.searchQuery.trim();
  const results = terms ? view.catalogue.search(terms) : [];
  const resultsText = `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${escapeHtml(terms)}”`;
  const heading = terms
    ? `<h1 class="h2"><span class="visually-hidden">${results.length === 1 ? 'Search result' : 'Search results'}:</span> ${resultsText}</h1>`
    : '<h1 class="h2">Search our site</h1>';
  const main = `<div class="page-width">
  <div class="text-center">
    ${heading}
    <div class="grid"><div class="grid__item medium-up--six-tenths medium-up--push-two-tenths">
      ${terms && results.length === 0 ? '<div class="rte search--no-results-found"><p>Try checking your spelling or using different words.</p></div>' : ''}
      <form action="/search" method="get" role="search" class="search-form search-page-form">
        <div class="input-group input-group--nowrap">
          <div class="input-group__field input-group__field--connected search-form__input-wrapper">
            <input type="search" name="q" value="${escapeHtml(terms)}" placeholder="Search" aria-label="Search" class="search-form__input">
            <input type="hidden" name="options[prefix]" value="last" aria-hidden="true">
          </div>
          <button type="submit" class="search-form__connected-submit btn" aria-label="Submit">Search</button>
        </div>
      </form>
    </div></div>
  </div>
</div>
${terms ? `${results.length ? '<hr aria-hidden="true">' : ''}<h2 class="visually-hidden">Search results</h2><ul class="page-width list-view-items">${results.map(renderListItem).join('\n')}</ul>` : ''}`;
  return { ...searchTemplateData(view, terms, results), main };
}

export function notFoundPage(view: StorefrontView): ThemePage {
  const main = `<div class="page-width">
  <div class="empty-page-content text-center">
    <h1>404 Page Not Found</h1>
    <p>The page you requested does not exist.</p>
    <p><a href="/" class="btn btn--has-icon-after">Continue shopping</a></p>
  </div>
</div>`;
  return { title: '404 Not Found', pageType: '404', canonicalPath: view.path, main };
}

export function contactPage(_view: StorefrontView, posted: boolean): ThemePage {
  const main = `<div class="page-width">
  <div class="grid"><div class="grid__item medium-up--five-sixths medium-up--push-one-twelfth">
    <div class="section-header text-center"><h1>Contact</h1></div>
    <div class="contact-form form-vertical">
      <form method="post" action="/contact#contact_form" id="contact_form" accept-charset="UTF-8" class="contact-form">
        <input type="hidden" name="form_type" value="contact"><input type="hidden" name="utf8" value="✓">
        ${posted ? '<p class="form-message form-message--success" tabindex="-1" data-form-status>Thanks for contacting us. We\'ll get back to you as soon as possible.</p>' : ''}
        <div class="grid grid--half-gutters">
          <div class="grid__item medium-up--one-half"><label for="ContactForm-name">Name</label><input type="text" id="ContactForm-name" name="contact[name]" value=""></div>
          <div class="grid__item medium-up--one-half"><label for="ContactForm-email">Email <span aria-hidden="true">*</span></label><input type="email" id="ContactForm-email" name="contact[email]" autocorrect="off" autocapitalize="off" value="" aria-required="true"></div>
        </div>
        <label for="ContactForm-phone">Phone Number</label><input type="tel" id="ContactForm-phone" name="contact[phone]" pattern="[0-9\\-]*" value="">
        <label for="ContactForm-message">Message</label><textarea rows="10" id="ContactForm-message" name="contact[body]"></textarea>
        <input type="submit" class="btn" value="Send">
      </form>
    </div>
  </div></div>
</div>`;
  return { title: 'Contact', pageType: 'page', resourceType: 'page', resourceId: 101234567801, canonicalPath: '/pages/contact', main };
}
