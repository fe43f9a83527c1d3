// product-recommendations: once on screen, fetches
// {data-url}&product_id=…&section_id=…&intent=… and replaces itself with the rendered section.
import { parseHtml } from '@theme/utilities';

class ProductRecommendations extends HTMLElement {
  connectedCallback() {
    if (this.dataset.recommendationsPerformed === 'true') return;
    new IntersectionObserver((entries, observer) => {
      if (!entries[0]?.isIntersecting) return;
      observer.disconnect();
      this.#load();
    }, { rootMargin: '0px 0px 400px 0px' }).observe(this);
  }

  async #load() {
    const { productId, sectionId, intent } = this.dataset;
    const response = await fetch(`${this.dataset.url}&product_id=${productId}&section_id=${sectionId}&intent=${intent}`);
    if (!response.ok) return;
    const fresh = parseHtml(await response.text()).querySelector('product-recommendations');
    if (fresh?.querySelector('product-card')) this.innerHTML = fresh.innerHTML;
    this.dataset.recommendationsPerformed = 'true';
  }
}

if (!customElements.get('product-recommendations')) customElements.define('product-recommendations', ProductRecommendations);
