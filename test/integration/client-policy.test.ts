// The client against a scripted API: retry policy as Cloudflare's SDKs have it, answers refused before
// use (type confusion, ids, size), and the proxy set-up, each with its request count.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ClientOptions, CloudflareClient } from '../../src/cloudflare/client.ts';
import { ClientCertificatesClient } from '../../src/cloudflare/client-certificates.ts';
import { useEnvironmentProxy } from '../../src/cloudflare/proxy.ts';
import { Deadline } from '../../src/deadline.ts';
import { newId, newToken } from '../support/fixtures.ts';
import { envelope, hugeAnswer, type ScriptedServer, startScriptedServer } from '../support/scripted-server.ts';

let server: ScriptedServer;
const zoneId = newId();
const certificateId = newId();

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
});

function client(options: Partial<ClientOptions> = {}): { client: CloudflareClient; certificates: ClientCertificatesClient; waits: number[] } {
  const waits: number[] = [];
  const made = new CloudflareClient({
    apiUrl: server.url,
    credentials: { kind: 'api-token', token: newToken() },
    userAgent: 'test',
    deadline: new Deadline(60_000),
    maxRetries: 3,
    log: { debug: () => {}, info: () => {} },
    sleep: async ms => void waits.push(ms),
    random: () => 0.5,
    ...options,
  });
  return { client: made, certificates: new ClientCertificatesClient(made), waits };
}

/** Answers the scripted failures in order, then a failure envelope for anything more. */
function answers(...list: { status: number; headers?: Record<string, string> }[]): void {
  let index = 0;
  server.script = () => {
    const next = list[index++] ?? { status: 500 };
    return {
      status: next.status,
      headers: next.headers ?? {},
      json: { success: false, errors: [{ code: 1000 + next.status, message: 'scripted' }], messages: [], result: null },
    };
  };
}

describe('retry policy, as the official SDKs retry', () => {
  it.each([408, 409])('retries %i on an idempotent call, never on a create', async status => {
    answers({ status }, { status }, { status }, { status });
    const get = client();
    await expect(get.certificates.get(zoneId, certificateId)).rejects.toThrow(`HTTP ${status}`);
    expect(server.requests).toHaveLength(4);
    server.requests.length = 0;
    answers({ status });
    const create = client();
    await expect(create.certificates.create(zoneId, 'csr', 30)).rejects.toThrow(`HTTP ${status}`);
    expect(server.requests).toHaveLength(1);
    expect(create.waits).toEqual([]);
  });

  it('waits as retry-after-ms says, before retry-after, on any retryable status', async () => {
    answers({ status: 503, headers: { 'retry-after-ms': '250', 'retry-after': '9' } }, { status: 502, headers: { 'retry-after': '2' } });
    const { certificates: c, waits } = client({ maxRetries: 2 });
    await expect(c.get(zoneId, certificateId)).rejects.toThrow('HTTP 500');
    expect(waits).toEqual([250, 2000]);
  });

  it('x-should-retry: false stops even a 429; true retries an idempotent call on any error status, never a create', async () => {
    answers({ status: 429, headers: { 'x-should-retry': 'false', 'retry-after': '1' } });
    const stopped = client();
    await expect(stopped.certificates.create(zoneId, 'csr', 30)).rejects.toThrow('HTTP 429');
    expect(server.requests).toHaveLength(1);

    server.requests.length = 0;
    answers({ status: 400, headers: { 'x-should-retry': 'true' } }, { status: 400 });
    const retried = client();
    await expect(retried.certificates.get(zoneId, certificateId)).rejects.toThrow('HTTP 400');
    expect(server.requests).toHaveLength(2);

    server.requests.length = 0;
    answers({ status: 500, headers: { 'x-should-retry': 'true' } });
    const create = client();
    await expect(create.certificates.create(zoneId, 'csr', 30)).rejects.toThrow('HTTP 500');
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    [401, /HTTP 401 means the credentials were not accepted.*api-token/],
    // Which permission is missing depends on the call: the hint for its subject names it (test/unit/hints.test.ts), never the error.
    [403, /^Cloudflare API error with no error details: HTTP 403 means the credentials may not do this \(HTTP 403\)$/],
  ])('explains a %i with an empty errors array', async (status, message) => {
    server.script = () => ({ status, json: { success: false, errors: [], messages: [], result: null } });
    await expect(client().certificates.get(zoneId, certificateId)).rejects.toThrow(message);
  });
});

