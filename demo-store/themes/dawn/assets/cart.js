// Dawn's assets/cart.js: quantity inputs and remove buttons of the cart page (cart-items) and of
// the drawer (cart-drawer-items, defined in cart-drawer.js) post JSON {line, quantity, sections,
// sections_url} to routes.cart_change_url and paint the returned sections. A 422 (not enough
// stock) answers `errors`: the input snaps back and the line shows the message.

class CartRemoveButton extends HTMLElement {
  constructor() {
    super();
    this.addEventListener('click', (event) => {
      event.preventDefault();
      const cartItems = this.closest('cart-items') || this.closest('cart-drawer-items');
      cartItems.updateQuantity(this.dataset.index, 0, event);
    });
  }
}

if (!customElements.get('cart-remove-button')) customElements.define('cart-remove-button', CartRemoveButton);

class CartItems extends HTMLElement {
  constructor() {
    super();
    this.lineItemStatusElement = document.getElementById('shopping-cart-line-item-status') || document.getElementById('CartDrawer-LineItemStatus');
    const debouncedOnChange = debounce((event) => this.onChange(event), ON_CHANGE_DEBOUNCE_TIMER);
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
    this.updateQuantity(input.dataset.index, quantity, event, document.activeElement.getAttribute('name'));
  }

  /** The cart page's sections; `data-id` carries each section's real id. */
  getSectionsToRender() {
    return [
      { id: 'main-cart-items', section: document.getElementById('main-cart-items').dataset.id, selector: '.js-contents' },
      { id: 'cart-icon-bubble', section: 'cart-icon-bubble', selector: '.shopify-section' },
      { id: 'cart-live-region-text', section: 'cart-live-region-text', selector: '.shopify-section' },
      { id: 'main-cart-footer', section: document.getElementById('main-cart-footer').dataset.id, selector: '.js-contents' },
    ];
  }

  updateQuantity(line, quantity, event, name) {
    this.enableLoading(line);
    const body = JSON.stringify({
      line: Number(line),
      quantity,
      sections: this.getSectionsToRender().map((section) => section.section),
      sections_url: window.location.pathname,
    });
    fetch(`${routes.cart_change_url}`, { ...fetchConfig(), body })
      .then((response) => response.text())
      .then((text) => {
        const state = JSON.parse(text);
        const quantityElement = document.getElementById(`Quantity-${line}`) || document.getElementById(`Drawer-quantity-${line}`);
        if (state.errors || state.status) {
          if (quantityElement) quantityElement.value = quantityElement.getAttribute('value');
          this.updateLiveRegions(line, state.errors || state.description || window.cartStrings.error);
          return;
        }
        this.classList.toggle('is-empty', state.item_count === 0);
        document.getElementById('main-cart-footer')?.classList.toggle('is-empty', state.item_count === 0);
        document.querySelector('cart-drawer')?.classList.toggle('is-empty', state.item_count === 0);
        this.getSectionsToRender().forEach((section) => {
          const host = document.getElementById(section.id);
          if (!host || !state.sections?.[section.section]) return;
          const target = host.querySelector(section.selector) || host;
          target.innerHTML = this.getSectionInnerHTML(state.sections[section.section], section.selector);
        });
        const updated = state.items[line - 1];
        if (updated && quantityElement && updated.quantity !== quantity && quantity > 0) {
          this.updateLiveRegions(line, window.cartStrings.quantityError.replace('[quantity]', updated.quantity));
        }
        const lineItem = document.getElementById(`CartItem-${line}`) || document.getElementById(`CartDrawer-Item-${line}`);
        if (lineItem && name) lineItem.querySelector(`[name="${name}"]`)?.focus();
        publish(PUB_SUB_EVENTS.cartUpdate, { source: 'cart-items', cartData: state });
      })
      .catch(() => {
        const errors = document.getElementById('cart-errors') || document.getElementById('CartDrawer-CartErrors');
        if (errors) errors.textContent = window.cartStrings.error;
      })
      .finally(() => this.disableLoading(line));
  }

  updateLiveRegions(line, message) {
    const lineItemError = document.getElementById(`Line-item-error-${line}`) || document.getElementById(`CartDrawer-LineItemError-${line}`);
    const text = lineItemError?.querySelector('.cart-item__error-text');
    if (text) text.textContent = message;
    const cartStatus = document.getElementById('cart-live-region-text') || document.getElementById('CartDrawer-LiveRegionText');
    if (!cartStatus) return;
    cartStatus.setAttribute('aria-hidden', false);
    setTimeout(() => cartStatus.setAttribute('aria-hidden', true), 1000);
  }

  getSectionInnerHTML(html, selector) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return (parsed.querySelector(selector) || parsed.body).innerHTML;
  }

  enableLoading(line) {
    (document.getElementById('main-cart-items') || document.getElementById('CartDrawer-CartItems'))?.classList.add('cart__items--disabled');
    this.querySelectorAll(`#CartItem-${line} .loading__spinner, #CartDrawer-Item-${line} .loading__spinner`).forEach((spinner) => spinner.classList.remove('hidden'));
    document.activeElement.blur();
    this.lineItemStatusElement?.setAttribute('aria-hidden', false);
  }

  disableLoading(line) {
    (document.getElementById('main-cart-items') || document.getElementById('CartDrawer-CartItems'))?.classList.remove('cart__items--disabled');
    this.querySelectorAll(`#CartItem-${line} .loading__spinner, #CartDrawer-Item-${line} .loading__spinner`).forEach((spinner) => spinner.classList.add('hidden'));
  }
}

if (!customElements.get('cart-items')) customElements.define('cart-items', CartItems);
