// Served as product-form.js while the atc_js_error fault is on: a bad theme push whose product
// form reads a ref the new markup no longer has. Connecting throws an uncaught TypeError, and
// the submit handler cancels the native post before throwing too: a dead Add to cart button,
// no /cart/add request, page errors in the console.
import { Component } from '@theme/component';

class AddToCartComponent extends Component {
  handleClick() {}
}

class ProductFormComponent extends Component {
  connectedCallback() {
    // TypeError: Cannot read properties of undefined (reading 'dataset')
    this.variantPickerSettings = this.refs.variantPicker.dataset;
  }

  handleSubmit(event) {
    event.preventDefault();
    // TypeError: Cannot read properties of undefined (reading 'productUrl')
    return fetch(this.variantPickerSettings.productUrl);
  }
}

if (!customElements.get('add-to-cart-component')) customElements.define('add-to-cart-component', AddToCartComponent);
if (!customElements.get('product-form-component')) customElements.define('product-form-component', ProductFormComponent);
