// blocks/variant-picker + snippets/variant-main-picker, "buttons" style (Horizon's default):
// one fieldset of radio pills per option inside variant-picker > form.variant-picker__form.
// A value with no buyable variant keeps its radio enabled but gets aria-disabled, a
// " - Sold out" accessible name and a strikethrough, as Horizon marks it. The JSON script holds
// the selected variant, which variant-picker.js and product-form.js read after a refetch.
import { type CatalogueProduct, type CatalogueVariant, hasOnlyDefaultVariant } from '../../catalogue.js';
import { escapeHtml, jsonForScript } from '../../rendering/html.js';
import { variantAjaxJson } from '../../rendering/product-json.js';
import { isOptionValueAvailable, optionValueId, variantForValue } from './variant-options.js';

const STRIKETHROUGH = '<svg viewBox="0 0 100 46" preserveAspectRatio="xMidYMid slice" class="variant-option__strikethrough" aria-hidden="true"><line x1="100" y1="0" x2="0" y2="46" vector-effect="non-scaling-stroke"/></svg>';

export interface VariantPickerInput {
  host: string;
  sectionId: string;
  blockId: string;
  product: CatalogueProduct;
  selected: CatalogueVariant;
}

function renderFieldset(input: VariantPickerInput, position: number): string {
  const { product, selected, blockId } = input;
  const option = product.options[position];
  if (!option) return '';
  if (option.values.length === 1) {
    return `<div class="variant-option" data-testid="variant-option-single">${escapeHtml(option.name)}<span class="variant-option__swatch-value">${escapeHtml(selected.options[position] ?? '')}</span></div>`;
  }
  const labels = option.values.map((value, index) => {
    const available = isOptionValueAvailable(product, selected, position, value);
    const checked = selected.options[position] === value;
    const variant = variantForValue(product, selected, position, value);
    return `<label class="variant-option__button-label">
  <input type="radio" name="${escapeHtml(option.name)}-${blockId}-${product.id}" value="${escapeHtml(value)}" aria-label="${escapeHtml(value)}${available ? '' : ' - Sold out'}"${available ? '' : ' aria-disabled="true"'} data-fieldset-index="${position}" data-input-index="${index}" data-option-name="${escapeHtml(option.name)}" data-option-value-id="${optionValueId(product, position, index)}" data-option-available="${available}" data-connected-product-url=""${variant ? ` data-variant-id="${variant.id}"` : ''} data-current-checked="${checked}"${checked ? ' checked' : ''}>
  ${available ? '<span class="variant-option__button-label__pill" data-key="variant-option-pill"></span>' : ''}<span class="variant-option__button-label__text" data-key="variant-option-text">${escapeHtml(value)}</span>${available ? '' : STRIKETHROUGH}
</label>`;
  });
  return `<fieldset class="variant-option variant-option--buttons variant-option--equal-width-buttons" data-fieldset-index="${position}" ref="fieldsets[]">
<legend>${escapeHtml(option.name)}</legend>
${labels.join('\n')}
</fieldset>`;
}

export function renderVariantPicker(input: VariantPickerInput): string {
  const { host, sectionId, blockId, product, selected } = input;
  if (hasOnlyDefaultVariant(product)) return '';
  const fieldsets = product.options.map((_, position) => renderFieldset(input, position)).join('\n');
  return `<variant-picker class="variant-picker spacing-style variant-picker--left" data-section-id="${sectionId}" data-product-id="${product.id}" data-product-handle="${escapeHtml(product.handle)}" data-product-title="${escapeHtml(product.title)}" data-block-id="${blockId}" data-product-url="/products/${escapeHtml(product.handle)}" ref="mainVariantPicker" data-template-product-match="true">
<form class="variant-picker__form">
${fieldsets}
<script type="application/json">${jsonForScript(variantAjaxJson(host, product, selected))}</script>
</form>
</variant-picker>`;
}
