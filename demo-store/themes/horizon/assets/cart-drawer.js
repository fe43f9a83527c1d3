// cart-drawer-component: with `auto-open` (Horizon's auto_open_cart_drawer setting, off by
// default) a successful add opens the drawer; without it the drawer stays shut and only the
// bubble and the button's checkmark show the add. A failed add never opens it.
import { Component } from '@theme/component';
import { StandardEvents } from '@shopify/events';

class CartDrawerComponent extends Component {
  get #themeDrawer() {
    return this.closest('theme-drawer');
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener(StandardEvents.cartLinesUpdate, this.#handleCartLinesUpdate);
  }

  disconnectedCallback() {
    document.removeEventListener(StandardEvents.cartLinesUpdate, this.#handleCartLinesUpdate);
  }

  #handleCartLinesUpdate = (event) => {
    const shouldAutoOpen = this.hasAttribute('auto-open') && event.action === 'add' && !this.#themeDrawer?.isOpen;
    if (!shouldAutoOpen) return;
    event.promise
      ?.then(({ detail }) => {
        if (detail?.didError) return;
        customElements.whenDefined('theme-drawer').then(() => this.#themeDrawer?.open());
      })
      .catch((error) => {
        if (error?.name !== 'AbortError') console.warn('[cart-drawer] Event promise rejected:', error);
      });
  };
}

if (!customElements.get('cart-drawer-component')) customElements.define('cart-drawer-component', CartDrawerComponent);
