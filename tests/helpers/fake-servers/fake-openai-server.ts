// A fake OpenAI-compatible server on 127.0.0.1: answers POST /v1/chat/completions (stream: false, the
// way @ai-sdk/openai's generateText calls it) from a script: answers, tool calls, 429/500, slow and malformed replies.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ScriptedReply =
  /** A final assistant message; objects are sent as their JSON text, as structured output arrives. */
  | { kind: 'answer'; content: unknown }
  | { kind: 'tool-calls'; calls: Array<{ name: string; arguments: Record<string, unknown> }> }
  | { kind: 'status'; status: number; retryAfterMs?: number }
  | { kind: 'slow'; delayMs: number; then: ScriptedReply }
  | { kind: 'malformed' };

export interface ChatRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The raw body, exactly as it crossed the wire (what redaction tests search). */
  text: string;
  body: {
    model: string;
    messages: Array<{ role: string; content: unknown; tool_calls?: unknown[]; tool_call_id?: string }>;
    tools?: Array<{ type: string; function: { name: string; parameters: unknown } }>;
    response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
    stream?: boolean;
    [key: string]: unknown;
  };
}

export type Responder = (request: ChatRequest, index: number) => ScriptedReply;

/**
 * The images a request carries (Chat Completions `image_url` parts, as the AI SDK sends image content):
 * their media type and decoded size, so a responder can answer vision requests and a test can check what was shown.
 */
export function imagesIn(request: ChatRequest): Array<{ mediaType: string; bytes: number; png: Buffer | null }> {
  return request.body.messages.flatMap((message) =>
    Array.isArray(message.content)
      ? (message.content as Array<{ type?: string; image_url?: { url?: string } }>)
          .filter((part) => part.type === 'image_url' && typeof part.image_url?.url === 'string')
          .map((part) => {
            const match = /^data:([^;]+);base64,(.*)$/s.exec(part.image_url?.url ?? '');
            const bytes = match ? Buffer.from(match[2] ?? '', 'base64') : null;
            return { mediaType: match?.[1] ?? 'url', bytes: bytes?.length ?? 0, png: bytes };
          })
      : [],
  );
}

/** The structured-output name a request asks for (`diagnosis`, `visual_judgement`), to answer each kind its own way. */
export function schemaNameOf(request: ChatRequest): string | undefined {
  return request.body.response_format?.json_schema?.name;
}

export interface FakeOpenAi {
  /** LLM_BASE_URL: `http://127.0.0.1:{port}/v1`. */
  baseUrl: string;
  requests: ChatRequest[];
  /** The most requests that were open at once: concurrency limits are measured here. */
  maxInFlight(): number;
  /** Replies used in order, one per request; after them, the responder answers. */
  script(...replies: ScriptedReply[]): void;
  respondWith(responder: Responder): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

let completionCounter = 0;

function completion(model: string, message: Record<string, unknown>, finishReason: string) {
  completionCounter += 1;
  return {
    id: `chatcmpl-fake-${completionCounter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: finishReason, logprobs: null }],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.destroyed) return; // the client gave up (its timeout fired): nothing to answer
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function reply(response: ServerResponse, model: string, scripted: ScriptedReply, timers: Set<NodeJS.Timeout>): void {
  switch (scripted.kind) {
    case 'answer':
      send(response, 200, completion(model, { content: typeof scripted.content === 'string' ? scripted.content : JSON.stringify(scripted.content) }, 'stop'));
      return;
    case 'tool-calls':
      send(response, 200, completion(model, {
        content: null,
        tool_calls: scripted.calls.map((call, index) => ({ id: `call_${completionCounter}_${index}`, type: 'function', function: { name: call.name, arguments: JSON.stringify(call.arguments) } })),
      }, 'tool_calls'));
      return;
    case 'status': {
      // OpenAI sends retry-after-ms; the AI SDK honours it, which keeps retry tests fast.
      const headers: Record<string, string> = scripted.retryAfterMs !== undefined ? { 'retry-after-ms': String(scripted.retryAfterMs) } : {};
      const message = scripted.status === 429 ? 'Rate limit reached' : 'The server had an error while processing your request';
      send(response, scripted.status, { error: { message, type: scripted.status === 429 ? 'rate_limit_exceeded' : 'server_error', code: null } }, headers);
      return;
    }
    case 'slow': {
      const timer = setTimeout(() => {
        timers.delete(timer);
        reply(response, model, scripted.then, timers);
      }, scripted.delayMs);
      timers.add(timer);
      return;
    }
    case 'malformed':
      send(response, 200, completion(model, { content: '{"rootCause": "truncated answer", "category": ' }, 'stop'));
  }
}

export async function startFakeOpenAi(responder?: Responder): Promise<FakeOpenAi> {
  const requests: ChatRequest[] = [];
  const queue: ScriptedReply[] = [];
  let fallback: Responder = responder ?? (() => ({ kind: 'status', status: 500, retryAfterMs: 0 }));
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let peak = 0;

  const server = createServer(async (request, response) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    response.on('close', () => (inFlight -= 1));
    const text = await readBody(request);
    if (request.method !== 'POST' || !/\/chat\/completions$/.test(request.url ?? '')) {
      send(response, 404, { error: { message: `no route ${request.method} ${request.url}` } });
      return;
    }
    const recorded: ChatRequest = { path: request.url ?? '', headers: request.headers, text, body: JSON.parse(text) };
    requests.push(recorded);
    if (recorded.body.stream) {
      send(response, 400, { error: { message: 'this fake answers stream: false only' } });
      return;
    }
    reply(response, recorded.body.model, queue.shift() ?? fallback(recorded, requests.length - 1), timers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    maxInFlight: () => peak,
    script: (...replies) => queue.push(...replies),
    respondWith: (next) => {
      fallback = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
