// A server on 127.0.0.1 that answers exactly what a test scripts, for playing a hostile or broken API:
// any status, headers and body, a body streamed without end, a listing that lies about its pages.
// Unlike the API double it knows nothing of Cloudflare: every answer is the test's choice.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ScriptedRequest {
  readonly method: string;
  /** The path without the API prefix, e.g. /zones/…/client_certificates. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export type ScriptedAnswer =
  | { readonly status?: number; readonly headers?: Readonly<Record<string, string>>; readonly json: unknown }
  | { readonly status?: number; readonly headers?: Readonly<Record<string, string>>; readonly text: string }
  /** Writes the response itself (a stream that never ends, a reset, …). */
  | { readonly custom: (response: ServerResponse) => void | Promise<void> };

export type Script = (request: ScriptedRequest) => ScriptedAnswer | Promise<ScriptedAnswer>;

export interface ScriptedServer {
  /** The base URL, as the action's api-url (or GITHUB_API_URL) takes it. */
  readonly url: string;
  readonly requests: ScriptedRequest[];
  /** Replaces the script (between tests). */
  script: Script;
  close(): Promise<void>;
}

export const SCRIPTED_API_PATH = '/client/v4';

/** A successful Cloudflare envelope around a result. */
export function envelope(result: unknown, extra: Readonly<Record<string, unknown>> = {}): unknown {
  return { success: true, errors: [], messages: [], result, ...extra };
}

/** A JSON answer of `totalBytes` filler between prefix and suffix, streamed with backpressure; `sent()` counts what left. */
export function hugeAnswer(prefix: string, totalBytes: number, suffix = ''): { answer: ScriptedAnswer; sent: () => number } {
  let sent = 0;
  const answer: ScriptedAnswer = {
    custom: response => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.on('error', () => {});
      response.write(prefix);
      const chunk = Buffer.alloc(256 * 1024, 0x61);
      const pump = (): void => {
        while (sent < totalBytes && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end(suffix);
      };
      pump();
    },
  };
  return { answer, sent: () => sent };
}

export async function startScriptedServer(
  script: Script = () => ({ status: 404, json: { success: false, errors: [], messages: [], result: null } }),
): Promise<ScriptedServer> {
  const sockets = new Set<Socket>();
  const requests: ScriptedRequest[] = [];
  const state = { script };
  const server: Server = createServer((request, response) => void handle(request, response));

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const recorded: ScriptedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname.startsWith(SCRIPTED_API_PATH) ? url.pathname.slice(SCRIPTED_API_PATH.length) : url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...request.headers },
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(recorded);
    const answer = await state.script(recorded);
    if ('custom' in answer) {
      await answer.custom(response);
      return;
    }
    const text = 'json' in answer ? JSON.stringify(answer.json) : answer.text;
    response.writeHead(answer.status ?? 200, { 'content-type': 'json' in answer ? 'application/json' : 'text/plain', ...answer.headers });
    response.end(text);
  }

  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SCRIPTED_API_PATH}`,
    requests,
    get script() {
      return state.script;
    },
    set script(next: Script) {
      state.script = next;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}
