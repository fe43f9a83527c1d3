// Served as product-form.js while the atc_js_error fault is on. It models an
// outdated product-form script left behind by an app or a theme update that
// expects a cart drawer this theme does not have (cf. Dawn issue #2074):
// init throws an uncaught TypeError, and the submit listener it did manage to
// attach cancels the native post before throwing too. Result: a dead button,
// no /cart/add request, a page error in the console.

if (!customElements.get('product-form')) {
  customElements.define(
    'product-form',
    class ProductForm extends HTMLElement {
      constructor() {
        super();
        this.form = this.querySelector('form');
        this.form.addEventListener('submit', this.onSubmitHandler.bind(this));
        this.cart = document.querySelector('cart-drawer');
        // TypeError: Cannot read properties of null (reading 'querySelector')
        this.cartItems = this.cart.querySelector('cart-drawer-items');
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
