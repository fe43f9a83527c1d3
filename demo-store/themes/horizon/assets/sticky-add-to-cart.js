// sticky-add-to-cart: the bar slides in (data-stuck="true") once the main buy buttons have
// scrolled above the viewport and hides again near the footer. Its button presses the main
// form's Add to cart button, so the add is the main form's add.
import { Component } from '@theme/component';
import { StandardEvents } from '@shopify/events';

class StickyAddToCart extends Component {
  requiredRefs = ['stickyBar', 'addToCartButton'];

  connectedCallback() {
    super.connectedCallback();
    const section = this.closest('.shopify-section');
    const buyButtons = section?.querySelector('.buy-buttons-block');
    if (!buyButtons) return;
    let buttonsAbove = false;
    let footerVisible = false;
    const update = () => (this.refs.stickyBar.dataset.stuck = String(buttonsAbove && !footerVisible));
    new IntersectionObserver(([entry]) => {
      buttonsAbove = !entry.isIntersecting && entry.boundingClientRect.bottom < (entry.rootBounds?.top ?? 0) + 1;
      update();
    }).observe(buyButtons);
    const footer = document.querySelector('footer');
    if (footer) new IntersectionObserver(([entry]) => ((footerVisible = entry.isIntersecting), update())).observe(footer);
    section.addEventListener(StandardEvents.productSelect, this.#onProductSelect);
  }

  handleAddToCartClick() {
    const target = this.closest('.shopify-section')?.querySelector(`product-form-component[data-product-id="${this.dataset.productId}"] [ref="addToCartButton"]`);
    if (!target) return;
    target.dataset.puppet = 'true';
    target.click();
    target.dataset.puppet = 'false';
    this.refs.addToCartButton.dataset.added = 'true';
    setTimeout(() => this.refs.addToCartButton.removeAttribute('data-added'), 1000);
  }

  #onProductSelect = async (event) => {
    const { detail } = await event.promise.catch(() => ({}));
    const fresh = detail?.html?.querySelector('sticky-add-to-cart');
    if (!fresh) return;
    const stuck = this.refs.stickyBar.dataset.stuck;
    this.dataset.variantAvailable = fresh.dataset.variantAvailable;
    this.dataset.currentVariantId = fresh.dataset.currentVariantId;
    this.refs.stickyBar.innerHTML = fresh.querySelector('[ref="stickyBar"]').innerHTML;
    this.refs.stickyBar.dataset.stuck = stuck;
  };
}

if (!customElements.get('sticky-add-to-cart')) customElements.define('sticky-add-to-cart', StickyAddToCart);
