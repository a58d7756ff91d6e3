// A forward proxy on 127.0.0.1 that counts what it forwards: CONNECT tunnels and absolute-form requests.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface CountingProxy {
  readonly url: string;
  /** Targets forwarded, as host:port, one per tunnel or request. */
  readonly forwarded: string[];
  close(): Promise<void>;
}

export async function startCountingProxy(): Promise<CountingProxy> {
  const forwarded: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const target = new URL(request.url ?? '');
    forwarded.push(target.host);
    const upstream = httpRequest(target, { method: request.method, headers: request.headers }, answer => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    forwarded.push(request.url ?? '');
    const [host = '', port = '0'] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    sockets.add(client).add(upstream);
  });
  server.on('connection', socket => sockets.add(socket));
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}
