// sections/main-collection-banner + main-collection-product-grid, and the
// search template, which reuses the same product grid.

import type { CatalogueCollection } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import type { StorefrontView, ThemePage } from '../demo-theme.js';
import { collectionTemplateData, searchTemplateData } from '../template-data.js';
import { renderProductGrid } from './render-product-card.js';

function productCount(count: number): string {
  return `${count} ${count === 1 ? 'product' : 'products'}`;
}

export function collectionPage(view: StorefrontView, collection: CatalogueCollection): ThemePage {
  const products = view.catalogue.productsIn(collection);
  const main = `<div id="shopify-section-template--2__banner" class="shopify-section section">
  <div class="collection-hero color-scheme-1 gradient">
    <div class="collection-hero__inner page-width">
      <div class="collection-hero__text-wrapper">
        <h1 class="collection-hero__title"><span class="visually-hidden">Collection: </span>${escapeHtml(collection.title)}</h1>
        ${collection.descriptionHtml ? `<div class="collection-hero__description rte">${collection.descriptionHtml}</div>` : ''}
      </div>
    </div>
  </div>
</div>
<div id="shopify-section-template--2__product-grid" class="shopify-section section">
  <div class="section-template--2__product-grid-padding gradient color-scheme-1">
    <div class="page-width">
      <div class="facets-container"><div class="product-count light" role="status"><h2 class="product-count__text text-body"><span id="ProductCountDesktop">${productCount(products.length)}</span></h2></div></div>
      <div class="product-grid-container" id="ProductGridContainer"><div class="collection">${renderProductGrid(products, { sectionId: 'template--2__product-grid', quickAdd: 'none' })}</div></div>
    </div>
  </div>
</div>`;
  return { ...collectionTemplateData(view, collection, products), main };
}

export function searchPage(view: StorefrontView): ThemePage {
  const terms = view.searchQuery.trim();
  const results = terms ? view.catalogue.search(terms) : [];
  let body = '';
  if (terms && results.length === 0) {
    body = `<p role="status">No results found for “${escapeHtml(terms)}”. Check the spelling or use a different word or phrase.</p>`;
  } else if (terms) {
    body = `<p role="status" class="product-count__text">${results.length} ${results.length === 1 ? 'result' : 'results'} found for “${escapeHtml(terms)}”</p>${renderProductGrid(results, { sectionId: 'template--3__main', quickAdd: 'none' })}`;
  }
  const main = `<div id="shopify-section-template--3__main" class="shopify-section section">
  <div class="template-search page-width">
    <div class="template-search__header">
      <h1 class="h2 center">Search results</h1>
      <div class="template-search__search">
        <form action="/search" method="get" role="search" class="search">
          <div class="field">
            <input class="search__input field__input" id="Search-In-Template" type="search" name="q" value="${escapeHtml(terms)}" placeholder="Search">
            <label class="field__label" for="Search-In-Template">Search</label>
            <input type="hidden" name="options[prefix]" value="last">
            <button type="submit" class="search__button field__button" aria-label="Search">Search</button>
          </div>
        </form>
      </div>
    </div>
    <div class="template-search__results">${body}</div>
  </div>
</div>`;
  return { ...searchTemplateData(view, terms, results), main };
}
