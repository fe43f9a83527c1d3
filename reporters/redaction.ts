// Redaction: the last thing evidence passes through before it leaves the machine or is stored.
// Callers (diagnosis, alerts, the pipeline's redact stage) hand in raw text or objects; out come copies safe to send.
import { readVariables } from '../config/settings-schema';
import { maskCardNumbers, maskEmails, maskPhoneNumbers } from './redaction-personal';
import type { SkillResult } from '../core/skill-result';

export interface RedactionOptions {
  /** Emails, phones, card numbers, personal form values. Secrets are masked whatever this says. */
  personalData?: boolean;
}

export const REDACTED = '[REDACTED]';

/**
 * REDACT_PII=false turns the personal-data part off; read at call time so tests and the CLI can set it late.
 * A value the schema refuses keeps redaction on: the safe side (a run has already named it and stopped).
 */
export function personalDataRedactionEnabled(environment: NodeJS.ProcessEnv = process.env): boolean {
  try {
    return readVariables(['REDACT_PII'], environment).REDACT_PII;
  } catch {
    return true;
  }
}

/** Object keys whose whole value is a secret, whatever it looks like. */
const secretKeyPattern =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-shopify-access-token|x-api-key|password|passwd|pwd|secret|client_secret|token|access_token|refresh_token|id_token|checkout_token|cart_token|api_key|apikey|api-key|access_key|private_key|session|session_id|sessionid|credentials?|hmac|signature|webhook_?url)$/i;
/** Query parameter / `name=value` names that carry secrets. */
const secretParameterPattern =
  /(?:^|[_-])(?:token|secret|password|passwd|pwd|apikey|api_key|api-key|access_key|private_key|signature|sig|hmac|session|sessionid|session_id|sid|credentials?|auth)$/i;
/** Parameter names that carry personal data (checkout and contact forms put them in URLs and bodies). */
const personalParameterPattern =
  /(?:^|[_.[-])(?:e-?mail|phone|tel|mobile|first_?name|last_?name|full_?name|address[12]?|street|zip|postal_?code|birthday|dob|external_?id|user_?id|uid|hashed_?email|email_?hash|sha256_email_address)\]?$/i;
/** Meta's advanced matching sends every customer field hashed under `ud[...]` (em, ph, fn, ct, zp…): all of it is personal. */
const pixelUserDataPattern = /^ud\[[a-z_]+\]$/i;

/** `accessToken` and `access-token` are judged as `access_token`. */
export function isSecretKey(key: string): boolean {
  const snake = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return secretKeyPattern.test(snake) || secretParameterPattern.test(snake);
}

