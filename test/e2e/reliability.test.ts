// Reliability through dist/ as the runner runs it: real waits, cancellation, proxies.
import { writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble } from '../double/server.ts';
import { newId, newToken } from '../support/fixtures.ts';
import { generateCsr } from '../support/pki.ts';
import { type CountingProxy, startCountingProxy, startTlsFront, type TlsFront } from '../support/proxy.ts';
import { registerSecrets, runAction } from '../support/run-action.ts';

const token = newToken();
const zoneId = newId();
let double: CloudflareDouble;
let proxy: CountingProxy;
let front: TlsFront;
let certificateId: string;
/** A name that is not loopback, which only the proxy knows how to reach (through the TLS front). */
const REMOTE = 'api.cloudflare.test';

beforeAll(async () => {
  double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });
  front = await startTlsFront(REMOTE, Number(new URL(double.url).port));
  proxy = await startCountingProxy({ [`${REMOTE}:443`]: front.port });
  registerSecrets(token);
  certificateId = (await double.seed(zoneId, (await generateCsr()).csrPem, 365)).id;
});
afterAll(async () => {
  await proxy.close();
  await front.close();
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
  /** The get step against the double under a non-loopback name, trusted through NODE_EXTRA_CA_CERTS. */
  const remoteGet = (): Record<string, string> => ({ ...get(), 'api-url': `https://${REMOTE}/client/v4` });
  const trust = (): Record<string, string> => ({ NODE_EXTRA_CA_CERTS: front.caFile });

  it.each([
    ['HTTPS_PROXY', 'NO_PROXY'],
    ['https_proxy', 'no_proxy'],
  ])('reaches a non-loopback API through %s, with no setting on the action, and honours %s', async (proxyVariable, noProxyVariable) => {
    const run = await runAction(remoteGet(), { env: { ...noProxy, ...trust(), [proxyVariable]: proxy.url } });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.id).toBe(certificateId);
    // One CONNECT tunnel: the token crossed the proxy inside TLS, never in the clear.
    expect(proxy.forwarded).toEqual([`${REMOTE}:443`]);
    expect(double.requests).toHaveLength(1);

    proxy.forwarded.length = 0;
    const bypass = await runAction(remoteGet(), { env: { ...noProxy, ...trust(), [proxyVariable]: proxy.url, [noProxyVariable]: REMOTE } });
    // NO_PROXY names the API: the action connects directly, and the name does not resolve here.
    expect(bypass.exitCode).toBe(1);
    expect(bypass.errors).toEqual([expect.stringMatching(/failed: (ENOTFOUND|EAI_AGAIN)/)]);
    expect(proxy.forwarded).toEqual([]);
  });

  it('on a Node 24 without http.setGlobalProxyFromEnv, reaches the API through the proxy with the undici fallback bundle', async () => {
    // A preload takes the function away, as an older Node 24 would not have it.
    const preload = join(tmpdir(), `cf-mtls-old-node-${process.pid}.cjs`);
    await writeFile(preload, "delete require('node:http').setGlobalProxyFromEnv;");
    const run = await runAction(remoteGet(), { env: { ...noProxy, ...trust(), HTTPS_PROXY: proxy.url, NODE_OPTIONS: `--require ${preload}` } });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('::debug::Using the proxy from HTTPS_PROXY/HTTP_PROXY (undici EnvHttpProxyAgent');
    expect(proxy.forwarded).toEqual([`${REMOTE}:443`]);
  });

  it.each(['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY'])(
    'never sends a loopback api-url through %s (the token would cross the proxy in cleartext)',
    async variable => {
      const run = await runAction(get(), { env: { ...noProxy, [variable]: proxy.url } });
      expect(run.exitCode).toBe(0);
      expect(proxy.forwarded).toEqual([]);
      expect(double.requests).toHaveLength(1);
      expect(run.stdout).toContain('::debug::A proxy is set, but api-url is a loopback address: not using the proxy');
    },
  );

  it('ends on time when the proxy accepts a CONNECT and never answers (no socket keeps the step alive)', async () => {
    const silent = createServer(socket => {
      socket.on('error', () => {});
    });
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const run = await runAction(
        { ...remoteGet(), 'timeout-seconds': '2', 'max-retries': '0' },
        { env: { ...noProxy, ...trust(), HTTPS_PROXY: `http://127.0.0.1:${(silent.address() as AddressInfo).port}` } },
      );
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([expect.stringMatching(/no answer from the Cloudflare API within the step's deadline of 2 s/)]);
      // Two seconds of deadline, a second for the output to drain, and room for a loaded machine.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      silent.close();
    }
  });

  it('fails clearly when the proxy is down, after retrying the connection', async () => {
    const run = await runAction({ ...remoteGet(), 'max-retries': '1' }, { env: { ...noProxy, ...trust(), HTTPS_PROXY: 'http://127.0.0.1:9' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^GET \/client\/v4\/zones\/.* failed: /)]);
    expect(run.stdout).toMatch(/attempt 1 of 2 failed/);
    expect(run.outputs).toEqual({});
    expect(double.requests).toHaveLength(0);
  });
});
