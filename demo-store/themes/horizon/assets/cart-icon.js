// cart-icon: after every cart change the bubble shows the new count (count span loses .hidden,
// the bubble loses .visually-hidden) and pulses; the count is kept in sessionStorage so a page
// restored from the back/forward cache shows the right number.
import { Component } from '@theme/component';
import { StandardEvents } from '@shopify/events';

class CartIcon extends Component {
  requiredRefs = ['cartBubble', 'cartBubbleText', 'cartBubbleCount'];

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener(StandardEvents.cartLinesUpdate, this.onCartUpdate);
    window.addEventListener('pageshow', (event) => event.persisted && this.ensureCartBubbleIsCorrect());
  }

  onCartUpdate = (event) => {
    event.promise
      ?.then(({ cart, detail }) => this.renderCartBubble(cart?.totalQuantity ?? detail?.itemCount ?? 0))
      .catch((error) => {
        if (error?.name !== 'AbortError') console.warn('[cart-icon] Event promise rejected:', error);
      });
  };

  renderCartBubble(itemCount) {
    const { cartBubble, cartBubbleCount } = this.refs;
    cartBubbleCount.classList.toggle('hidden', itemCount === 0);
    cartBubble.classList.toggle('visually-hidden', itemCount === 0);
    cartBubbleCount.textContent = itemCount < 100 ? String(itemCount) : '';
    this.classList.toggle('header-actions__cart-icon--has-cart', itemCount > 0);
    sessionStorage.setItem('cart-count', JSON.stringify({ value: String(itemCount), timestamp: Date.now() }));
    if (itemCount === 0) return;
    cartBubble.classList.add('cart-bubble--animating');
    setTimeout(() => cartBubble.classList.remove('cart-bubble--animating'), 600);
  }

  ensureCartBubbleIsCorrect() {
    try {
      const { value, timestamp } = JSON.parse(sessionStorage.getItem('cart-count') ?? 'null') ?? {};
      if (value !== undefined && value !== this.refs.cartBubbleCount.textContent && Date.now() - timestamp < 10000) this.renderCartBubble(Number(value));
    } catch {
      // A malformed stored count is ignored, as in Horizon.
    }
  }
}

if (!customElements.get('cart-icon')) customElements.define('cart-icon', CartIcon);
