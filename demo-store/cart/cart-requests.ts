// zod schemas for the Ajax cart bodies. Lenient on purpose: themes and apps send
// extra fields (form_type, utf8, product-id, section-id) and numbers as strings,
// and Shopify accepts them, so unknown keys are dropped rather than refused.

import { z } from 'zod';

const numericId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]);
const count = z.union([z.number().int().nonnegative(), z.string().trim().regex(/^\d+$/).transform(Number)]);
const properties = z
  .record(z.string(), z.unknown())
  .transform((record) => Object.fromEntries(Object.entries(record).map(([name, value]) => [name, String(value ?? '')])));
const sections = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((id) => id.trim()).filter(Boolean));

/** `sections` and `sections_url` ride along on every mutation (Section Rendering API). */
const sectionFields = {
  sections: sections.optional(),
  sections_url: z.string().optional(),
};

const addItem = z.object({
  id: numericId,
  quantity: count.optional().transform((value) => (value === undefined || value === 0 ? 1 : value)),
  properties: properties.optional().transform((value) => value ?? {}),
});

export const addItemsBody = z.object({ items: z.array(addItem).min(1), ...sectionFields });
export const addSingleBody = addItem.extend(sectionFields);

export const changeBody = z.object({
  line: count.optional(),
  id: z.union([z.number().int().positive(), z.string().min(1)]).optional(),
  quantity: count,
  properties: properties.optional(),
  ...sectionFields,
});

export const updateBody = z.object({
  updates: z.union([z.array(count), z.record(z.string(), count)]).optional(),
  note: z.string().optional(),
  attributes: z.record(z.string(), z.unknown()).optional().transform((record) =>
    record ? Object.fromEntries(Object.entries(record).map(([name, value]) => [name, String(value ?? '')])) : undefined,
  ),
  ...sectionFields,
});

export type AddItemsBody = z.infer<typeof addItemsBody>;
export type AddSingleBody = z.infer<typeof addSingleBody>;
export type ChangeBody = z.infer<typeof changeBody>;
export type UpdateBody = z.infer<typeof updateBody>;

export const faultListBody = z.array(z.string());