describe('answers are checked before they are used', () => {
  const good = { id: certificateId, certificate: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', status: 'active' };

  it.each([
    ['a number for a string', { ...good, common_name: 42 }, /"common_name" is a number, not a string/],
    ['an object for a name', { ...good, status: { toString: 'x' } }, /"status" is an object, not a string/],
    ['an id that walks paths', { ...good, id: '../../../../user/tokens/abc' }, /"id" is a string of 27 characters, not a certificate id \(a UUID like/],
    ['a string validity', { ...good, validity_days: '3650' }, /"validity_days" is a string of 4 characters, not a whole number/],
    ['a certificate authority that is a string', { ...good, certificate_authority: 'x' }, /"certificate_authority" is a string/],
  ])('refuses %s, naming the field, never echoing the value', async (_name, result, message) => {
    server.script = () => ({ json: envelope(result) });
    const failure = (await client()
      .certificates.get(zoneId, certificateId)
      .catch((error: unknown) => error)) as Error;
    expect(failure.message).toMatch(message);
    expect(failure.message).not.toContain('user/tokens');
  });

  it('refuses a listing entry whose id is not an identifier, so it never reaches a URL path', async () => {
    server.script = () => ({
      json: envelope([good, { ...good, id: '../../../../user/tokens/x' }], { result_info: { page: 1, per_page: 50, count: 2, total_count: 2 } }),
    });
    await expect(client().certificates.list(zoneId, 'active')).rejects.toThrow(/listing entry 2 of page 1 whose "id" is a string/);
    expect(server.requests).toHaveLength(1);
  });

  it('stops reading an endless answer at the cap, and does not retry it', async () => {
    const huge = hugeAnswer('{"success":true,"result":"', 600 * 1024 * 1024);
    server.script = () => huge.answer;
    const { certificates: c, waits } = client();
    await expect(c.get(zoneId, certificateId)).rejects.toThrow(/larger than 4 MiB, the most this action reads/);
    expect(waits).toEqual([]);
    expect(huge.sent()).toBeLessThan(64 * 1024 * 1024);
  });

  it('never follows a redirect with the credentials', async () => {
    server.script = request =>
      request.path.startsWith('/elsewhere') ? { json: envelope(good) } : { status: 307, headers: { location: `${server.url}/elsewhere` }, text: '' };
    await expect(client().certificates.get(zoneId, certificateId)).rejects.toThrow(/HTTP 307/);
    expect(server.requests).toHaveLength(1);
  });
});

describe('proxy set-up', () => {
  const env = { HTTPS_PROXY: 'http://proxy.internal:3128', NO_PROXY: '.corp.example' };

  it("uses Node's setGlobalProxyFromEnv when present, adding loopback to NO_PROXY", async () => {
    const calls: unknown[] = [];
    const setup = await useEnvironmentProxy(new URL('https://api.cloudflare.com/client/v4'), env, {
      setGlobalProxyFromEnv: proxyEnv => {
        calls.push(proxyEnv);
        return () => {};
      },
    });
    expect(setup).toBe('node');
    expect(calls).toEqual([expect.objectContaining({ HTTPS_PROXY: env.HTTPS_PROXY, NO_PROXY: '.corp.example,localhost,127.0.0.1,::1' })]);
  });

  it('never proxies a loopback API, and does nothing without proxy variables', async () => {
    const host = { setGlobalProxyFromEnv: () => expect.unreachable('no proxy set-up expected') as never };
    expect(await useEnvironmentProxy(new URL('http://127.0.0.1:8080/client/v4'), env, host)).toBe('loopback');
    expect(await useEnvironmentProxy(new URL('http://[::1]:8080/client/v4'), env, host)).toBe('loopback');
    expect(await useEnvironmentProxy(new URL('https://api.cloudflare.com/client/v4'), {}, host)).toBe('none');
  });

  it('falls back to undici EnvHttpProxyAgent as the global dispatcher on a Node without setGlobalProxyFromEnv', async () => {
    const key = Symbol.for('undici.globalDispatcher.1');
    const before = (globalThis as Record<symbol, unknown>)[key];
    const load = async () => import('undici') as never;
    expect(await useEnvironmentProxy(new URL('https://api.cloudflare.com/client/v4'), env, {}, load)).toBe('undici');
    const installed = (globalThis as Record<symbol, unknown>)[key];
    expect(installed).toBeDefined();
    expect(installed).not.toBe(before);
  });
});
