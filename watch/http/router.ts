// The watch's routes on node:http: exact method + path, handlers added and removed by triggers while
// the server runs, and paths refused on purpose (a hook without its secret) answered 404 with a log line.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(`${JSON.stringify(body)}\n`);
}

export class Router {
  private readonly routes = new Map<string, RouteHandler>();
  private readonly refusals = new Map<string, string>();

  constructor(private readonly log: (line: string) => void) {}

  /** Returns the function that removes the route again. */
  add(method: string, path: string, handler: RouteHandler): () => void {
    const key = `${method} ${path}`;
    if (this.routes.has(key)) throw new Error(`${key} is routed twice`);
    this.routes.set(key, handler);
    return () => this.routes.delete(key);
  }

  /** The path is answered 404 without reading the body, and the reason is logged (never told to the caller). */
  refuse(method: string, path: string, reason: string): void {
    this.refusals.set(`${method} ${path}`, reason);
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://watch').pathname;
    const key = `${request.method} ${path}`;
    const handler = this.routes.get(key);
    if (!handler) {
      const reason = this.refusals.get(key);
      if (reason) this.log(`${key} refused with 404: ${reason}`);
      request.resume();
      return sendJson(response, 404, { error: 'not found' });
    }
    try {
      await handler(request, response);
    } catch (error) {
      this.log(`${key} failed: ${error instanceof Error ? error.message : String(error)}`);
      sendJson(response, 500, { error: 'internal error' });
    }
  }
}
