// @theme/variant-picker: choosing a value refetches the product URL with ?option_values=<ids of
// the checked values>, swaps in the new picker, price and gallery, announces a
// ProductSelectEvent whose promise carries the new page and the variant JSON (product-form and
// the sticky bar read it), and rewrites the address bar to ?variant=<id> with replaceState.
import { Component } from '@theme/component';
import { yieldToMainThread, parseHtml } from '@theme/utilities';
import { ProductSelectEvent } from '@shopify/events';

export default class VariantPicker extends Component {
  #abortController;

  connectedCallback() {
    super.connectedCallback();
    this.addEventListener('change', this.variantChanged);
  }

  get selectedOptionsValues() {
    return [...this.querySelectorAll('fieldset input:checked, select option:checked')].map((input) => input.dataset.optionValueId);
  }

  buildRequestUrl() {
    return `${this.dataset.productUrl}?option_values=${this.selectedOptionsValues.join(',')}`;
  }

  variantChanged = (event) => {
    const selected = event.target;
    if (!(selected instanceof HTMLInputElement)) return;
    const variantId = selected.dataset.variantId ?? '';
    this.fetchUpdatedSection(this.buildRequestUrl());
    const url = new URL(window.location.href);
    if (this.dataset.templateProductMatch === 'true') {
      if (variantId) url.searchParams.set('variant', variantId);
      else url.searchParams.delete('variant');
    }
    if (url.href !== window.location.href) yieldToMainThread().then(() => history.replaceState({}, '', url.toString()));
  };

  fetchUpdatedSection(requestUrl) {
    this.#abortController?.abort();
    this.#abortController = new AbortController();
    const deferred = ProductSelectEvent.createPromise();
    this.dispatchEvent(new ProductSelectEvent({ product: { id: this.dataset.productId, title: this.dataset.productTitle, handle: this.dataset.productHandle }, selectedOptions: this.selectedOptionsValues, detail: {}, promise: deferred.promise }));
    fetch(requestUrl, { signal: this.#abortController.signal })
      .then((response) => response.text())
      .then((text) => {
        const html = parseHtml(text);
        const json = html.querySelector('variant-picker script[type="application/json"]')?.textContent;
        const fresh = html.querySelector('variant-picker');
        if (fresh) this.innerHTML = fresh.innerHTML;
        const section = this.closest('.shopify-section');
        for (const selector of ['product-price', 'media-gallery']) {
          const current = section?.querySelector(`.product-details ${selector}, .product-information__media ${selector}`);
          const replacement = html.querySelector(`.product-details ${selector}, .product-information__media ${selector}`);
          if (current && replacement) current.innerHTML = replacement.innerHTML;
        }
        deferred.resolve({ detail: { html, productId: this.dataset.productId, resource: json ? JSON.parse(json) : null } });
      })
      .catch((error) => {
        deferred.reject(error);
        if (error.name === 'AbortError') console.warn('Fetch aborted by user');
        else console.error(error);
      });
  }
}

if (!customElements.get('variant-picker')) customElements.define('variant-picker', VariantPicker);
