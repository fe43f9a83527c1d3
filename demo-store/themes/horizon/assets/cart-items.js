// cart-items-component (drawer and cart page): quantity changes and remove buttons post JSON
// {line, quantity, sections, sections_url} to Theme.routes.cart_change_url (/cart/change) and
// swap in the returned section; after an add elsewhere it swaps in the section the add returned.
import { Component } from '@theme/component';
import { fetchConfig, parseHtml } from '@theme/utilities';
import { CartLinesUpdateEvent, CartErrorEvent, StandardEvents } from '@shopify/events';

class CartItemsComponent extends Component {
  get sectionId() {
    return this.dataset.sectionId;
  }

  connectedCallback() {
    super.connectedCallback();
    this.addEventListener('quantity-selector:update', this.#onQuantityChange);
    document.addEventListener(StandardEvents.cartLinesUpdate, this.#onCartLinesUpdate);
  }

  disconnectedCallback() {
    document.removeEventListener(StandardEvents.cartLinesUpdate, this.#onCartLinesUpdate);
  }

  #onCartLinesUpdate = (event) => {
    if (event.target === this) return;
    event.promise
      ?.then(({ detail }) => {
        const html = detail?.sections?.[this.sectionId];
        if (html) this.#render(html);
        else if (!detail?.didError) this.#refetch();
      })
      .catch(() => {});
  };

  #onQuantityChange = (event) => {
    const { quantity, cartLine } = event.detail;
    if (cartLine) this.updateQuantity(cartLine, quantity);
  };

  onLineItemRemove(line) {
    this.updateQuantity(line, 0);
  }

  updateQuantity(line, quantity) {
    const sections = new Set([this.sectionId]);
    const body = JSON.stringify({ line, quantity, sections: [...sections].join(','), sections_url: window.location.pathname });
    const deferred = CartLinesUpdateEvent.createPromise();
    this.dispatchEvent(new CartLinesUpdateEvent({ action: quantity === 0 ? 'remove' : 'change', context: 'cart', lines: [], promise: deferred.promise }));
    this.classList.add('cart-items-disabled');
    fetch(Theme.routes.cart_change_url, fetchConfig('json', { body }))
      .then((response) => response.text())
      .then((text) => {
        const parsed = JSON.parse(text);
        if (parsed.errors || parsed.status) {
          this.#showLineError(line, parsed.errors || parsed.description || parsed.message);
          this.dispatchEvent(new CartErrorEvent({ error: parsed.errors || parsed.message, code: 'INVALID' }));
          deferred.reject(new Error(String(parsed.errors || parsed.message)));
          return;
        }
        this.#render(parsed.sections?.[this.sectionId]);
        deferred.resolve({ cart: CartLinesUpdateEvent.createCartFromAjaxResponse(parsed), detail: { items: parsed.items, itemCount: parsed.item_count, sections: parsed.sections, source: 'cart-items-component' } });
      })
      .catch((error) => {
        console.error(error);
        deferred.reject(error);
      })
      .finally(() => this.classList.remove('cart-items-disabled'));
  }

  #showLineError(line, message) {
    const container = this.querySelector(`[ref="cartItemErrorContainer-${line}"]`);
    const text = this.querySelector(`[ref="cartItemError-${line}"]`);
    if (text) text.textContent = message;
    container?.classList.remove('hidden');
  }

  /** Swaps this component's contents for the ones in a rendered section. */
  #render(sectionHtml) {
    if (!sectionHtml) return;
    const html = parseHtml(sectionHtml);
    const fresh = html.querySelector(`cart-items-component[data-section-id="${this.sectionId}"]`);
    if (!fresh) return;
    const inner = this.closest('.cart-drawer__inner');
    const freshInner = fresh.closest('.cart-drawer__inner');
    if (inner && freshInner) {
      inner.className = freshInner.className;
      inner.querySelector('.theme-drawer__header').outerHTML = freshInner.querySelector('.theme-drawer__header').outerHTML;
    }
    this.innerHTML = fresh.innerHTML;
    const title = document.querySelector('.cart-page__title');
    const freshTitle = html.querySelector('.cart-page__title');
    if (title && freshTitle) title.textContent = freshTitle.textContent;
  }

  #refetch() {
    fetch(`${window.location.pathname}?section_id=${this.sectionId}`)
      .then((response) => response.text())
      .then((text) => this.#render(text))
      .catch(() => {});
  }
}

if (!customElements.get('cart-items-component')) customElements.define('cart-items-component', CartItemsComponent);
