// Shared theme helpers, after Dawn's assets/global.js, constants.js and pubsub.js: fetch
// config, a tiny pub/sub, HTML swapping, quantity steppers, the sticky header, the search
// modal, modals (quick add), the variant picker element and product recommendations.
// Classic script: its top-level names are shared with the other assets.

const ON_CHANGE_DEBOUNCE_TIMER = 300;

const PUB_SUB_EVENTS = {
  cartUpdate: 'cart-update',
  quantityUpdate: 'quantity-update',
  optionValueSelectionChange: 'option-value-selection-change',
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

/** Focus handling for dialogs, reduced to what a keyboard user needs: focus moves in, and back. */
function trapFocus(container, elementToFocus = container) {
  if (elementToFocus && typeof elementToFocus.focus === 'function') elementToFocus.focus({ preventScroll: true });
}

function removeTrapFocus(elementToFocus = null) {
  if (elementToFocus && typeof elementToFocus.focus === 'function') elementToFocus.focus({ preventScroll: true });
}

/** Swaps fetched HTML in, re-running its inline scripts (innerHTML alone leaves them dead). */
class HTMLUpdateUtility {
  static viewTransition(oldNode, newContent, preProcessCallbacks = [], postProcessCallbacks = []) {
    preProcessCallbacks.forEach((callback) => callback(newContent));
    const wrapper = document.createElement('div');
    HTMLUpdateUtility.setInnerHTML(wrapper, newContent.outerHTML);
    const newNode = wrapper.firstElementChild;
    // The old node lingers hidden for a moment: rename its ids so lookups find the new one.
    const suffix = Date.now();
    oldNode.querySelectorAll('[id], [form]').forEach((element) => {
      if (element.id) element.id = `${element.id}-${suffix}`;
      if (element.form) element.setAttribute('form', `${element.form.getAttribute('id')}-${suffix}`);
    });
    oldNode.parentNode.insertBefore(newNode, oldNode);
    oldNode.style.display = 'none';
    postProcessCallbacks.forEach((callback) => callback(newNode));
    setTimeout(() => oldNode.remove(), 500);
  }

  static setInnerHTML(element, html) {
    element.innerHTML = html;
    element.querySelectorAll('script').forEach((oldScript) => {
      const fresh = document.createElement('script');
      Array.from(oldScript.attributes).forEach((attribute) => fresh.setAttribute(attribute.name, attribute.value));
      fresh.appendChild(document.createTextNode(oldScript.innerHTML));
      oldScript.parentNode.replaceChild(fresh, oldScript);
    });
  }
}

/** A dialog moved to <body> on connect; closed by its ModalClose- button, Escape or a backdrop click. */
class ModalDialog extends HTMLElement {
  constructor() {
    super();
    this.querySelector('[id^="ModalClose-"]').addEventListener('click', this.hide.bind(this, false));
    this.addEventListener('keyup', (event) => {
      if (event.code.toUpperCase() === 'ESCAPE') this.hide();
    });
    this.addEventListener('click', (event) => {
      if (event.target === this) this.hide();
    });
  }

  connectedCallback() {
    if (this.moved) return;
    this.moved = true;
    this.dataset.section = this.closest('.shopify-section')?.id.replace('shopify-section-', '') ?? '';
    document.body.appendChild(this);
  }

  show(opener) {
    this.openedBy = opener;
    document.body.classList.add('overflow-hidden');
    this.setAttribute('open', '');
    trapFocus(this, this.querySelector('[role="dialog"]'));
  }

  hide() {
    document.body.classList.remove('overflow-hidden');
    document.body.dispatchEvent(new CustomEvent('modalClosed'));
    this.removeAttribute('open');
    removeTrapFocus(this.openedBy);
  }
}

if (!customElements.get('modal-dialog')) customElements.define('modal-dialog', ModalDialog);

class ModalOpener extends HTMLElement {
  constructor() {
    super();
    const button = this.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const modal = document.querySelector(this.getAttribute('data-modal'));
      if (modal) modal.show(button);
    });
  }
}

if (!customElements.get('modal-opener')) customElements.define('modal-opener', ModalOpener);

/** The picker publishes the checked option value ids; product-info.js does the fetching. */
class VariantSelects extends HTMLElement {
  connectedCallback() {
    this.addEventListener('change', (event) => {
      const target = event.target.tagName === 'SELECT' ? event.target.selectedOptions[0] : event.target;
      if (event.target.tagName === 'SELECT') {
        Array.from(event.target.options).forEach((option) => option.removeAttribute('selected'));
        target.setAttribute('selected', 'selected');
      }
      publish(PUB_SUB_EVENTS.optionValueSelectionChange, { data: { event, target, selectedOptionValues: this.selectedOptionValues } });
    });
  }

  get selectedOptionValues() {
    return Array.from(this.querySelectorAll('select option[selected], fieldset input:checked')).map(({ dataset }) => dataset.optionValueId);
  }
}

if (!customElements.get('variant-selects')) customElements.define('variant-selects', VariantSelects);

/** Loads the recommendations section when the element comes within 400px of the viewport. */
class ProductRecommendations extends HTMLElement {
  connectedCallback() {
    this.observer?.unobserve(this);
    this.observer = new IntersectionObserver(
      (entries, observer) => {
        if (!entries[0].isIntersecting) return;
        observer.unobserve(this);
        this.loadRecommendations(this.dataset.productId);
      },
      { rootMargin: '0px 0px 400px 0px' },
    );
    this.observer.observe(this);
  }

  loadRecommendations(productId) {
    fetch(`${this.dataset.url}&product_id=${productId}&section_id=${this.dataset.sectionId}`)
      .then((response) => response.text())
      .then((text) => {
        const html = document.createElement('div');
        html.innerHTML = text;
        const recommendations = html.querySelector('product-recommendations');
        if (recommendations?.innerHTML.trim().length) this.innerHTML = recommendations.innerHTML;
        if (html.querySelector('.grid__item')) this.classList.add('product-recommendations--loaded');
      })
      .catch((error) => console.error(error));
  }
}

if (!customElements.get('product-recommendations')) customElements.define('product-recommendations', ProductRecommendations);
