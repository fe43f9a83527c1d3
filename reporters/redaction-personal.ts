// Personal data in free text: emails, card numbers (brand prefix + length + Luhn) and phone numbers.
// Narrow patterns on purpose: variant ids, timestamps, IPs and prices must survive for the diagnosis.

export const REDACTED_EMAIL = '[REDACTED:email]';
export const REDACTED_CARD = '[REDACTED:card]';
export const REDACTED_PHONE = '[REDACTED:phone]';

/** File names like logo@2x.png look like emails; their "top-level domain" gives them away. */
const fileExtensions = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'avif', 'js', 'mjs', 'css', 'json', 'map', 'woff', 'woff2']);

/** Plain and URL-encoded (`%40`, as in query strings) addresses. */
export function maskEmails(text: string): string {
  return text.replace(/[A-Za-z0-9._%+-]+(?:@|%40)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,24}))\b/gi, (whole, _domain: string, topLevel: string) =>
    fileExtensions.has(topLevel.toLowerCase()) ? whole : REDACTED_EMAIL,
  );
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Issuer prefixes and lengths. Requiring them (not just Luhn, which one number in ten passes)
 * keeps 13–14 digit Shopify product and variant ids out; 13-digit legacy Visa is left out for that reason.
 */
const cardBrands: Array<[RegExp, number[]]> = [
  [/^4/, [16, 19]],
  [/^(5[1-5]|2[2-7])/, [16]],
  [/^3[47]/, [15]],
  [/^3(0[0-5]|[68])/, [14, 16]],
  [/^(6011|65|64[4-9])/, [16, 17, 18, 19]],
  [/^35/, [16, 17, 18, 19]],
  [/^62/, [16, 17, 18, 19]],
];

export function looksLikeCardNumber(digits: string): boolean {
  const brand = cardBrands.find(([prefix]) => prefix.test(digits));
  return !!brand && brand[1].includes(digits.length) && passesLuhn(digits);
}

export function maskCardNumbers(text: string): string {
  return text.replace(/(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d])/g, (whole) => (looksLikeCardNumber(whole.replace(/\D/g, '')) ? REDACTED_CARD : whole));
}

/** Patterns need separators or a leading +, so bare ids and timestamps never read as phones. */
const phonePatterns: RegExp[] = [
  /\btel:[+\d\s().-]{6,}\d/gi,
  /(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w])/g,
  /(?<![\w(])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w])/g,
  /(?<![\w.])0\d(?:[\s.]\d{2}){4}(?![\w.])/g,
];

export function maskPhoneNumbers(text: string): string {
  let masked = text;
  for (const pattern of phonePatterns) {
    masked = masked.replace(pattern, (whole) => {
      const digits = whole.replace(/\D/g, '').length;
      return digits >= 8 && digits <= 15 ? REDACTED_PHONE : whole;
    });
  }
  return masked;
}
