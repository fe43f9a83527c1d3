// @theme/product-form: add-to-cart-component (the button's "added" checkmark, data-added="true"
// for about a second from the click) and product-form-component, which posts the product form
// as FormData to Theme.routes.cart_add_url (/cart/add.js) with X-Requested-With, asks for the
// sections of every cart-items-component on the page, then refetches /cart.json and announces
// the new cart with a CartLinesUpdateEvent (the bubble, drawer and cart page listen). A body
// with a `status` is an error: its `message` shows beside the button for 10 s.
import { Component } from '@theme/component';
import { fetchConfig, preloadImage, yieldToMainThread } from '@theme/utilities';
import { CartErrorEvent, CartLinesUpdateEvent, StandardEvents } from '@shopify/events';

const ERROR_MESSAGE_DISPLAY_DURATION = 10000;
const ADDED_STATE_DURATION = 1000;

export class AddToCartComponent extends Component {
  requiredRefs = ['addToCartButton'];

  connectedCallback() {
    super.connectedCallback();
    this.addEventListener('pointerenter', () => this.dataset.productVariantMedia && preloadImage(this.dataset.productVariantMedia), { once: true });
  }

  disable() {
    this.refs.addToCartButton.disabled = true;
  }

  enable() {
    this.refs.addToCartButton.disabled = false;
  }

  /** Horizon animates on click, before the request answers (so also when the add then fails). */
  handleClick() {
    const form = this.closest('form');
    if (!form?.checkValidity()) return;
    if (this.refs.addToCartButton.dataset.puppet !== 'true') this.animateAddToCart();
  }

  async animateAddToCart() {
    const { addToCartButton } = this.refs;
    clearTimeout(this.resetTimeout);
    addToCartButton.dataset.added = 'true';
    await yieldToMainThread();
    this.resetTimeout = setTimeout(() => addToCartButton.removeAttribute('data-added'), ADDED_STATE_DURATION);
  }
}

if (!customElements.get('add-to-cart-component')) customElements.define('add-to-cart-component', AddToCartComponent);

class ProductFormComponent extends Component {
  requiredRefs = ['variantId', 'liveRegion'];

  connectedCallback() {
    super.connectedCallback();
    const scope = this.closest('.shopify-section, dialog, product-card');
    scope?.addEventListener(StandardEvents.productSelect, this.#onProductSelect);
  }

  handleSubmit(event) {
    event.preventDefault();
    const containers = [...this.querySelectorAll('add-to-cart-component')];
    if (containers.some((container) => container.refs.addToCartButton?.disabled)) return;
    const form = this.querySelector('form');
    const formData = new FormData(form);
    const sectionIds = [...document.querySelectorAll('cart-items-component')].map((element) => element.dataset.sectionId).filter(Boolean);
    if (sectionIds.length) formData.append('sections', sectionIds.join(','));
    const itemCount = Number(formData.get('quantity')) || Number(this.dataset.quantityDefault) || 1;
    const deferred = CartLinesUpdateEvent.createPromise();
    this.dispatchEvent(new CartLinesUpdateEvent({ action: 'add', context: 'product', lines: [{ merchandiseId: formData.get('id'), quantity: itemCount }], promise: deferred.promise }));
    const config = fetchConfig('javascript', { body: formData });
    fetch(Theme.routes.cart_add_url, { ...config, headers: { ...config.headers, Accept: 'text/html' } })
      .then((response) => response.json())
      .then(async (response) => {
        if (response.status) {
          this.dispatchEvent(new CartErrorEvent({ error: response.message || 'Add to cart failed', code: 'INVALID', detail: { description: response.description, errors: response.errors } }));
          this.#refreshCart().then((cart) => deferred.resolve({ cart: CartLinesUpdateEvent.createCartFromAjaxResponse(cart), detail: { didError: true, items: cart.items, source: 'product-form-component', itemCount } }), deferred.reject);
          this.#showError(response.message);
          return;
        }
        this.#hideError();
        this.#setLiveRegionText(Theme.translations.added);
        setTimeout(() => this.#setLiveRegionText(''), 5000);
        const cart = await this.#refreshCart();
        deferred.resolve({ cart: CartLinesUpdateEvent.createCartFromAjaxResponse(cart), detail: { items: cart.items, source: 'product-form-component', itemCount, productId: this.dataset.productId, sections: response.sections, didError: false } });
      })
      .catch((error) => {
        console.error(error);
        deferred.reject(error);
        this.dispatchEvent(new CartErrorEvent({ error: error?.message || 'Network error during add to cart', code: 'SERVICE_UNAVAILABLE' }));
      });
  }

  #refreshCart() {
    return fetch(`${Theme.routes.cart_url}.json`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`Failed to fetch cart: ${response.status}`);
      return response.json();
    });
  }

  #showError(message) {
    const { addToCartTextError } = this.refs;
    if (!addToCartTextError) return;
    addToCartTextError.classList.remove('hidden');
    const text = addToCartTextError.querySelector('.product-form-text__error-message') ?? addToCartTextError.appendChild(Object.assign(document.createElement('span'), { className: 'product-form-text__error-message' }));
    text.textContent = message;
    this.#setLiveRegionText(message);
    clearTimeout(this.errorTimeout);
    this.errorTimeout = setTimeout(() => this.#hideError(), ERROR_MESSAGE_DISPLAY_DURATION);
  }

  #hideError() {
    this.refs.addToCartTextError?.classList.add('hidden');
    this.#setLiveRegionText('');
  }

  #setLiveRegionText(text) {
    this.refs.liveRegion.textContent = text;
  }

  /** After the picker refetched the page: take the new variant id and the new button state. */
  #onProductSelect = async (event) => {
    const { detail } = await event.promise.catch(() => ({}));
    if (!detail?.html) return;
    const { variantId, addToCartButtonContainer, acceleratedCheckoutButtonContainer } = this.refs;
    const resource = detail.resource;
    variantId.value = resource?.id ?? '';
    const buyable = resource != null && resource.available !== false;
    if (buyable) addToCartButtonContainer?.enable();
    else addToCartButtonContainer?.disable();
    const newButton = detail.html.querySelector('product-form-component [ref="addToCartButton"]');
    const button = addToCartButtonContainer?.refs.addToCartButton;
    if (newButton && button) button.innerHTML = newButton.innerHTML;
    acceleratedCheckoutButtonContainer?.toggleAttribute('hidden', !buyable);
    const quantityInput = this.querySelector('quantity-selector-component input');
    if (quantityInput) quantityInput.disabled = !buyable;
  };
}

if (!customElements.get('product-form-component')) customElements.define('product-form-component', ProductFormComponent);
