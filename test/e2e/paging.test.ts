// Paging through dist/ as the runner runs it. Cloudflare's schema gives result_info as
// {page, per_page, count, total_count} with no total_pages; every listing path (list, reuse-existing,
// create recovery) must return every certificate whatever the answer's paging shape, with the fewest
// requests the answer allows, and a lying answer must cost a handful of requests, never thousands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble, type PublicCertificate, publicView, type ResultInfoMode } from '../double/server.ts';
import { newId, newToken } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';
import { registerSecrets, runAction } from '../support/run-action.ts';
import { envelope, type ScriptedServer, startScriptedServer } from '../support/scripted-server.ts';

const COUNTS = [0, 1, 49, 50, 51, 120, 250] as const;
const MODES: readonly ResultInfoMode[] = ['schema', 'with-total-pages', 'none'];
const token = newToken();
/** One zone per path and count, so that each case lists exactly what it seeded. */
const zones = {
  list: Object.fromEntries(COUNTS.map(n => [n, newId()])) as Record<number, string>,
  reuse: Object.fromEntries(COUNTS.map(n => [n, newId()])) as Record<number, string>,
  recovery: Object.fromEntries(COUNTS.map(n => [n, newId()])) as Record<number, string>,
};
let double: CloudflareDouble;
let filler: GeneratedCsr;
/** The CSR whose certificate sits last in each reuse zone. */
const matching: Record<number, { csr: GeneratedCsr; id: string }> = {};

/** The fewest requests for n certificates: ⌈n/50⌉ (at least one) when the answer counts, one more page otherwise. */
const expectedRequests = (n: number, mode: ResultInfoMode): number => (mode === 'none' ? Math.floor(n / 50) + 1 : Math.max(1, Math.ceil(n / 50)));

beforeAll(async () => {
  double = await CloudflareDouble.start({
    tokens: [{ token, permission: 'write' }],
    // Above the included 100, as a zone with more certificates bought has it: recovery zones hold up to 250.
    quota: 300,
    zones: [...Object.values(zones.list), ...Object.values(zones.reuse), ...Object.values(zones.recovery)],
  });
  registerSecrets(token);
  filler = await generateCsr();
  for (const n of COUNTS) {
    for (let i = 0; i < n; i++) await double.seed(zones.list[n] as string, filler.csrPem, 365);
    // Reuse: n certificates, the one for this CSR last (on the last page). Recovery: n - 1, the POST adds the last.
    for (let i = 0; i < Math.max(0, n - 1); i++) {
      await double.seed(zones.reuse[n] as string, filler.csrPem, 365);
      await double.seed(zones.recovery[n] as string, filler.csrPem, 365);
    }
    if (n > 0) {
      const csr = await generateCsr();
      matching[n] = { csr, id: (await double.seed(zones.reuse[n] as string, csr.csrPem, 365)).id };
    }
  }
}, 120_000);
afterAll(() => double.close());

const base = (zoneId: string): Record<string, string> => ({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url });
const listings = (): number => double.requests.filter(r => r.method === 'GET' && r.path.endsWith('/client_certificates')).length;

describe.each(MODES)('result_info %s', mode => {
  it.each(COUNTS)('list returns all %i certificates in the fewest requests', async n => {
    double.reset();
    double.resultInfoMode = mode;
    const run = await runAction({ ...base(zones.list[n] as string), command: 'list' });
    expect(run.errors).toEqual([]);
    expect(run.outputs.count).toBe(String(n));
    const ids = (JSON.parse(run.outputs.certificates ?? '[]') as { id: string }[]).map(c => c.id);
    expect(new Set(ids)).toEqual(new Set(double.certificates(zones.list[n] as string).map(c => c.id)));
    expect(listings()).toBe(expectedRequests(n, mode));
    expect(double.requests).toHaveLength(expectedRequests(n, mode));
  });

  it.each(COUNTS.filter(n => n > 0))('reuse-existing finds the matching certificate last of %i, issuing nothing', async n => {
    double.reset();
    double.resultInfoMode = mode;
    const { csr, id } = matching[n] as { csr: GeneratedCsr; id: string };
    const run = await runAction({ ...base(zones.reuse[n] as string), csr: csr.csrPem, 'reuse-existing': 'true' });
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ reused: 'true', id });
    expect(double.requests.filter(r => r.method === 'POST')).toHaveLength(0);
    expect(listings()).toBe(expectedRequests(n, mode));
  });

  it.each(COUNTS.filter(n => n > 0))('recovery after an ambiguous create finds its certificate last of %i', async n => {
    double.reset();
    double.resultInfoMode = mode;
    // Listings that show the new certificate at once: this is about paging (the live API's listing lag is
    // tested with create recovery in faults.test.ts and action.test.ts).
    double.listingLag = 0;
    const zoneId = zones.recovery[n] as string;
    const csr = await generateCsr();
    double.faults.push({ type: 'reset-after-processing' });
    const run = await runAction({ ...base(zoneId), csr: csr.csrPem });
    expect(run.errors).toEqual([]);
    const issued = double.certificates(zoneId).filter(c => c.status === 'active');
    expect(issued).toHaveLength(n);
    expect(run.outputs.id).toBe(issued[issued.length - 1]?.id);
    expect(double.requests.filter(r => r.method === 'POST')).toHaveLength(1);
    expect(listings()).toBe(expectedRequests(n, mode));
    // Back to n - 1 active for the next paging shape.
    double.tamper(zoneId, run.outputs.id ?? '', { status: 'revoked' });
  });
});

