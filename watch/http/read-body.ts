// The raw request body, bounded: signatures are computed over exact bytes, so nothing is parsed (or
// even decoded) before the caller is verified; past the limit the request is refused, not buffered.
import type { IncomingMessage } from 'node:http';

/** GitHub caps webhook payloads at 25 MB, but the events we act on are a few kB; Shopify's are smaller. */
export const maxBodyBytes = 1024 * 1024;

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

export function readRawBody(request: IncomingMessage, limit = maxBodyBytes): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      request.resume(); // discard, so the 413 reaches the caller instead of a reset
      return reject(new BodyTooLargeError(`${declared} bytes`));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(`over ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => refused || resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
