// quantity-selector-component (the product form's quantity) and its cart flavour, whose changes
// the surrounding cart-items-component posts to /cart/change; and quick-add-component, whose
// "Choose" button takes the shopper to the product page (Horizon opens it in a modal instead).
import { Component } from '@theme/component';

class QuantitySelectorComponent extends Component {
  get input() {
    return this.querySelector('input');
  }

  getValue() {
    return this.input.value;
  }

  increaseQuantity(event) {
    event?.preventDefault?.();
    this.#set(Number(this.input.value) + Number(this.input.step || 1));
  }

  decreaseQuantity(event) {
    event?.preventDefault?.();
    this.#set(Number(this.input.value) - Number(this.input.step || 1));
  }

  setQuantity() {
    this.#set(Number(this.input.value));
  }

  #set(value) {
    const min = Number(this.input.min || 0);
    const next = Math.max(min, Number.isFinite(value) ? value : min);
    const changed = String(next) !== this.input.dataset.lastValue;
    this.input.value = String(next);
    this.input.dataset.lastValue = String(next);
    if (changed) this.dispatchEvent(new CustomEvent('quantity-selector:update', { bubbles: true, detail: { quantity: next, cartLine: this.input.dataset.cartLine ? Number(this.input.dataset.cartLine) : undefined } }));
  }

  connectedCallback() {
    super.connectedCallback();
    this.input.dataset.lastValue = this.input.value;
  }
}

if (!customElements.get('quantity-selector-component')) customElements.define('quantity-selector-component', QuantitySelectorComponent);
if (!customElements.get('cart-quantity-selector-component')) customElements.define('cart-quantity-selector-component', class extends QuantitySelectorComponent {});

class QuickAddComponent extends Component {
  handleClick(event) {
    event?.preventDefault?.();
    window.location.assign(this.dataset.productUrl);
  }
}

if (!customElements.get('quick-add-component')) customElements.define('quick-add-component', QuickAddComponent);
