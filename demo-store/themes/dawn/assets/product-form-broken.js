// Served as product-form.js while the atc_js_error fault is on. It models an outdated product
// form script left behind by a removed cart app (cf. Dawn issue #2074): its constructor reaches
// for the app's `cart-sidebar` element, which no longer exists, and throws an uncaught
// TypeError after attaching a submit listener that cancels the native post and then throws too.
// Result, whatever the cart type: a dead button, no /cart/add request, a page error.

if (!customElements.get('product-form')) {
  customElements.define(
    'product-form',
    class ProductForm extends HTMLElement {
      constructor() {
        super();
        this.form = this.querySelector('form');
        this.form.addEventListener('submit', this.onSubmitHandler.bind(this));
        this.cart = document.querySelector('cart-sidebar');
        // TypeError: Cannot read properties of null (reading 'querySelector')
        this.cartItems = this.cart.querySelector('cart-sidebar-items');
        this.submitButton = this.querySelector('[type="submit"]');
      }

      onSubmitHandler(evt) {
        evt.preventDefault();
        // TypeError: Cannot read properties of undefined (reading 'setAttribute')
        this.submitButton.setAttribute('aria-disabled', true);
      }
    },
  );
}
