// A real HTTP server on 127.0.0.1 standing in for Slack, a generic webhook receiver (and, through
// fake-discord-server.ts, Discord): records every request, answers as scripted, can stop to refuse.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The status this request was answered with; 0 when it was left hanging. */
  status: number;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (to test time boxes); the connection is dropped when the sink closes. */
  hang?: boolean;
}

export interface FakeSink {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Requests answered 2xx: what actually got through. */
  accepted(): RecordedRequest[];
  /** Answers for the next requests, in order; after them the default answer. */
  answerNext(...answers: Answer[]): void;
  /** Stops listening, so connections are refused, until start(). */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export type Responder = (request: Omit<RecordedRequest, 'status'>) => Answer;

const ok: Responder = () => ({ status: 200, body: 'ok' });

export async function startFakeSink(respond: Responder = ok): Promise<FakeSink> {
  const requests: RecordedRequest[] = [];
  const scripted: Answer[] = [];
  let port = 0;
  let server: Server | undefined;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const current = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const body = Buffer.concat(chunks);
          const seen = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body, text: body.toString('utf8') };
          const answer = scripted.shift() ?? respond(seen);
          requests.push({ ...seen, status: answer.hang ? 0 : answer.status });
          if (answer.hang) return;
          response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
          response.end(answer.body ?? '');
        });
      });
      current.once('error', reject);
      current.listen(port, '127.0.0.1', () => {
        port = (current.address() as AddressInfo).port;
        current.unref(); // never the reason a test process stays alive
        server = current;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const current = server;
      server = undefined;
      current.closeAllConnections();
      current.close(() => resolve());
    });

  await listen();
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    requests,
    accepted: () => requests.filter((request) => request.status >= 200 && request.status < 300),
    answerNext: (...answers) => scripted.push(...answers),
    stop,
    start: listen,
    close: stop,
  };
}
