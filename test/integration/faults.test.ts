// One fault per request, in order, injected into the API double; the command runs as the action runs
// it (config from parseConfig, one client, one deadline) with its sleeps recorded instead of waited.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { executeCommand } from '../../src/commands/index.ts';
import type { CertificateResult } from '../../src/commands/result.ts';
import { parseConfig } from '../../src/config/parse.ts';
import { Deadline } from '../../src/deadline.ts';
import { CloudflareDouble, type Fault } from '../double/server.ts';
import { newId, newToken, rawInputs } from '../support/fixtures.ts';
import { generateCsr } from '../support/pki.ts';

const token = newToken();
const zoneId = newId();
let double: CloudflareDouble;
let existingId: string;

beforeAll(async () => {
  double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });
  existingId = (await double.seed(zoneId, (await generateCsr()).csrPem, 365)).id;
});
afterAll(() => double.close());
afterEach(() => double.reset());

interface Outcome {
  result?: CertificateResult;
  error?: Error;
  waits: number[];
  warnings: string[];
}

async function run(command: 'create' | 'get', faults: Fault[], timeoutSeconds = 60, csr?: string): Promise<Outcome> {
  // A new CSR each time (unless a test brings its own): a create that recovers adopts any recent certificate for its CSR.
  const csrPem = csr ?? (await generateCsr()).csrPem;
  double.faults.push(...faults);
  const config = await parseConfig(
    rawInputs({
      command,
      'zone-id': zoneId,
      'api-token': token,
      'api-url': double.url,
      'timeout-seconds': String(timeoutSeconds),
      ...(command === 'create' ? { csr: csrPem, 'validity-days': '30' } : { 'certificate-id': existingId }),
    }),
    { workingDirectory: process.cwd() },
  );
  const waits: number[] = [];
  const warnings: string[] = [];
  const services = {
    deadline: new Deadline(config.timeoutMs),
    log: { debug: () => {}, info: () => {}, warning: (message: string) => void warnings.push(message) },
    mask: () => {},
    sleep: async (ms: number) => void waits.push(ms),
  };
  try {
    const result = await executeCommand(config, services);
    if (result.kind !== 'certificate') throw new Error('expected one certificate');
    return { result, waits, warnings };
  } catch (error) {
    return { error: error as Error, waits, warnings };
  }
}

const active = (): string[] =>
  double
    .certificates(zoneId)
    .filter(c => c.status === 'active')
    .map(c => c.id);

