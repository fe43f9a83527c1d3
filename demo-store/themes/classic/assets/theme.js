// The classic theme's script (our own, modelled on what Debut's theme.js does in a shopper's
// browser): the header's mobile menu and search drawer, the product section's option dropdowns
// kept in step with the hidden master `select[name=id]` (plus price, button, image and
// `?variant=` in the URL), and the cart page's phone quantity fields copied into `updates[]`.
// No jQuery, no Ajax: adding to cart and updating the cart are native form posts.
(function () {
  'use strict';

  function initHeader() {
    var toggle = document.querySelector('.js-mobile-nav-toggle');
    var mobileNav = document.querySelector('.mobile-nav-wrapper');
    if (toggle && mobileNav) {
      toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.classList.toggle('mobile-nav--open', !open);
        toggle.classList.toggle('mobile-nav--close', open);
        mobileNav.classList.toggle('js-menu--is-open', open);
      });
    }
    var drawer = document.querySelector('[data-predictive-search-drawer]');
    var openSearch = document.querySelector('[data-predictive-search-open-drawer]');
    if (!drawer || !openSearch) return;
    openSearch.addEventListener('click', function () {
      drawer.hidden = false;
      drawer.querySelector('input[name="q"]').focus();
    });
    drawer.querySelector('.js-drawer-close').addEventListener('click', function () {
      drawer.hidden = true;
      openSearch.focus();
    });
  }

  function formatMoney(cents) {
    return '$' + (cents / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  function ProductSection(container) {
    var sectionId = container.getAttribute('data-section-id');
    var json = document.getElementById('ProductJson-' + sectionId);
    if (!json) return;
    this.container = container;
    this.product = JSON.parse(json.textContent);
    this.form = container.querySelector('[data-product-form]');
    this.masterSelect = container.querySelector('#ProductSelect-' + sectionId);
    this.optionSelects = Array.prototype.slice.call(container.querySelectorAll('.single-option-selector-' + sectionId));
    this.addToCart = container.querySelector('[data-add-to-cart]');
    this.addToCartText = container.querySelector('[data-add-to-cart-text]');
    this.price = container.querySelector('[data-price]');
    this.status = container.parentNode.querySelector('[data-product-status]');
    this.featuredImage = container.querySelector('[data-product-featured-media]');
    this.historyEnabled = container.getAttribute('data-enable-history-state') === 'true';
    var onChange = this.onOptionChange.bind(this);
    this.optionSelects.forEach(function (select) { select.addEventListener('change', onChange); });
    this.initThumbnails(sectionId);
  }

  ProductSection.prototype.currentVariant = function () {
    var chosen = this.optionSelects.map(function (select) {
      return { index: select.getAttribute('data-index'), value: select.value };
    });
    return this.product.variants.find(function (variant) {
      return chosen.every(function (option) { return variant[option.index] === option.value; });
    });
  };

  ProductSection.prototype.onOptionChange = function () {
    var variant = this.currentVariant();
    this.updateButton(variant);
    if (!variant) return;
    // The master select is what the form posts; its `disabled` state is the template's business.
    this.masterSelect.value = String(variant.id);
    this.updatePrice(variant);
    if (variant.featured_image && this.featuredImage) this.featuredImage.src = variant.featured_image.src + '&width=1024';
    if (this.historyEnabled && window.history.replaceState) {
      var url = window.location.protocol + '//' + window.location.host + window.location.pathname + '?variant=' + variant.id;
      window.history.replaceState({ path: url }, '', url);
    }
  };

  ProductSection.prototype.updateButton = function (variant) {
    var strings = Object.assign({}, theme.strings, theme.productStrings || {});
    var label = !variant ? strings.unavailable : variant.available ? strings.addToCart : strings.soldOut;
    var buyable = !!variant && variant.available;
    this.addToCart.disabled = !buyable;
    this.addToCartText.textContent = label;
    this.form.classList.toggle('product-form--variant-sold-out', !buyable);
    if (this.status) this.status.textContent = buyable ? '' : label;
  };

  ProductSection.prototype.updatePrice = function (variant) {
    var onSale = variant.compare_at_price !== null && variant.compare_at_price > variant.price;
    this.price.classList.toggle('price--on-sale', onSale);
    this.price.classList.toggle('price--sold-out', !variant.available);
    this.price.querySelectorAll('[data-regular-price], [data-sale-price]').forEach(function (node) {
      node.textContent = formatMoney(variant.price);
    });
    this.price.querySelector('[data-compare-price]').textContent = onSale ? formatMoney(variant.compare_at_price) : '';
  };

  ProductSection.prototype.initThumbnails = function (sectionId) {
    var featured = this.featuredImage;
    var thumbnails = this.container.querySelectorAll('.product-single__thumbnail--' + sectionId);
    thumbnails.forEach(function (thumbnail) {
      thumbnail.addEventListener('click', function (event) {
        event.preventDefault();
        if (featured) featured.src = thumbnail.getAttribute('href');
        thumbnails.forEach(function (other) {
          other.classList.toggle('active-thumb', other === thumbnail);
          if (other === thumbnail) other.setAttribute('aria-current', 'true');
          else other.removeAttribute('aria-current');
        });
      });
    });
  };

  // On phones each cart row shows a quantity field without a name; the posted one is hidden.
  function initCart() {
    document.querySelectorAll('[data-cart-item]').forEach(function (row) {
      var mobile = row.querySelector('[data-quantity-input-mobile]');
      var posted = row.querySelector('[data-quantity-input-desktop]');
      if (!mobile || !posted) return;
      mobile.addEventListener('input', function () { posted.value = mobile.value; });
      posted.addEventListener('input', function () { mobile.value = posted.value; });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    initHeader();
    document.querySelectorAll('[data-section-type="product"]').forEach(function (container) {
      new ProductSection(container);
    });
    initCart();
  });
})();
