// Shared theme helpers, after Dawn's assets/global.js and constants.js: fetch
// config, a tiny pub/sub, quantity steppers, the sticky header and the search
// modal. Classic script: its top-level names are shared with the other assets.

const PUB_SUB_EVENTS = {
  cartUpdate: 'cart-update',
  quantityUpdate: 'quantity-update',
  variantChange: 'variant-change',
  cartError: 'cart-error',
};

let subscribers = {};

function subscribe(eventName, callback) {
  if (subscribers[eventName] === undefined) subscribers[eventName] = [];
  subscribers[eventName] = [...subscribers[eventName], callback];
  return function unsubscribe() {
    subscribers[eventName] = subscribers[eventName].filter((cb) => cb !== callback);
  };
}

function publish(eventName, data) {
  if (subscribers[eventName]) {
    const promises = subscribers[eventName].map((callback) => callback(data));
    return Promise.all(promises);
  }
  return Promise.resolve();
}

function fetchConfig(type = 'json') {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: `application/${type}` },
  };
}

function debounce(fn, wait) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

/** "$25.00 USD", as the theme prints money_with_currency. */
function formatMoneyWithCurrency(cents) {
  const dollars = Math.floor(Math.abs(cents) / 100).toLocaleString('en-US');
  const remainder = String(Math.abs(cents) % 100).padStart(2, '0');
  return `${cents < 0 ? '-' : ''}$${dollars}.${remainder} USD`;
}

class QuantityInput extends HTMLElement {
  constructor() {
    super();
    this.input = this.querySelector('input');
    this.changeEvent = new Event('change', { bubbles: true });
    this.querySelectorAll('button').forEach((button) => button.addEventListener('click', this.onButtonClick.bind(this)));
  }

  onButtonClick(event) {
    event.preventDefault();
    const previousValue = this.input.value;
    if (event.currentTarget.name === 'plus') this.input.stepUp();
    else this.input.stepDown();
    if (previousValue !== this.input.value) this.input.dispatchEvent(this.changeEvent);
  }
}

if (!customElements.get('quantity-input')) customElements.define('quantity-input', QuantityInput);

class StickyHeader extends HTMLElement {
  reveal() {
    this.classList.remove('scrolled-past-header');
  }
}

if (!customElements.get('sticky-header')) customElements.define('sticky-header', StickyHeader);

class DetailsModal extends HTMLElement {
  constructor() {
    super();
    this.detailsContainer = this.querySelector('details');
    this.detailsContainer.addEventListener('toggle', () => {
      if (this.detailsContainer.open) this.querySelector('input[type="search"], input[type="password"]')?.focus();
    });
    this.addEventListener('keyup', (event) => {
      if (event.code === 'Escape') this.detailsContainer.removeAttribute('open');
    });
    this.querySelector('.modal-overlay')?.addEventListener('click', () => this.detailsContainer.removeAttribute('open'));
  }
}

if (!customElements.get('details-modal')) customElements.define('details-modal', DetailsModal);
