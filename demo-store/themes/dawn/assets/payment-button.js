// Local stand-in for the script Shopify injects for `{{ form | payment_button }}` (dynamic
// checkout). The server renders "Buy it now" disabled and aria-hidden; this enables it for an
// available variant, follows the form's input[name=id] as the shopper picks variants, and on
// click buys that variant alone: it posts JSON to /cart/add.js and goes to /checkout, which
// redirects to /checkouts/cn/{token}. (Shopify creates a separate one-line checkout; the demo
// store only has the shopper's cart, so the line joins it.) No network beyond the store.

(function () {
  function variantParams(container) {
    try {
      return JSON.parse(container.querySelector('shopify-accelerated-checkout').getAttribute('variant-params')) || [];
    } catch (error) {
      return [];
    }
  }

  function syncButton(container) {
    const form = container.closest('form');
    const button = container.querySelector('.shopify-payment-button__button');
    const idInput = form && form.querySelector('[name=id]');
    if (!button || !idInput) return;
    const variant = variantParams(container).find((candidate) => String(candidate.id) === idInput.value);
    const buyable = Boolean(variant && variant.available);
    button.disabled = !buyable;
    button.removeAttribute('aria-hidden');
  }

  function buyNow(container, button) {
    const form = container.closest('form');
    const quantityInput = document.querySelector(`input[name="quantity"][form="${form.id}"]`) || form.querySelector('[name=quantity]');
    const body = JSON.stringify({ items: [{ id: Number(form.querySelector('[name=id]').value), quantity: Number(quantityInput ? quantityInput.value : 1) || 1 }] });
    button.setAttribute('aria-busy', 'true');
    fetch(`${window.Shopify.routes.root}cart/add.js`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body })
      .then((response) => {
        if (!response.ok) throw new Error(`cart/add.js answered ${response.status}`);
        window.location.assign(`${window.Shopify.routes.root}checkout`);
      })
      .catch((error) => {
        button.removeAttribute('aria-busy');
        console.warn(error.message);
      });
  }

  function init() {
    document.querySelectorAll('[data-shopify="payment-button"]').forEach((container) => {
      syncButton(container);
      if (container.dataset.initialized) return;
      container.dataset.initialized = 'true';
      const form = container.closest('form');
      form?.addEventListener('change', (event) => {
        if (event.target.name === 'id') syncButton(container);
      });
      container.querySelector('.shopify-payment-button__button')?.addEventListener('click', (event) => {
        event.preventDefault();
        buyNow(container, event.currentTarget);
      });
    });
  }

  window.Shopify = window.Shopify || {};
  window.Shopify.PaymentButton = { init };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