describe('a listing that lies about its pages', () => {
  let server: ScriptedServer;
  let entries: PublicCertificate[];
  const zoneId = newId();

  beforeAll(async () => {
    server = await startScriptedServer();
    const source = newId();
    const lying = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [source] });
    for (let i = 0; i < 120; i++) await lying.seed(source, filler.csrPem, 365);
    entries = lying.certificates(source).map(publicView);
    await lying.close();
  });
  afterAll(() => server.close());

  /** Serves `total` real certificates 50 a page, with the given result_info. */
  function serve(total: number, info: (page: number, count: number) => Record<string, unknown> | undefined): void {
    server.requests.length = 0;
    server.script = request => {
      const page = Number(request.query.page ?? '1');
      const slice = Array.from({ length: Math.max(0, Math.min(50, total - (page - 1) * 50)) }, (_, i) => ({
        ...(entries[((page - 1) * 50 + i) % entries.length] as object),
        id: ((page - 1) * 50 + i).toString(16).padStart(32, '0'),
      }));
      const resultInfo = info(page, slice.length);
      return { json: envelope(slice, resultInfo ? { result_info: resultInfo } : {}) };
    };
  }
  const list = () => runAction({ command: 'list', 'zone-id': zoneId, 'api-token': token, 'api-url': server.url });

  it('total_pages of a trillion beside total_count 120: believes the smaller, three requests', async () => {
    serve(120, (page, count) => ({ page, per_page: 50, count, total_count: 120, total_pages: 1e12 }));
    const run = await list();
    expect(run.errors).toEqual([]);
    expect(run.outputs.count).toBe('120');
    expect(server.requests).toHaveLength(3);
  });

  it('total_count of a million: fails after one request, naming the bound', async () => {
    serve(1e6, (page, count) => ({ page, per_page: 50, count, total_count: 1e6 }));
    const run = await list();
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/reports 1000000 certificates: more than the 2000 this action lists \(40 pages of 50/)]);
    expect(run.outputs).toEqual({});
    expect(server.requests).toHaveLength(1);
  });

  it('a short first page beside a total_count past the ceiling: the page is the whole answer, for list and reuse-existing', async () => {
    serve(10, (page, count) => ({ page, per_page: 50, count, total_count: 1e6 }));
    const run = await list();
    expect(run.errors).toEqual([]);
    expect(run.outputs.count).toBe('10');
    expect(server.requests).toHaveLength(1);

    server.requests.length = 0;
    const reuse = await runAction({ 'zone-id': zoneId, 'api-token': token, 'api-url': server.url, csr: filler.csrPem, 'reuse-existing': 'true' });
    expect(reuse.errors).toEqual([]);
    expect(reuse.outputs.reused).toBe('true');
    expect(server.requests.map(r => r.method)).toEqual(['GET']);
  });

  it('full pages for ever with no result_info: stops at 40 pages with a clear error', async () => {
    serve(Number.MAX_SAFE_INTEGER, () => undefined);
    const run = await list();
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/kept returning full pages past 40 pages/)]);
    expect(server.requests).toHaveLength(40);
  });

  it('a count that claims more than the pages hold: a short page ends it, within one batch', async () => {
    serve(60, (page, count) => ({ page, per_page: 50, count, total_count: 2000 }));
    const run = await list();
    expect(run.errors).toEqual([]);
    expect(run.outputs.count).toBe('60');
    expect(server.requests.length).toBeLessThanOrEqual(5);
  });

  it('a nonsense per_page is ignored in favour of the one asked for', async () => {
    serve(120, (page, count) => ({ page, per_page: -3, count, total_count: 'lots' }));
    const run = await list();
    expect(run.errors).toEqual([]);
    expect(run.outputs.count).toBe('120');
    expect(server.requests).toHaveLength(3);
  });
});
