// Variant switching as Dawn 15's product-info.js does it: the picker publishes the checked option
// value ids; this element fetches `{product url}?section_id={section}&option_values={ids}`, swaps
// in the new picker, price and inventory, sets both forms' input[name=id], toggles the Add to
// cart button ("Sold out" / "Unavailable") and rewrites the address bar to `?variant=`
// with history.replaceState. Inside the quick-add modal the ids carry a `quickadd-` prefix and
// the URL is left alone (data-update-url="false").

if (!customElements.get('product-info')) {
  customElements.define(
    'product-info',
    class ProductInfo extends HTMLElement {
      abortController = undefined;
      preProcessHtmlCallbacks = [];

      connectedCallback() {
        // Swapped-in markup must not replay its reveal-on-scroll animation.
        this.preProcessHtmlCallbacks.push((html) =>
          html.querySelectorAll('.scroll-trigger').forEach((element) => element.classList.add('scroll-trigger--cancel')),
        );
        this.unsubscribeOptionChange = subscribe(PUB_SUB_EVENTS.optionValueSelectionChange, this.handleOptionValueChange.bind(this));
        this.dispatchEvent(new CustomEvent('product-info:loaded', { bubbles: true }));
      }

      disconnectedCallback() {
        this.unsubscribeOptionChange?.();
      }

      addPreProcessCallback(callback) {
        this.preProcessHtmlCallbacks.push(callback);
      }

      handleOptionValueChange({ data: { event, target, selectedOptionValues } }) {
        if (!this.contains(event.target)) return;
        this.productForm?.toggleSubmitButton(true);
        this.productForm?.handleErrorMessage();
        const productUrl = target.dataset.productUrl || this.dataset.url;
        const params = [`section_id=${this.sectionId}`];
        if (selectedOptionValues.length) params.push(`option_values=${selectedOptionValues.join(',')}`);
        this.renderProductInfo(`${productUrl}?${params.join('&')}`, target.id, this.handleUpdateProductInfo(productUrl));
      }

      renderProductInfo(requestUrl, targetId, callback) {
        this.abortController?.abort();
        this.abortController = new AbortController();
        fetch(requestUrl, { signal: this.abortController.signal })
          .then((response) => response.text())
          .then((responseText) => callback(new DOMParser().parseFromString(responseText, 'text/html')))
          .then(() => document.querySelector(`#${CSS.escape(targetId)}`)?.focus())
          .catch((error) => {
            if (error.name !== 'AbortError') console.error(error);
          });
      }

      getSelectedVariant(root) {
        const json = root.querySelector('variant-selects [data-selected-variant]')?.innerHTML;
        return json ? JSON.parse(json) : null;
      }

      handleUpdateProductInfo(productUrl) {
        return (html) => {
          const variant = this.getSelectedVariant(html);
          const picker = html.querySelector('variant-selects');
          if (picker && this.variantSelectors) HTMLUpdateUtility.viewTransition(this.variantSelectors, picker, this.preProcessHtmlCallbacks);
          this.updateURL(productUrl, variant?.id);
          this.updateVariantInputs(variant?.id);
          if (!variant) {
            this.setUnavailable();
            return;
          }
          this.updateMedia(variant);
          const copyFromSource = (id, shouldHide = () => false) => {
            const source = html.getElementById(`${id}-${this.sectionId}`);
            const destination = this.querySelector(`#${id}-${this.dataset.section}`);
            if (!source || !destination) return;
            destination.innerHTML = source.innerHTML;
            destination.classList.toggle('hidden', shouldHide(source));
          };
          copyFromSource('price');
          copyFromSource('Inventory', ({ innerText }) => innerText === '');
          const soldOut = html.getElementById(`ProductSubmitButton-${this.sectionId}`)?.hasAttribute('disabled') ?? true;
          this.productForm?.toggleSubmitButton(soldOut, window.variantStrings.soldOut);
          publish(PUB_SUB_EVENTS.variantChange, { data: { sectionId: this.sectionId, html, variant } });
        };
      }

      updateVariantInputs(variantId) {
        this.querySelectorAll(`#product-form-${this.dataset.section}, #product-form-installment-${this.dataset.section}`).forEach((form) => {
          const input = form.querySelector('input[name="id"]');
          input.value = variantId ?? '';
          input.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }

      updateURL(url, variantId) {
        if (this.dataset.updateUrl === 'false') return;
        window.history.replaceState({}, '', `${url}${variantId ? `?variant=${variantId}` : ''}`);
      }

      setUnavailable() {
        this.productForm?.toggleSubmitButton(true, window.variantStrings.unavailable);
        ['price', 'Inventory'].forEach((id) => this.querySelector(`#${id}-${this.dataset.section}`)?.classList.add('hidden'));
      }

      /** Moves the variant's image to the front of the gallery, as Dawn's media gallery does. */
      updateMedia(variant) {
        const mediaId = variant.featured_image?.id;
        const list = this.querySelector('media-gallery ul');
        if (!mediaId || !list) return;
        const item = list.querySelector(`[data-media-id="${this.dataset.section}-${mediaId}"]`);
        const current = list.querySelector('.is-active');
        if (!item || item === current) return;
        current?.classList.remove('is-active');
        item.classList.add('is-active');
        list.prepend(item);
        const image = item.querySelector('img');
        if (image) image.loading = 'eager';
      }

      get productForm() {
        return this.querySelector('product-form');
      }

      get variantSelectors() {
        return this.querySelector('variant-selects');
      }

      get sectionId() {
        return this.dataset.originalSection || this.dataset.section;
      }
    },
  );
}
