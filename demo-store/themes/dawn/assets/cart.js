// Cart page behaviour after Dawn's assets/cart.js: quantity inputs and remove
// buttons post JSON {line, quantity, sections, sections_url} to
// routes.cart_change_url and re-render the cart sections from the response.

class CartRemoveButton extends HTMLElement {
  constructor() {
    super();
    this.addEventListener('click', (event) => {
      event.preventDefault();
      const cartItems = this.closest('cart-items');
      cartItems.updateQuantity(this.dataset.index, 0);
    });
  }
}

if (!customElements.get('cart-remove-button')) customElements.define('cart-remove-button', CartRemoveButton);

class CartItems extends HTMLElement {
  constructor() {
    super();
    const debouncedOnChange = debounce((event) => this.onChange(event), 300);
    this.addEventListener('change', debouncedOnChange);
  }

  onChange(event) {
    const input = event.target;
    if (input.name !== 'updates[]') return;
    const quantity = Number.parseInt(input.value, 10);
    if (Number.isNaN(quantity) || quantity < 0) {
      input.value = input.getAttribute('value');
      return;
    }
    this.updateQuantity(input.dataset.index, quantity);
  }

  /** Section ids as the cart page renders them (data-id), plus the header bubble. */
  getSectionsToRender() {
    return [
      { id: 'main-cart-items', section: document.getElementById('main-cart-items').dataset.id },
      { id: 'cart-icon-bubble', section: 'cart-icon-bubble' },
      { id: 'main-cart-footer', section: document.getElementById('main-cart-footer').dataset.id },
    ];
  }

  renderSections(sections) {
    this.getSectionsToRender().forEach(({ id, section }) => {
      const html = sections[section];
      if (!html) return;
      const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.shopify-section');
      if (id === 'cart-icon-bubble') {
        document.getElementById('cart-icon-bubble').innerHTML = fresh.innerHTML;
      } else {
        document.getElementById(`shopify-section-${section}`).innerHTML = fresh.innerHTML;
      }
    });
  }

  showLineError(line, message) {
    const error = document.getElementById(`Line-item-error-${line}`);
    const text = error && error.querySelector('.cart-item__error-text');
    if (text) text.textContent = message;
  }

  async refresh() {
    const ids = this.getSectionsToRender().map((section) => section.section).join(',');
    const response = await fetch(`${window.location.pathname}?sections=${ids}`);
    this.renderSections(await response.json());
  }

  updateQuantity(line, quantity) {
    document.getElementById('main-cart-items').classList.add('cart__items--disabled');
    const body = JSON.stringify({
      line: Number(line),
      quantity,
      sections: this.getSectionsToRender().map((section) => section.section),
      sections_url: window.location.pathname,
    });
    fetch(`${routes.cart_change_url}`, { ...fetchConfig(), body })
      .then((response) => response.json())
      .then(async (state) => {
        if (state.status) {
          // Stock errors may still have changed the cart (quantity capped): re-render, then explain.
          await this.refresh();
          document.querySelector('cart-items').showLineError(line, state.description || window.cartStrings.error);
          return;
        }
        this.renderSections(state.sections || {});
        publish(PUB_SUB_EVENTS.cartUpdate, { source: 'cart-items', cartData: state });
      })
      .catch(() => {
        const errors = document.getElementById('cart-errors');
        if (errors) errors.textContent = window.cartStrings.error;
      })
      .finally(() => {
        document.getElementById('main-cart-items')?.classList.remove('cart__items--disabled');
      });
  }
}

if (!customElements.get('cart-items')) customElements.define('cart-items', CartItems);
