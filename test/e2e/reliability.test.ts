// Reliability through dist/ as the runner runs it: real waits, cancellation, proxies.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble } from '../double/server.ts';
import { newId, newToken } from '../support/fixtures.ts';
import { generateCsr } from '../support/pki.ts';
import { type CountingProxy, startCountingProxy } from '../support/proxy.ts';
import { registerSecrets, runAction } from '../support/run-action.ts';

const token = newToken();
const zoneId = newId();
let double: CloudflareDouble;
let proxy: CountingProxy;
let certificateId: string;

beforeAll(async () => {
  double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });
  proxy = await startCountingProxy();
  registerSecrets(token);
  certificateId = (await double.seed(zoneId, (await generateCsr()).csrPem, 365)).id;
});
afterAll(async () => {
  await proxy.close();
  await double.close();
});
afterEach(() => {
  double.reset();
  proxy.forwarded.length = 0;
});

const get = (): Record<string, string> => ({ command: 'get', 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, 'certificate-id': certificateId });
/** Environment without any proxy settings the machine itself may have. */
const noProxy = { HTTP_PROXY: undefined, HTTPS_PROXY: undefined, NO_PROXY: undefined, http_proxy: undefined, https_proxy: undefined, no_proxy: undefined };

describe('retries, for real', () => {
  it('waits as retry-after says on HTTP 429, then issues exactly one certificate', async () => {
    const before = double.certificates(zoneId).length;
    double.faults.push({ type: 'status', status: 429, retryAfter: '1' });
    const started = Date.now();
    const run = await runAction({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, csr: (await generateCsr()).csrPem }, { env: noProxy });
    const elapsed = Date.now() - started;
    expect(run.exitCode).toBe(0);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(run.stdout).toMatch(
      /^POST \/client\/v4\/zones\/[0-9a-f]{32}\/client_certificates: attempt 1 of 4 failed \(HTTP 429, rate limited\); retrying in 1\.0 s$/m,
    );
    expect(double.requests.map(r => r.method)).toEqual(['POST', 'POST']);
    expect(double.certificates(zoneId)).toHaveLength(before + 1);
  });
});

describe('cancellation', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('on %s, aborts the request in flight and fails without outputs', async signal => {
    double.faults.push({ type: 'delay', ms: 20_000 });
    const started = Date.now();
    const run = await runAction(get(), {
      env: noProxy,
      onSpawn: child => {
        const poll = setInterval(() => {
          if (double.requests.length > 0) {
            clearInterval(poll);
            child.kill(signal);
          }
        }, 20);
      },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['the step was cancelled before the Cloudflare API answered']);
    expect(run.outputs).toEqual({});
    expect(run.stderr).toBe('');
  });
});

describe('proxies', () => {
  it.each([
    ['HTTP_PROXY', 'NO_PROXY'],
    ['http_proxy', 'no_proxy'],
  ])('sends every request through %s, with no setting on the action', async (proxyVariable, noProxyVariable) => {
    const run = await runAction(get(), { env: { ...noProxy, [proxyVariable]: proxy.url } });
    expect(run.exitCode).toBe(0);
    expect(proxy.forwarded).toEqual([new URL(double.url).host]);
    expect(double.requests).toHaveLength(1);

    proxy.forwarded.length = 0;
    const bypass = await runAction(get(), { env: { ...noProxy, [proxyVariable]: proxy.url, [noProxyVariable]: '127.0.0.1' } });
    expect(bypass.exitCode).toBe(0);
    expect(proxy.forwarded).toEqual([]);
  });

  it('fails clearly when the proxy is down, after retrying the connection', async () => {
    const run = await runAction({ ...get(), 'max-retries': '1' }, { env: { ...noProxy, HTTP_PROXY: 'http://127.0.0.1:9' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^GET \/client\/v4\/zones\/.* failed: ECONNREFUSED/)]);
    expect(run.outputs).toEqual({});
    expect(double.requests).toHaveLength(0);
  });
});
