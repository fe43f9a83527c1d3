// What happens when the product form is submitted. Debut's "Show notification when item is added
// to cart" (its Ajax cart popup) is off on this store, so the browser posts the form itself and
// the platform answers 302 /cart. The only job left: refuse a submit while the button is
// disabled or aria-disabled (Enter in the quantity field would otherwise post a sold-out variant).
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-product-form]').forEach(function (form) {
      var button = form.querySelector('[data-add-to-cart]');
      form.addEventListener('submit', function (event) {
        if (button && (button.disabled || button.getAttribute('aria-disabled') === 'true')) event.preventDefault();
      });
    });
  });
})();
