// The API client against the API double over real HTTP on 127.0.0.1, with sleeps injected.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ClientOptions, CloudflareClient } from '../../src/cloudflare/client.ts';
import { ClientCertificatesClient } from '../../src/cloudflare/client-certificates.ts';
import { CloudflareApiError, TransportError, UnexpectedResponseError } from '../../src/cloudflare/errors.ts';
import { normalizeCsrPem } from '../../src/csr.ts';
import { Deadline, DeadlineError } from '../../src/deadline.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newAccount, newId, newToken } from '../support/fixtures.ts';
import { generateCsr } from '../support/pki.ts';

const account = newAccount();
const { token, readToken, globalKey, zoneId } = account;
let double: CloudflareDouble;
let csrPem: string;

beforeAll(async () => {
  double = await CloudflareDouble.start(account.doubleOptions);
  csrPem = normalizeCsrPem((await generateCsr()).csrPem).pem;
});
afterAll(() => double.close());
afterEach(() => double.reset());

interface Harness {
  client: CloudflareClient;
  certificates: ClientCertificatesClient;
  waits: number[];
  logs: string[];
}

function harness(options: Partial<ClientOptions> = {}, timeoutMs = 60_000): Harness {
  const waits: number[] = [];
  const logs: string[] = [];
  const client = new CloudflareClient({
    apiUrl: double.url,
    credentials: { kind: 'api-token', token },
    userAgent: 'test-agent/1.0',
    deadline: new Deadline(timeoutMs),
    maxRetries: 3,
    log: { debug: message => logs.push(`debug: ${message}`), info: message => logs.push(message) },
    sleep: async ms => void waits.push(ms),
    random: () => 0.5,
    ...options,
  });
  return { client, certificates: new ClientCertificatesClient(client), waits, logs };
}

describe('the URL builder', () => {
  it.each([
    ['an identifier that walks up', ['zones', '../../user/tokens', 'client_certificates']],
    ['a certificate id that is not one', ['zones', zoneId, 'client_certificates', 'abc']],
    ['a path name the API does not have', ['zones', zoneId, 'certificate_authorities', '..', 'x']],
    ['an identifier where a path name belongs', ['zones', zoneId, newId()]],
    ['a hostname_associations segment with a query in it', ['zones', zoneId, 'certificate_authorities', 'hostname_associations?x=1']],
  ])('refuses %s and sends nothing', async (_name, segments) => {
    const { client } = harness();
    await expect(client.call('GET', segments)).rejects.toThrow(/internal error: refusing a path with a segment/);
    expect(double.requests).toEqual([]);
    expect(client.requestCount).toBe(0);
  });

  it('builds the hostname associations path', async () => {
    const { client } = harness();
    await client.call('GET', ['zones', zoneId, 'certificate_authorities', 'hostname_associations']);
    expect(double.requests.map(r => r.path)).toEqual([`/client/v4/zones/${zoneId}/certificate_authorities/hostname_associations`]);
  });
});

