// Variant picker behaviour of Dawn's product-info.js. Dawn refetches the
// section on each option change; this store switches client-side from the
// variants JSON embedded in <variant-selects>, updating the same elements:
// input.product-variant-id, price, button label/disabled, URL (?variant=).

if (!customElements.get('product-info')) {
  customElements.define(
    'product-info',
    class ProductInfo extends HTMLElement {
      constructor() {
        super();
        this.sectionId = this.dataset.section;
        this.variantSelects = this.querySelector('variant-selects');
        if (!this.variantSelects) return;
        const variantsScript = this.variantSelects.querySelector('script[data-product-variants]');
        this.variants = variantsScript ? JSON.parse(variantsScript.textContent) : [];
        this.variantSelects.addEventListener('change', this.onVariantChange.bind(this));
      }

      selectedOptionValues() {
        return Array.from(this.variantSelects.querySelectorAll('fieldset')).map((fieldset) => fieldset.querySelector('input:checked')?.value);
      }

      onVariantChange() {
        const values = this.selectedOptionValues();
        const variant = this.variants.find((candidate) => candidate.options.every((value, index) => value === values[index]));
        this.querySelector('.product-form__error-message-wrapper')?.setAttribute('hidden', '');
        this.updateOptionAvailability(values);
        if (!variant) {
          this.updateButton(false, window.variantStrings.unavailable);
          this.updateIdInput(undefined);
          return;
        }
        const selectedJson = this.variantSelects.querySelector('script[data-selected-variant]');
        if (selectedJson) selectedJson.textContent = JSON.stringify(variant);
        this.updateIdInput(variant);
        this.updatePrice(variant);
        this.updateButton(variant.available, variant.available ? window.variantStrings.addToCart : window.variantStrings.soldOut);
        this.updateMedia(variant);
        if (this.dataset.updateUrl === 'true') window.history.replaceState({}, '', `${this.dataset.url}?variant=${variant.id}`);
        publish(PUB_SUB_EVENTS.variantChange, { data: { sectionId: this.sectionId, variant } });
      }

      /** Same rule as the server: a value is available with the values selected before it. */
      updateOptionAvailability(values) {
        this.variantSelects.querySelectorAll('fieldset').forEach((fieldset, position) => {
          fieldset.querySelectorAll('input[type="radio"]').forEach((input) => {
            const available = this.variants.some(
              (variant) => variant.available && variant.options[position] === input.value && values.slice(0, position).every((value, index) => variant.options[index] === value),
            );
            input.classList.toggle('disabled', !available);
            const label = fieldset.querySelector(`label[for="${input.id}"]`);
            const note = label?.querySelector('.label-unavailable');
            if (!available && label && !note) label.insertAdjacentHTML('beforeend', '<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span>');
            if (available && note) note.remove();
          });
        });
      }

      updateIdInput(variant) {
        const input = document.querySelector(`#product-form-${this.sectionId} input.product-variant-id`);
        if (!input) return;
        if (variant) input.value = variant.id;
        input.disabled = !variant || !variant.available;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }

      updatePrice(variant) {
        const container = document.getElementById(`price-${this.sectionId}`);
        if (!container) return;
        const onSale = variant.compare_at_price !== null && variant.compare_at_price > variant.price;
        const classes = ['price', 'price--large', onSale ? 'price--on-sale' : '', variant.available ? '' : 'price--sold-out', 'price--show-badge'].filter(Boolean).join(' ');
        const amount = formatMoneyWithCurrency(variant.price);
        const compareAt = onSale ? formatMoneyWithCurrency(variant.compare_at_price) : '';
        container.innerHTML = `<div class="${classes}"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${amount}</span></div><div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><span><s class="price-item price-item--regular">${compareAt}</s></span><span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale price-item--last">${amount}</span></div></div><span class="badge price__badge-sale color-scheme-4">Sale</span><span class="badge price__badge-sold-out color-scheme-3">Sold out</span></div>`;
      }

      updateButton(enabled, label) {
        const button = document.getElementById(`ProductSubmitButton-${this.sectionId}`);
        if (!button) return;
        button.toggleAttribute('disabled', !enabled);
        const text = button.querySelector('span');
        if (text) text.textContent = label;
      }

      /** Brings the variant's image to the featured slot, swapping it with the thumbnail that held it. */
      updateMedia(variant) {
        const image = variant.featured_image;
        const gallery = this.closest('.product');
        if (!image || !gallery) return;
        const active = gallery.querySelector('.product__media-item.is-active');
        const target = gallery.querySelector(`[data-media-id="${this.sectionId}-${image.id}"]`);
        if (!active || !target || active === target) return;
        const activeImg = active.querySelector('img');
        const targetImg = target.querySelector('img');
        const activeSrc = activeImg.getAttribute('src');
        const activeAlt = activeImg.alt;
        const activeMediaId = active.dataset.mediaId;
        activeImg.src = targetImg.getAttribute('src').replace(/width=\d+/, 'width=1100');
        activeImg.alt = targetImg.alt;
        targetImg.src = activeSrc.replace(/width=\d+/, 'width=300');
        targetImg.alt = activeAlt;
        active.dataset.mediaId = target.dataset.mediaId;
        target.dataset.mediaId = activeMediaId;
      }
    },
  );
}
