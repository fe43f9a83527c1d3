// Reads request bodies the three ways themes send them: JSON (cart.js
// callers), urlencoded (plain forms) and multipart FormData (Dawn's product
// form). Forms are folded into nested objects (`properties[Size]`, `updates[]`)
// so one zod schema per endpoint validates every encoding.

import type { IncomingMessage } from 'node:http';

const MAX_BODY_BYTES = 1024 * 1024;

export type ParsedBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; value: Record<string, unknown> }
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: string };

async function readRaw(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** `a[]=1&a[]=2` → {a:[1,2]}; `properties[Size]=M` → {properties:{Size:'M'}}. */
export function formEntriesToObject(entries: Iterable<[string, string]>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    const match = /^([^[\]]+)\[([^[\]]*)\]$/.exec(name);
    if (!match) {
      result[name] = value;
      continue;
    }
    const [, base = '', key = ''] = match;
    if (key === '') {
      const list = Array.isArray(result[base]) ? (result[base] as unknown[]) : [];
      list.push(value);
      result[base] = list;
    } else {
      const existing = result[base];
      const record = existing && typeof existing === 'object' && !Array.isArray(existing) ? (existing as Record<string, unknown>) : {};
      record[key] = value;
      result[base] = record;
    }
  }
  return result;
}

export async function parseBody(request: IncomingMessage): Promise<ParsedBody> {
  const raw = await readRaw(request);
  if (raw === undefined) return { kind: 'invalid', reason: 'body too large' };
  if (raw.length === 0) return { kind: 'empty' };
  const contentType = String(request.headers['content-type'] ?? '');
  if (contentType.includes('multipart/form-data')) {
    try {
      // undici's multipart parser (Node's global Response) saves a dependency; it wants a plain ArrayBuffer.
      const bytes = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
      const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
      const entries: [string, string][] = [];
      form.forEach((value, name) => {
        if (typeof value === 'string') entries.push([name, value]);
      });
      return { kind: 'form', value: formEntriesToObject(entries) };
    } catch {
      return { kind: 'invalid', reason: 'malformed multipart body' };
    }
  }
  const text = raw.toString('utf8');
  if (contentType.includes('application/x-www-form-urlencoded')) {
    return { kind: 'form', value: formEntriesToObject(new URLSearchParams(text)) };
  }
  // Shopify parses JSON whenever the body looks like JSON, whatever the content type says.
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    if (contentType.includes('json')) return { kind: 'invalid', reason: 'malformed JSON' };
    return { kind: 'form', value: formEntriesToObject(new URLSearchParams(text)) };
  }
}

/** The body as a plain object, or undefined when it is missing or not an object. */
export function bodyObject(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.kind === 'form') return body.value;
  if (body.kind === 'json' && body.value && typeof body.value === 'object' && !Array.isArray(body.value)) {
    return body.value as Record<string, unknown>;
  }
  return undefined;
}
