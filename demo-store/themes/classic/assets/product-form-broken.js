// Served as product-form.js while the atc_js_error fault is on. It models a theme update (or an
// "Ajax cart" add-on) that switched the product form to Debut's Ajax add with its cart popup,
// on a store whose layout no longer renders the popup markup: init finds nothing and carries on,
// then every submit is cancelled before the popup lookup throws
// `TypeError: Cannot read properties of null (reading 'classList')`. Result: Add to cart looks
// fine, clicking it sends no request, and the console shows an uncaught TypeError.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-product-form]').forEach(function (form) {
      var popupWrapper = document.querySelector('[data-cart-popup-wrapper]');
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        popupWrapper.classList.remove('cart-popup-wrapper--hidden');
        fetch('/cart/add.js', { method: 'POST', body: new FormData(form) });
      });
    });
  });
})();
