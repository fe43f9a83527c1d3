// Stands in for Shopify's dynamic checkout script behind `{{ form | payment_button }}` ("Buy it
// now"): it buys the product form's chosen variant straight away. Ours adds it with the Ajax API
// and goes to /checkout (Shopify's own creates a separate checkout; the end page is the same).
// Like the real one it reads the form's `id` field, so a disabled master select leaves it inert.
(function () {
  'use strict';

  function buyNow(form, button) {
    var data = new FormData(form);
    var id = data.get('id');
    if (!id) return;
    button.disabled = true;
    var item = { id: Number(id), quantity: Number(data.get('quantity') || 1) };
    fetch('/cart/add.js', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ items: [item] }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('Buy it now failed: /cart/add.js answered ' + response.status);
        window.location.href = '/checkout';
      })
      .catch(function (error) {
        button.disabled = false;
        console.error(error);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.shopify-payment-button__button').forEach(function (button) {
      var form = button.closest('form');
      if (form) button.addEventListener('click', function () { buyNow(form, button); });
    });
  });
})();