describe('requests', () => {
  it('sends the token as a Bearer header, a User-Agent, and the CSR as newline-encoded JSON', async () => {
    const { certificates } = harness();
    const certificate = await certificates.create(zoneId, csrPem, 30);
    expect(certificate.status).toBe('active');
    const [request] = double.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(`/client/v4/zones/${zoneId}/client_certificates`);
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers['x-auth-key']).toBeUndefined();
    expect(request?.headers['user-agent']).toBe('test-agent/1.0');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ csr: csrPem, validity_days: 30 });
  });

  it('sends the legacy pair as X-Auth-Email and X-Auth-Key, without Authorization', async () => {
    const { certificates } = harness({ credentials: { kind: 'global-api-key', ...globalKey } });
    const created = await certificates.create(zoneId, csrPem, 30);
    await certificates.get(zoneId, created.id ?? '');
    for (const request of double.requests) {
      expect(request.headers['x-auth-email']).toBe(globalKey.email);
      expect(request.headers['x-auth-key']).toBe(globalKey.key);
      expect(request.headers.authorization).toBeUndefined();
    }
  });

  it.each([
    ['an unknown token', { kind: 'api-token', token: newToken() } as const, 'Cloudflare API error 10000: Authentication error (HTTP 403'],
    ['a read-only token on create', { kind: 'api-token', token: readToken } as const, 'Cloudflare API error 10000: Authentication error (HTTP 403'],
    [
      'a token in the wrong format',
      { kind: 'api-token', token: 'short' } as const,
      'Cloudflare API error 6003: Invalid request headers (6111: Invalid format for Authorization header) (HTTP 400',
    ],
    [
      'a token sent as the Global API Key',
      { kind: 'global-api-key', email: 'ops@example.com', key: token } as const,
      '6003: Invalid request headers (6103: Invalid format for X-Auth-Key header) (HTTP 400',
    ],
  ])("fails at once on %s, with Cloudflare's code and the HTTP status", async (_name, credentials, message) => {
    const { certificates, waits } = harness({ credentials });
    await expect(certificates.create(zoneId, csrPem, 30)).rejects.toThrow(message);
    expect(double.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("reports an unknown certificate with Cloudflare's code, message and status", async () => {
    const { certificates } = harness();
    await expect(certificates.get(zoneId, randomUUID())).rejects.toThrow(
      /^Cloudflare API error 1415: Invalid Certificate ID in request \(HTTP 400, cf-ray [0-9a-f]{16}-TST\)$/,
    );
    await expect(certificates.get(zoneId, newId())).rejects.toThrow(/1415: Invalid Certificate ID in request/);
  });
});

describe('retries', () => {
  it('retries a GET after 503, with exponential backoff, logging each attempt', async () => {
    const { certificates } = harness();
    const created = await certificates.create(zoneId, csrPem, 30);
    double.requests.length = 0;
    double.faults.push({ type: 'status', status: 503 }, { type: 'html', status: 502 }, { type: 'reset' });
    const h = harness();
    const fetched = await h.certificates.get(zoneId, created.id ?? '');
    expect(fetched.id).toBe(created.id);
    expect(double.requests.map(r => r.fault ?? 'ok')).toEqual(['status', 'html', 'reset', 'ok']);
    expect(h.waits).toEqual([750, 1500, 3000]); // base 1 s doubling, jitter factor 0.75 at random() = 0.5
    expect(h.logs.filter(line => !line.startsWith('debug'))).toEqual([
      expect.stringMatching(/^GET .*: attempt 1 of 4 failed \(HTTP 503\); retrying in 0\.8 s$/),
      expect.stringMatching(/attempt 2 of 4 failed \(HTTP 502\); retrying in 1\.5 s$/),
      expect.stringMatching(/attempt 3 of 4 failed \((ECONNRESET|UND_ERR_SOCKET)\); retrying in 3\.0 s$/),
    ]);
    expect(h.client.requestCount).toBe(4);
  });

  it('gives up after max-retries with the last failure', async () => {
    const { certificates, waits } = harness({ maxRetries: 2 });
    double.faults.push({ type: 'html', status: 502 }, { type: 'html', status: 502 }, { type: 'html', status: 502 }, { type: 'html', status: 502 });
    await expect(certificates.get(zoneId, newId())).rejects.toThrow(UnexpectedResponseError);
    expect(double.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('never repeats a POST after a 5xx (a certificate may have been issued)', async () => {
    const { certificates, waits } = harness();
    double.faults.push({ type: 'status', status: 503 });
    await expect(certificates.create(zoneId, csrPem, 30)).rejects.toThrow(CloudflareApiError);
    expect(double.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('never repeats a POST after the connection broke once sent', async () => {
    const { certificates } = harness();
    double.faults.push({ type: 'reset-after-processing' });
    const failure = await certificates.create(zoneId, csrPem, 30).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransportError);
    expect((failure as TransportError).maybeDelivered).toBe(true);
    expect(double.requests).toHaveLength(1);
  });

  it('repeats a POST after 429, waiting as retry-after says', async () => {
    const before = double.certificates(zoneId).length;
    const { certificates, waits } = harness();
    double.faults.push({ type: 'status', status: 429, retryAfter: '7' });
    await certificates.create(zoneId, csrPem, 30);
    expect(waits).toEqual([7000]);
    expect(double.requests).toHaveLength(2);
    expect(double.certificates(zoneId).length).toBe(before + 1);
  });

  it('fails at once when retry-after would pass the deadline, saying how long to wait', async () => {
    const { certificates, waits } = harness({}, 60_000);
    double.faults.push({ type: 'status', status: 429, retryAfter: '300' });
    await expect(certificates.create(zoneId, csrPem, 30)).rejects.toThrow(
      /971: Please wait.*HTTP 429.*Cloudflare asked to wait 300 s \(retry-after\).*deadline \(timeout-seconds\) in (59|60) s/,
    );
    expect(waits).toEqual([]);
    expect(double.requests).toHaveLength(1);
  });

  it('retries a POST whose connection was refused (nothing was sent)', async () => {
    const port = await new Promise<number>(resolve => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    const { client, certificates, waits } = harness({ apiUrl: `http://127.0.0.1:${port}/client/v4`, maxRetries: 2 });
    await expect(certificates.create(zoneId, csrPem, 30)).rejects.toThrow(/ECONNREFUSED/);
    expect(waits).toHaveLength(2);
    expect(client.requestCount).toBe(3);
  });

  it('ends a request that outlives the deadline, and does not retry it', async () => {
    const { certificates, waits } = harness({}, 300);
    double.faults.push({ type: 'delay', ms: 3000 });
    const started = Date.now();
    const failure = await certificates.get(zoneId, newId()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeadlineError);
    expect((failure as Error).message).toMatch(/within the step's deadline of 0\.3 s \(timeout-seconds\)$/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(waits).toEqual([]);
  });
});
