// snippets/product-variant-picker + product-variant-options: pills (the default `button`
// picker type) or dropdowns. Every value carries its option value id; product-info.js sends
// the checked ids as `?option_values=` and swaps in the re-rendered section. Unavailable values
// get class `disabled` plus a hidden "Variant sold out or unavailable" note (pills) or read
// "{value} - Unavailable" (dropdowns), as Dawn marks them.

import { type CatalogueProduct, type CatalogueVariant, hasOnlyDefaultVariant } from '../../catalogue.js';
import { escapeHtml, jsonForScript } from '../../rendering/html.js';
import { variantAjaxJson } from '../../rendering/product-json.js';
import { isOptionValueAvailable, optionValueId } from './product-selection.js';

/** Dawn's variant_picker block setting `picker_type`. */
export type PickerType = 'button' | 'dropdown';

export interface VariantPickerInput {
  host: string;
  sectionId: string;
  pickerType: PickerType;
  product: CatalogueProduct;
  /** Null when the selected option values match no variant. */
  variant: CatalogueVariant | null;
  selectedValues: readonly string[];
}

const UNAVAILABLE_NOTE = '<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span>';

interface ValueView {
  id: string;
  value: string;
  valueId: number;
  selected: boolean;
  available: boolean;
}

function valueViews(input: VariantPickerInput, position: number): ValueView[] {
  const option = input.product.options[position];
  return (option?.values ?? []).map((value, index) => ({
    id: `${input.sectionId}-${position + 1}-${index}`,
    value,
    valueId: optionValueId(input.product, position, index),
    selected: input.selectedValues[position] === value,
    available: isOptionValueAvailable(input.product, input.selectedValues, position, value),
  }));
}

function renderPills(input: VariantPickerInput, name: string, position: number): string {
  const formId = `product-form-${input.sectionId}`;
  const inputs = valueViews(input, position)
    .map(
      (view) => `<input type="radio" id="${view.id}" name="${escapeHtml(name)}-${position + 1}" value="${escapeHtml(view.value)}" form="${formId}"${view.selected ? ' checked' : ''}${view.available ? '' : ' class="disabled"'} data-product-url="" data-option-value-id="${view.valueId}">
<label for="${view.id}">${escapeHtml(view.value)}${UNAVAILABLE_NOTE}</label>`,
    )
    .join('\n');
  return `<fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">${escapeHtml(name)}</legend>
${inputs}
</fieldset>`;
}

function renderDropdown(input: VariantPickerInput, name: string, position: number): string {
  const selectId = `Option-${input.sectionId}-${position}`;
  const options = valueViews(input, position)
    .map(
      (view) =>
        `<option id="${view.id}" value="${escapeHtml(view.value)}"${view.selected ? ' selected="selected"' : ''} data-product-url="" data-option-value-id="${view.valueId}">${escapeHtml(view.available ? view.value : `${view.value} - Unavailable`)}</option>`,
    )
    .join('\n');
  return `<div class="product-form__input product-form__input--dropdown">
<label class="form__label" for="${selectId}">${escapeHtml(name)}</label>
<div class="select">
<select id="${selectId}" class="select__select" name="options[${escapeHtml(name)}]" form="product-form-${input.sectionId}">
${options}
</select>
<span class="svg-wrapper"><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6" width="10" height="6"><path fill="currentColor" fill-rule="evenodd" d="M9.354.646a.5.5 0 0 0-.708 0L5 4.293 1.354.646a.5.5 0 0 0-.708.708l4 4a.5.5 0 0 0 .708 0l4-4a.5.5 0 0 0 0-.708" clip-rule="evenodd"/></svg></span>
</div>
</div>`;
}

/** Nothing for a product with only the "Default Title" variant, as in Dawn. */
export function renderVariantPicker(input: VariantPickerInput): string {
  if (hasOnlyDefaultVariant(input.product)) return '';
  const controls = input.product.options
    .map((option, position) => (input.pickerType === 'dropdown' ? renderDropdown(input, option.name, position) : renderPills(input, option.name, position)))
    .join('\n');
  const selectedJson = input.variant ? variantAjaxJson(input.host, input.product, input.variant) : null;
  return `<variant-selects id="variant-selects-${input.sectionId}" data-section="${input.sectionId}">
${controls}
<script type="application/json" data-selected-variant>${jsonForScript(selectedJson)}</script>
</variant-selects>`;
}
