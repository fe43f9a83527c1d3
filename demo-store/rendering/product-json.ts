// Product JSON in the three shapes storefronts expose (SHOPIFY-FACTS §1.1, §1.3):
// `/products/h.js` (cents, Ajax API), `/products/h.json` (Admin-REST-like,
// decimal strings) and `/products.json` (public catalogue, decimal strings).

import { type CatalogueProduct, type CatalogueVariant, isProductAvailable, isVariantAvailable, variantImage, variantName } from '../catalogue.js';
import { decimalString } from './html.js';
import { imagePath, protocolRelativeImageUrl } from './product-images.js';

function optionFields(variant: CatalogueVariant) {
  return { option1: variant.options[0] ?? null, option2: variant.options[1] ?? null, option3: variant.options[2] ?? null };
}

function priceRange(values: number[]) {
  return { min: Math.min(...values), max: Math.max(...values) };
}

export function variantAjaxJson(host: string, product: CatalogueProduct, variant: CatalogueVariant) {
  const image = product.images.find((candidate) => candidate.id === variant.imageId);
  const defaultOnly = variant.title === 'Default Title';
  return {
    id: variant.id,
    title: variant.title,
    ...optionFields(variant),
    sku: variant.sku,
    requires_shipping: true,
    taxable: true,
    featured_image: image
      ? { id: image.id, product_id: product.id, position: product.images.indexOf(image) + 1, alt: image.alt, width: image.width, height: image.height, src: protocolRelativeImageUrl(host, image), variant_ids: [variant.id] }
      : null,
    available: isVariantAvailable(variant),
    name: variantName(product, variant),
    public_title: defaultOnly ? null : variant.title,
    options: variant.options,
    price: variant.priceCents,
    weight: variant.grams,
    compare_at_price: variant.compareAtPriceCents,
    inventory_management: variant.inventoryManagement,
    barcode: variant.barcode,
    requires_selling_plan: false,
    selling_plan_allocations: [] as unknown[],
    quantity_rule: { min: 1, max: null, increment: 1 },
  };
}

export function productAjaxJson(host: string, product: CatalogueProduct) {
  const prices = priceRange(product.variants.map((variant) => variant.priceCents));
  const compareAt = product.variants.map((variant) => variant.compareAtPriceCents ?? 0);
  const compareRange = priceRange(compareAt);
  const images = product.images.map((image) => protocolRelativeImageUrl(host, image));
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    description: product.descriptionHtml,
    published_at: product.publishedAt,
    created_at: product.createdAt,
    vendor: product.vendor,
    type: product.productType,
    tags: product.tags,
    price: prices.min,
    price_min: prices.min,
    price_max: prices.max,
    available: isProductAvailable(product),
    price_varies: prices.min !== prices.max,
    compare_at_price: compareRange.min || null,
    compare_at_price_min: compareRange.min,
    compare_at_price_max: compareRange.max,
    compare_at_price_varies: compareRange.min !== compareRange.max,
    variants: product.variants.map((variant) => variantAjaxJson(host, product, variant)),
    images,
    featured_image: images[0] ?? null,
    options: product.options.map((option, index) => ({ name: option.name, position: index + 1, values: option.values })),
    url: `/products/${product.handle}`,
    media: product.images.map((image, index) => ({
      alt: image.alt,
      id: image.id + 1000,
      position: index + 1,
      preview_image: { aspect_ratio: image.width / image.height, height: image.height, width: image.width, src: `https://${host}${imagePath(image)}` },
      aspect_ratio: image.width / image.height,
      height: image.height,
      media_type: 'image',
      src: protocolRelativeImageUrl(host, image),
      width: image.width,
    })),
    requires_selling_plan: false,
    selling_plan_groups: [] as unknown[],
  };
}

function imageJson(origin: string, product: CatalogueProduct, imageIndex: number) {
  const image = product.images[imageIndex];
  if (!image) return null;
  return {
    id: image.id,
    created_at: product.createdAt,
    position: imageIndex + 1,
    updated_at: product.updatedAt,
    product_id: product.id,
    variant_ids: product.variants.filter((variant) => variant.imageId === image.id).map((variant) => variant.id),
    src: `${origin}${imagePath(image)}`,
    width: image.width,
    height: image.height,
  };
}

/** One entry of /products.json and /collections/h/products.json. */
export function productCatalogueJson(origin: string, product: CatalogueProduct) {
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    body_html: product.descriptionHtml,
    published_at: product.publishedAt,
    created_at: product.createdAt,
    updated_at: product.updatedAt,
    vendor: product.vendor,
    product_type: product.productType,
    tags: product.tags,
    variants: product.variants.map((variant, index) => {
      const image = variantImage(product, variant);
      return {
        id: variant.id,
        title: variant.title,
        ...optionFields(variant),
        sku: variant.sku,
        requires_shipping: true,
        taxable: true,
        featured_image: variant.imageId && image ? imageJson(origin, product, product.images.indexOf(image)) : null,
        available: isVariantAvailable(variant),
        price: decimalString(variant.priceCents),
        grams: variant.grams,
        compare_at_price: variant.compareAtPriceCents === null ? null : decimalString(variant.compareAtPriceCents),
        position: index + 1,
        product_id: product.id,
        created_at: product.createdAt,
        updated_at: product.updatedAt,
      };
    }),
    images: product.images.map((_, index) => imageJson(origin, product, index)),
    options: product.options.map((option, index) => ({ name: option.name, position: index + 1, values: option.values })),
  };
}

/** `{"product": …}` of /products/h.json: Admin-REST-like, tags as one string. */
export function productAdminJson(origin: string, product: CatalogueProduct) {
  const images = product.images.map((_, index) => imageJson(origin, product, index));
  return {
    product: {
      id: product.id,
      title: product.title,
      body_html: product.descriptionHtml,
      vendor: product.vendor,
      product_type: product.productType,
      created_at: product.createdAt,
      handle: product.handle,
      updated_at: product.updatedAt,
      published_at: product.publishedAt,
      template_suffix: null,
      published_scope: 'global',
      tags: product.tags.join(', '),
      variants: product.variants.map((variant, index) => ({
        id: variant.id,
        product_id: product.id,
        title: variant.title,
        price: decimalString(variant.priceCents),
        sku: variant.sku,
        position: index + 1,
        compare_at_price: variant.compareAtPriceCents === null ? null : decimalString(variant.compareAtPriceCents),
        fulfillment_service: 'manual',
        inventory_management: variant.inventoryManagement,
        ...optionFields(variant),
        created_at: product.createdAt,
        updated_at: product.updatedAt,
        taxable: true,
        barcode: variant.barcode,
        grams: variant.grams,
        image_id: variant.imageId,
        weight: variant.grams / 1000,
        weight_unit: 'kg',
        requires_shipping: true,
        price_currency: 'USD',
        compare_at_price_currency: variant.compareAtPriceCents === null ? '' : 'USD',
      })),
      options: product.options.map((option, index) => ({ id: product.id + index + 1, product_id: product.id, name: option.name, position: index + 1, values: option.values })),
      images,
      image: images[0] ?? null,
    },
  };
}
