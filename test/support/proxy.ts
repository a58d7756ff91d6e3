// A forward proxy on 127.0.0.1 that counts what it forwards: CONNECT tunnels and absolute-form requests.
// A tunnel to a name in `routes` goes to a local port instead (a TLS front for the API double that
// plays api.cloudflare.test), so a test can reach a non-loopback API name through the proxy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';

export interface CountingProxy {
  readonly url: string;
  /** Targets forwarded, as host:port, one per tunnel or request. */
  readonly forwarded: string[];
  close(): Promise<void>;
}

export async function startCountingProxy(routes: Readonly<Record<string, number>> = {}): Promise<CountingProxy> {
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
    const routed = routes[request.url ?? ''];
    const upstream = connect(routed ?? Number(port), routed === undefined ? host : '127.0.0.1', () => {
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

export interface TlsFront {
  /** The name the front's certificate is for, e.g. api.cloudflare.test. */
  readonly hostname: string;
  readonly port: number;
  /** PEM file of the self-signed certificate, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  close(): Promise<void>;
}

/** A TLS server for `hostname` that passes every connection on to a local plain-HTTP port (the double). */
export async function startTlsFront(hostname: string, targetPort: number): Promise<TlsFront> {
  const folder = mkdtempSync(join(tmpdir(), 'cf-mtls-tls-'));
  const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${hostname}`,
      '-addext',
      `subjectAltName=DNS:${hostname}`,
    ],
    { stdio: 'ignore' },
  );
  const sockets = new Set<Socket>();
  const server = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, client => {
    const upstream = connect(targetPort, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    sockets.add(client).add(upstream);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    hostname,
    port: (server.address() as AddressInfo).port,
    caFile: cert,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}
