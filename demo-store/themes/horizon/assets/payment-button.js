// Stand-in for Shopify's accelerated checkout element (`{{ form | payment_button }}`): with no
// wallet available it is an unbranded "Buy it now" button that adds the form's variant and goes
// straight to checkout.
class ShopifyAcceleratedCheckout extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', this.buyNow);
  }

  buyNow = async () => {
    const form = this.closest('form');
    const id = form?.querySelector('input[name="id"]:not([disabled])')?.value;
    const quantity = Number(form?.querySelector('input[name="quantity"]')?.value) || 1;
    if (!id) return;
    const response = await fetch('/cart/add.js', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ items: [{ id: Number(id), quantity }] }) });
    if (response.ok) window.location.assign('/checkout');
  };
}

if (!customElements.get('shopify-accelerated-checkout')) customElements.define('shopify-accelerated-checkout', ShopifyAcceleratedCheckout);