describe('get under faults', () => {
  const recovered: [string, Fault, number[]][] = [
    ['429 with retry-after', { type: 'status', status: 429, retryAfter: '2' }, [2000]],
    ['429 without retry-after', { type: 'status', status: 429 }, [expect.any(Number)] as never],
    ['500', { type: 'status', status: 500 }, [expect.any(Number)] as never],
    ['502 HTML page', { type: 'html', status: 502 }, [expect.any(Number)] as never],
    ['503', { type: 'status', status: 503 }, [expect.any(Number)] as never],
    ['504', { type: 'status', status: 504 }, [expect.any(Number)] as never],
    ['connection reset', { type: 'reset' }, [expect.any(Number)] as never],
  ];
  it.each(recovered)('%s: succeeds on the next attempt', async (_name, fault, waits) => {
    const outcome = await run('get', [fault]);
    expect(outcome.error).toBeUndefined();
    expect(outcome.result?.certificate.id).toBe(existingId);
    expect(double.requests).toHaveLength(2);
    expect(outcome.waits).toEqual(waits);
  });

  it('a response slower than its share of the deadline: retried once the attempt times out', async () => {
    const outcome = await run('get', [{ type: 'delay', ms: 3000 }], 4);
    expect(outcome.error).toBeUndefined();
    expect(double.requests).toHaveLength(2);
  });

  const failed: [string, Fault, RegExp][] = [
    ['truncated JSON', { type: 'truncated-json' }, /HTTP 200 with malformed JSON/],
    ['non-JSON 200', { type: 'non-json' }, /HTTP 200 with a non-JSON body \(text\/html\)/],
    ['200 without a certificate', { type: 'no-certificate' }, /HTTP 200 with a result that holds no PEM certificate/],
    [
      '403 with code 10000',
      { type: 'status', status: 403, code: 10000, message: 'Authentication error' },
      /^Cloudflare API error 10000: Authentication error \(HTTP 403/,
    ],
    ['404 unknown id', { type: 'status', status: 404, code: 1404, message: 'Client certificate not found' }, /1404: Client certificate not found \(HTTP 404/],
  ];
  it.each(failed)('%s: fails at once with a clear error', async (_name, fault, message) => {
    const outcome = await run('get', [fault]);
    expect(outcome.result).toBeUndefined();
    expect(outcome.error?.message).toMatch(message);
    expect(double.requests).toHaveLength(1);
  });

  it('429 whose retry-after passes the deadline: fails at once, saying how long to wait', async () => {
    const outcome = await run('get', [{ type: 'status', status: 429, retryAfter: '300' }], 30);
    expect(outcome.error?.message).toMatch(/Cloudflare asked to wait 300 s \(retry-after\)/);
    expect(outcome.waits).toEqual([]);
    expect(double.requests).toHaveLength(1);
  });
});

describe('create under faults leaves exactly one active certificate', () => {
  // After an ambiguous answer the zone is listed until the certificate shows (listings lag a create on the
  // live API: the double hides a new one from the first listing), with the poll's waits, for half the time
  // left and at most 30 s (1 + 1.5 + 2.25 + 3.4 + 5.1 + 7.6 s of a 60 s deadline), before a second create.
  const looked = ['GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'GET'];
  const lookWaits = [1000, 1500, 2250, 3375, 5063, 7595];
  const cases: [string, Fault[], string[], number[], number?][] = [
    // Nothing was created: retried directly.
    ['429', [{ type: 'status', status: 429, retryAfter: '1' }], ['POST', 'POST'], [1000]],
    // Answered before the API acted: nothing found however long it looks, so issued again.
    ['500', [{ type: 'status', status: 500 }], ['POST', ...looked, 'POST', 'GET'], lookWaits],
    ['502 HTML page', [{ type: 'html', status: 502 }], ['POST', ...looked, 'POST', 'GET'], lookWaits],
    ['503', [{ type: 'status', status: 503 }], ['POST', ...looked, 'POST', 'GET'], lookWaits],
    ['504', [{ type: 'status', status: 504 }], ['POST', ...looked, 'POST', 'GET'], lookWaits],
    ['connection reset before processing', [{ type: 'reset' }], ['POST', ...looked, 'POST', 'GET'], lookWaits],
    ['non-JSON 200', [{ type: 'non-json' }], ['POST', ...looked, 'POST', 'GET'], lookWaits],
    ['200 without a certificate', [{ type: 'no-certificate' }], ['POST', ...looked, 'POST', 'GET'], lookWaits],
    // The API acted, the answer was lost: the certificate is found in the second listing and adopted.
    ['connection reset after processing', [{ type: 'reset-after-processing' }], ['POST', 'GET', 'GET'], [1000]],
    ['truncated JSON', [{ type: 'truncated-json' }], ['POST', 'GET', 'GET'], [1000]],
    ['a response slower than its share of the deadline', [{ type: 'delay', ms: 4000 }], ['POST', 'GET', 'GET'], [1000], 6],
  ];

  it.each(cases)('%s', async (_name, faults, methods, waits, timeoutSeconds) => {
    const before = active();
    const outcome = await run('create', faults, timeoutSeconds);
    expect(outcome.error).toBeUndefined();
    const after = active();
    expect(after.filter(id => !before.includes(id))).toEqual([outcome.result?.certificate.id]);
    expect(double.requests.map(r => r.method)).toEqual(methods);
    expect(outcome.waits).toEqual(waits);
  });

  it('a certificate that listings show only after 2 listings is adopted, never issued twice', async () => {
    double.listingLag = 2;
    const before = active();
    const outcome = await run('create', [{ type: 'reset-after-processing' }]);
    expect(outcome.error).toBeUndefined();
    expect(active().filter(id => !before.includes(id))).toEqual([outcome.result?.certificate.id]);
    expect(double.requests.map(r => r.method)).toEqual(['POST', 'GET', 'GET', 'GET']);
    expect(outcome.waits).toEqual([1000, 1500]);
  });

  it('a request that the API finishes after the client gave up: issued again, the late one named, never revoked', async () => {
    // Listings that show a new certificate at once, so that the late one is in the last listing.
    double.listingLag = 0;
    const before = active();
    // First POST: held 6 s, then processed; the client gives up at 5.5 s (half of 11), looks for half the
    // time left (2.75 s of recorded waits: three listings), finds nothing, creates again (answered after
    // 2 s, by when the first has been processed), then looks once more.
    const outcome = await run(
      'create',
      [{ type: 'delay-before', ms: 6000 }, { type: 'none' }, { type: 'none' }, { type: 'none' }, { type: 'delay', ms: 2000 }],
      11,
    );
    expect(double.requests.map(r => r.method)).toEqual(['POST', 'GET', 'GET', 'GET', 'POST', 'GET']);
    expect(outcome.error).toBeUndefined();
    const created = double.certificates(zoneId).filter(c => !before.includes(c.id));
    expect(created).toHaveLength(2);
    const kept = outcome.result?.certificate.id;
    const late = created.find(c => c.id !== kept);
    // The step cannot prove it issued the late one (another job with the same CSR might have): it stays active.
    expect(created.map(c => c.status)).toEqual(['active', 'active']);
    expect(double.requests.map(r => r.method)).not.toContain('DELETE');
    const notices = outcome.result?.certificate.warnings ?? [];
    expect(notices).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Certificate ${late?.id} for this CSR was issued at .*, during this step.*revoke it \\(command: revoke, zone-id: ${zoneId}, certificate-id: ${late?.id}`,
        ),
      ),
    );
    expect(notices).toContainEqual(expect.stringMatching(/^A create request of this step failed without a clear answer.*revoke any other than/));
  });

  it('never adopts a certificate for the same CSR issued before the step began: it looks, then issues one', async () => {
    const { csrPem } = await generateCsr();
    const old = await double.seed(zoneId, csrPem, 30, new Date(Date.now() - 3 * 86_400_000));
    const outcome = await run('create', [{ type: 'status', status: 502 }], 60, csrPem);
    expect(outcome.error).toBeUndefined();
    expect(outcome.result?.certificate.id).not.toBe(old.id);
    expect(double.requests.filter(r => r.method === 'POST')).toHaveLength(2);
  });

  it('of two certificates for the CSR issued during the step, adopts the newest and names the other, never revoking it', async () => {
    const { csrPem } = await generateCsr();
    double.listingLag = 0;
    const soon = (minutes: number): Date => new Date(Date.now() + minutes * 60_000);
    const older = await double.seed(zoneId, csrPem, 30, soon(1));
    const newer = await double.seed(zoneId, csrPem, 30, soon(2));
    const outcome = await run('create', [{ type: 'status', status: 502 }], 60, csrPem);
    expect(outcome.error).toBeUndefined();
    expect(outcome.result?.certificate.id).toBe(newer.id);
    expect(outcome.result?.certificate.warnings).toContainEqual(expect.stringMatching(new RegExp(`^Certificate ${older.id} for this CSR was issued at`)));
    expect(double.requests.map(r => r.method)).toEqual(['POST', 'GET']);
    expect(double.certificates(zoneId).find(c => c.id === older.id)?.status).toBe('active');
  });

  it('403 with code 10000: fails at once and creates nothing', async () => {
    const before = double.certificates(zoneId).length;
    const outcome = await run('create', [{ type: 'status', status: 403, code: 10000, message: 'Authentication error' }]);
    expect(outcome.error?.message).toMatch(/^Cloudflare API error 10000/);
    expect(double.certificates(zoneId)).toHaveLength(before);
    expect(double.requests).toHaveLength(1);
  });

  it('when the deadline leaves no room to check afterwards: fails, saying a certificate may have been issued', async () => {
    const outcome = await run('create', [{ type: 'delay-before', ms: 2500 }], 3);
    expect(outcome.error?.message).toMatch(/A certificate may have been issued all the same.*GET \/zones\/[0-9a-f]{32}\/client_certificates/);
    expect(double.requests.map(r => r.method)).toEqual(['POST', 'GET']);
    // And indeed the first request completes afterwards: the message was right to warn.
    const count = double.certificates(zoneId).length;
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(double.certificates(zoneId)).toHaveLength(count + 1);
  });
});
