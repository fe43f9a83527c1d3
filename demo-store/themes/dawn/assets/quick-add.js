// Dawn's quick-add modal: "Choose options" fetches the product page, lifts its product-info into
// the modal with every section id prefixed `quickadd-` (so the main form's ids stay unique), drops
// what a modal does not need, and opens. The lifted product form adds to cart like the main one;
// product-form.js closes the modal before opening the notification or drawer.

if (!customElements.get('quick-add-modal')) {
  customElements.define(
    'quick-add-modal',
    class QuickAddModal extends ModalDialog {
      constructor() {
        super();
        this.modalContent = this.querySelector('[id^="QuickAddInfo-"]');
        this.addEventListener('product-info:loaded', ({ target }) => {
          target.addPreProcessCallback(this.preprocessHTML.bind(this));
        });
      }

      hide(preventFocus = false) {
        const cart = document.querySelector('cart-notification') || document.querySelector('cart-drawer');
        if (cart) cart.setActiveElement(this.openedBy);
        this.modalContent.innerHTML = '';
        if (preventFocus) this.openedBy = null;
        super.hide();
      }

      show(opener) {
        opener.setAttribute('aria-disabled', true);
        opener.classList.add('loading');
        opener.querySelector('.loading__spinner').classList.remove('hidden');
        fetch(opener.getAttribute('data-product-url'))
          .then((response) => response.text())
          .then((responseText) => {
            const productElement = new DOMParser().parseFromString(responseText, 'text/html').querySelector('product-info');
            this.preprocessHTML(productElement);
            HTMLUpdateUtility.setInnerHTML(this.modalContent, productElement.outerHTML);
            window.Shopify?.PaymentButton?.init();
            super.show(opener);
          })
          .finally(() => {
            opener.removeAttribute('aria-disabled');
            opener.classList.remove('loading');
            opener.querySelector('.loading__spinner').classList.add('hidden');
          });
      }

      preprocessHTML(productElement) {
        productElement.classList.forEach((className) => {
          if (className.startsWith('color-') || className === 'gradient') this.modalContent.classList.add(className);
        });
        this.preventDuplicatedIDs(productElement);
        productElement.querySelectorAll('pickup-availability, product-modal, modal-dialog').forEach((element) => element.remove());
        productElement.setAttribute('data-update-url', 'false');
      }

      preventDuplicatedIDs(productElement) {
        const sectionId = productElement.dataset.section;
        const newId = `quickadd-${sectionId}`;
        productElement.innerHTML = productElement.innerHTML.replaceAll(sectionId, newId);
        Array.from(productElement.attributes).forEach((attribute) => {
          if (attribute.value.includes(sectionId)) productElement.setAttribute(attribute.name, attribute.value.replace(sectionId, newId));
        });
        productElement.dataset.originalSection = sectionId;
      }
    },
  );
}
