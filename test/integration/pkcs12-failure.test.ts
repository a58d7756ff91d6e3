// A PKCS#12 bundle that cannot be built must not lose the certificate it was for: the command hands out
// the certificate and the generated key, and fails with what to do. The module is replaced here by one
// that fails, since no input can make the real one fail after its inputs were checked.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { executeCommand } from '../../src/commands/index.ts';
import { parseConfig } from '../../src/config/parse.ts';
import { Deadline } from '../../src/deadline.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newId, newToken, rawInputs } from '../support/fixtures.ts';

vi.mock('../../src/pkcs12.ts', () => ({
  buildPkcs12: async () => {
    throw new Error('simulated failure');
  },
}));

const token = newToken();
const zoneId = newId();
let double: CloudflareDouble;

beforeAll(async () => {
  double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });
});
afterAll(() => double.close());

describe('a PKCS#12 bundle that cannot be built', () => {
  it('keeps the certificate and the key, and fails after them saying what to do', async () => {
    const runnerTemp = await mkdtemp(join(tmpdir(), 'cf-mtls-p12-'));
    const config = await parseConfig(
      rawInputs({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, 'generate-key': 'true', 'common-name': 'client', 'pkcs12-password': 'pw' }),
      { workingDirectory: runnerTemp, env: { RUNNER_TEMP: runnerTemp } },
    );
    const masked: string[] = [];
    const result = await executeCommand(config, {
      deadline: new Deadline(config.timeoutMs),
      log: { debug: () => {}, info: () => {}, warning: () => {} },
      mask: secret => void masked.push(secret),
      sleep: async () => {},
    });
    if (result.kind !== 'certificate') throw new Error('expected one certificate');
    expect(result.privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(masked).toContain(result.privateKeyPem);
    expect(result.pkcs12Bundle).toBeUndefined();
    expect(double.certificates(zoneId).map(c => c.id)).toEqual([result.certificate.id]);
    expect(result.failures).toEqual([
      `Could not build the PKCS#12 bundle (simulated failure). Certificate ${result.certificate.id} and the generated key are set as the step's outputs (certificate, private-key-file): build the bundle from them (openssl pkcs12 -export), or run the step again and revoke this certificate`,
    ]);
  });
});