function isPersonalKey(key: string): boolean {
  const name = decodedName(key);
  return pixelUserDataPattern.test(name) || personalParameterPattern.test(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
}

/** Query strings carry `ud%5Bem%5D` as often as `ud[em]`. */
function decodedName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Secrets first (always), personal data second (unless turned off). Each pattern is narrow on
 * purpose: the diagnosis still needs the URLs, statuses and error texts around what is masked.
 */
const secretRules: Array<[RegExp, string | ((...groups: string[]) => string)]> = [
  // PEM private keys, whole block.
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, `${REDACTED}`],
  // Header lines: everything after the colon, to the end of the line or the closing quote.
  [/\b((?:proxy-)?authorization|cookie|set-cookie|x-shopify-access-token|x-api-key)(["']?\s*[:=]\s*["']?)[^\n\r"']*/gi, (_, name, separator) => `${name}${separator}${REDACTED}`],
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}/g, (_, scheme) => `${scheme} ${REDACTED}`],
  // Credentials in URLs: https://user:pass@host
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi, (_, scheme) => `${scheme}${REDACTED}@`],
  // Vendor key formats: Shopify (shpat_, shpss_, shpca_, shppa_, shpua_), OpenAI/Anthropic, Stripe, GitHub, Slack, AWS, Google, GitLab, JWTs.
  [/\bshp(?:at|ss|ca|pa|ua|tka)_[A-Za-z0-9]{16,}/g, REDACTED],
  [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{16,}/g, REDACTED],
  [/\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}/g, REDACTED],
  [/\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, REDACTED],
  [/\bAKIA[0-9A-Z]{16}\b/g, REDACTED],
  [/\bAIza[0-9A-Za-z_-]{35}\b/g, REDACTED],
  [/\bglpat-[A-Za-z0-9_-]{20,}/g, REDACTED],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, REDACTED],
  // Webhook URLs are bearer credentials in themselves.
  [/(discord(?:app)?\.com\/api\/webhooks\/\d+\/)[A-Za-z0-9_-]+/gi, (_, prefix) => `${prefix}${REDACTED}`],
  [/(hooks\.slack\.com\/services\/)[A-Za-z0-9/]+/gi, (_, prefix) => `${prefix}${REDACTED}`],
  // Checkout, cart-permalink and order-status tokens in Shopify URLs.
  [/(\/checkouts\/(?:(?:cn|c|co|ac)\/)?)([A-Za-z0-9_-]{16,})/g, (_, prefix) => `${prefix}${REDACTED}`],
  [/(\/cart\/c\/)([A-Za-z0-9_-]{16,})/g, (_, prefix) => `${prefix}${REDACTED}`],
  [/(\/orders\/)([a-f0-9]{24,})/gi, (_, prefix) => `${prefix}${REDACTED}`],
  // JSON-ish "name": "value" pairs whose name is secret.
  [/(["'])([A-Za-z0-9_-]+)\1(\s*:\s*)(["'])((?:(?!\4)[^\\]|\\.)*)\4/g, (whole, quote, name, colon, valueQuote) =>
    isSecretKey(name) ? `${quote}${name}${quote}${colon}${valueQuote}${REDACTED}${valueQuote}` : whole],
];

/** `name=value` in URLs, form bodies and log lines; checked name by name. */
const parameterPattern = /([?&;]|\b)([A-Za-z0-9_.[\]%-]+)=([^&?\s#"'<>;,]*)/g;

function maskParameters(text: string, personalData: boolean): string {
  return text.replace(parameterPattern, (whole, lead: string, name: string, value: string) => {
    if (!value || value === REDACTED) return whole;
    const bare = name.replace(/^.*\[|\]$/g, '');
    if (isSecretKey(bare) || isSecretKey(name)) return `${lead}${name}=${REDACTED}`;
    // Checkout URLs carry their access key as ?key=…; elsewhere `key` is a harmless cart line key.
    if (bare === 'key' && /\/checkouts?\//.test(text)) return `${lead}${name}=${REDACTED}`;
    if (personalData && isPersonalKey(name)) return `${lead}${name}=${REDACTED}`;
    return whole;
  });
}

export function redactText(text: string, options: RedactionOptions = {}): string {
  const personalData = options.personalData ?? personalDataRedactionEnabled();
  let redacted = text;
  for (const [pattern, replacement] of secretRules) {
    redacted = redacted.replace(pattern, replacement as (substring: string, ...groups: string[]) => string);
  }
  redacted = maskParameters(redacted, personalData);
  if (personalData) redacted = maskPhoneNumbers(maskCardNumbers(maskEmails(redacted)));
  return redacted;
}

/** Deep copy with every string redacted and every value under a secret-named key masked whole. */
export function redactDeep<T>(value: T, options: RedactionOptions = {}): T {
  const resolved: Required<RedactionOptions> = { personalData: options.personalData ?? personalDataRedactionEnabled() };
  return redactValue(value, resolved) as T;
}

function redactValue(value: unknown, options: Required<RedactionOptions>): unknown {
  if (typeof value === 'string') return redactText(value, options);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, options));
  if (value instanceof Date) return new Date(value.getTime());
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const maskWhole = isSecretKey(key) || (options.personalData && isPersonalKey(key) && typeof inner === 'string');
      copy[key] = maskWhole && inner !== null && inner !== undefined && inner !== '' ? REDACTED : redactValue(inner, options);
    }
    return copy;
  }
  return value;
}

/**
 * The pipeline's first stage: results as everything downstream (results.json, SQLite, LLM, MCP,
 * alerts) sees them. Screenshot paths are local files, not evidence, and stay as they are.
 */
export function redactResults(results: SkillResult[], options: RedactionOptions = {}): SkillResult[] {
  return results.map((result) => ({ ...redactDeep(result, options), screenshots: [...result.screenshots] }));
}

export { blurCheckoutScreenshot, isCheckoutScreenshot } from './redaction-screenshot';
