// snippets/product-media-gallery, reduced to the stacked desktop layout Dawn ships by default:
// the variant's featured image first (eager, fetchpriority high), the rest lazy-loaded.
// Every item carries `data-media-id="{section}-{image id}"`, which product-info.js uses to
// bring a variant's image forward after an option change.

import { type CatalogueProduct, type CatalogueVariant, variantImage } from '../../catalogue.js';
import { escapeHtml } from '../../rendering/html.js';
import { imagePath } from '../../rendering/product-images.js';

export function renderProductMedia(sectionId: string, product: CatalogueProduct, variant: CatalogueVariant | null): string {
  const featured = variant ? variantImage(product, variant) : product.images[0];
  const ordered = featured ? [featured, ...product.images.filter((image) => image !== featured)] : product.images;
  const items = ordered
    .map(
      (image, index) => `<li id="Slide-${sectionId}-${image.id}" class="product__media-item grid__item slider__slide${index === 0 ? ' is-active' : ''}" data-media-id="${sectionId}-${image.id}">
  <div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height" style="--ratio: 1.0; --preview-ratio: 1.0;">
    <div class="product__media media media--transparent"><img src="${escapeHtml(imagePath(image, index === 0 ? 1100 : 600))}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"${index === 0 ? ' fetchpriority="high"' : ' loading="lazy"'} sizes="(min-width: 1200px) 715px, (min-width: 990px) calc(65.0vw - 10rem), (min-width: 750px) calc((100vw - 11.5rem) / 2), calc(100vw / 1 - 4rem)"></div>
  </div>
</li>`,
    )
    .join('\n');
  return `<media-gallery id="MediaGallery-${sectionId}" role="region" class="product__column-sticky" aria-label="Gallery Viewer" data-desktop-layout="stacked">
  <div id="GalleryStatus-${sectionId}" class="visually-hidden" role="status"></div>
  <slider-component id="GalleryViewer-${sectionId}" class="slider-mobile-gutter">
    <ul id="Slider-Gallery-${sectionId}" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">${items}</ul>
  </slider-component>
</media-gallery>`;
}
