// Escaping helpers shared by every renderer. The store builds HTML with template
// literals (no template engine dependency), so every interpolated value that can
// come from a request or the catalogue goes through one of these.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** JSON placed inside a <script> element must not be able to close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Renders `name="value"` pairs, dropping false/undefined and printing bare boolean attributes. */
export function attributes(pairs: Record<string, string | number | boolean | undefined | null>): string {
  return Object.entries(pairs)
    .filter(([, value]) => value !== false && value !== undefined && value !== null)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value as string | number)}"`))
    .join(' ');
}

/** Money the way Shopify's `money` and `money_with_currency` filters print USD. */
export function formatMoney(cents: number): string {
  const negative = cents < 0;
  const absolute = Math.abs(cents);
  const dollars = Math.floor(absolute / 100).toLocaleString('en-US');
  const remainder = String(absolute % 100).padStart(2, '0');
  return `${negative ? '-' : ''}$${dollars}.${remainder}`;
}

export function formatMoneyWithCurrency(cents: number): string {
  return `${formatMoney(cents)} USD`;
}

/** Decimal string used by the Admin-REST-like `.json` endpoints ("25.00"). */
export function decimalString(cents: number): string {
  return (cents / 100).toFixed(2);
}
