// snippets/product-variant-picker + product-variant-options (pill style).
// A value is "disabled" when no available variant combines it with the values
// selected for the options before it, which is how Dawn greys out pills.
// The variants JSON lets product-info.js switch variants without a refetch.

import { type CatalogueProduct, type CatalogueVariant, hasOnlyDefaultVariant, isVariantAvailable } from '../../catalogue.js';
import { escapeHtml, jsonForScript } from '../../html.js';
import { variantAjaxJson } from '../../product-json.js';

export function isOptionValueAvailable(product: CatalogueProduct, selected: CatalogueVariant, position: number, value: string): boolean {
  return product.variants.some(
    (variant) =>
      isVariantAvailable(variant) &&
      variant.options[position] === value &&
      selected.options.slice(0, position).every((selectedValue, index) => variant.options[index] === selectedValue),
  );
}

export interface VariantPickerInput {
  host: string;
  sectionId: string;
  product: CatalogueProduct;
  selected: CatalogueVariant;
}

export function renderVariantPicker({ host, sectionId, product, selected }: VariantPickerInput): string {
  if (hasOnlyDefaultVariant(product)) return '';
  const formId = `product-form-${sectionId}`;
  const fieldsets = product.options
    .map((option, position) => {
      const inputs = option.values
        .map((value, index) => {
          const id = `${sectionId}-${position + 1}-${index}`;
          const available = isOptionValueAvailable(product, selected, position, value);
          const checked = selected.options[position] === value;
          return `<input type="radio" id="${id}" name="${escapeHtml(option.name)}-${position + 1}" value="${escapeHtml(value)}" form="${formId}"${checked ? ' checked' : ''}${available ? '' : ' class="disabled"'} data-option-position="${position}"><label for="${id}">${escapeHtml(value)}${available ? '' : '<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span>'}</label>`;
        })
        .join('\n');
      return `<fieldset class="js product-form__input product-form__input--pill"><legend class="form__label">${escapeHtml(option.name)}</legend>\n${inputs}\n</fieldset>`;
    })
    .join('\n');
  const variants = product.variants.map((variant) => variantAjaxJson(host, product, variant));
  return `<variant-selects id="variant-selects-${sectionId}" data-section="${sectionId}">
${fieldsets}
<script type="application/json" data-selected-variant>${jsonForScript(variantAjaxJson(host, product, selected))}</script>
<script type="application/json" data-product-variants>${jsonForScript(variants)}</script>
</variant-selects>`;
}
