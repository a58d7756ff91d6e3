// The zone lister (src/cloudflare/zones.ts): its paging against answers that tell the truth, lie or break
// (a scripted server), the checks of every entry, and the API double's GET /zones.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ClientOptions, CloudflareClient } from '../../src/cloudflare/client.ts';
import { UnexpectedResponseError } from '../../src/cloudflare/errors.ts';
import { listAccountZones } from '../../src/cloudflare/zones.ts';
import { Deadline } from '../../src/deadline.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newId, newToken } from '../support/fixtures.ts';
import { envelope, type ScriptedRequest, type ScriptedServer, startScriptedServer } from '../support/scripted-server.ts';

const accountId = newId();
let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
});

function client(apiUrl = server.url, options: Partial<ClientOptions> = {}): CloudflareClient {
  return new CloudflareClient({
    apiUrl,
    credentials: { kind: 'api-token', token: newToken() },
    userAgent: 'test',
    deadline: new Deadline(60_000),
    maxRetries: 0,
    log: { debug: () => {}, info: () => {} },
    sleep: async () => {},
    ...options,
  });
}

const zone = (index: number, more: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: index.toString(16).padStart(32, '0'),
  name: `zone-${index}.example`,
  account: { id: accountId, name: 'Example' },
  ...more,
});

/** An account of `total` zones, paged as asked, with the result_info the test chooses. */
function account(
  total: number,
  info: (page: number, perPage: number, count: number) => unknown = (page, perPage, count) => ({ page, per_page: perPage, count, total_count: total }),
) {
  return (request: ScriptedRequest) => {
    const page = Number(request.query.page);
    const perPage = Number(request.query.per_page);
    const zones = Array.from({ length: total }, (_, index) => zone(index)).slice((page - 1) * perPage, page * perPage);
    const resultInfo = info(page, perPage, zones.length);
    return { json: envelope(zones, resultInfo === undefined ? {} : { result_info: resultInfo }) };
  };
}

describe('paging', () => {
  it('asks for 50 a page with account.id, and reads every page until a short one', async () => {
    server.script = account(120);
    const zones = await listAccountZones(client(), accountId.toUpperCase());
    expect(zones).toHaveLength(120);
    expect(zones[119]).toEqual({ id: (119).toString(16).padStart(32, '0'), name: 'zone-119.example' });
    expect(server.requests.map(r => `${r.method} ${r.path}`)).toEqual(Array(3).fill('GET /zones'));
    expect(server.requests.map(r => r.query)).toEqual([1, 2, 3].map(page => ({ 'account.id': accountId, page: String(page), per_page: '50' })));
  });

  it('passes a status filter when given', async () => {
    server.script = account(3);
    await listAccountZones(client(), accountId, { status: 'active' });
    expect(server.requests[0]?.query.status).toBe('active');
  });

  it('ends at a full page whose count says it is the last, without a request for an empty page', async () => {
    server.script = account(100);
    expect(await listAccountZones(client(), accountId)).toHaveLength(100);
    expect(server.requests).toHaveLength(2);
  });

  it('without result_info, reads until a short page', async () => {
    server.script = account(100, () => undefined);
    expect(await listAccountZones(client(), accountId)).toHaveLength(100);
    expect(server.requests).toHaveLength(3);
  });

  it('never relies on total_pages: the smaller claim is believed, a short page always ends it', async () => {
    server.script = account(120, (page, perPage, count) => ({ page, per_page: perPage, count, total_count: 120, total_pages: 9 }));
    expect(await listAccountZones(client(), accountId)).toHaveLength(120);
    expect(server.requests).toHaveLength(3);
  });

  it('de-duplicates a zone a shifting listing shows twice', async () => {
    server.script = request => {
      const page = Number(request.query.page);
      const zones = page === 1 ? Array.from({ length: 50 }, (_, i) => zone(i)) : [zone(49), zone(50)];
      return { json: envelope(zones, { result_info: { page, per_page: 50, count: zones.length, total_count: 51 } }) };
    };
    const zones = await listAccountZones(client(), accountId);
    expect(zones.map(z => z.name)).toEqual(Array.from({ length: 51 }, (_, i) => `zone-${i}.example`));
  });

  it('stops after one request when the count claims more zones than one run can check', async () => {
    server.script = account(1201);
    await expect(listAccountZones(client(), accountId)).rejects.toThrow(/reports 1201 zones: more than the 1200 zones one run can check/);
    expect(server.requests).toHaveLength(1);
  });

  it('stops at 24 pages when full pages keep coming without a count', async () => {
    server.script = request => ({ json: envelope(Array.from({ length: 50 }, (_, i) => zone(Number(request.query.page) * 100 + i))) });
    await expect(listAccountZones(client(), accountId)).rejects.toThrow(/kept returning full pages past 24 pages/);
    expect(server.requests).toHaveLength(24);
  });

  it('believes a smaller page size the answer reports, and a short first page whatever the count claims', async () => {
    server.script = account(45, (page, _perPage, count) => ({ page, per_page: 20, count, total_count: 45 }));
    // The answer says it pages by 20: its page of 45 counts as full, and the next (empty) page ends the listing.
    expect(await listAccountZones(client(), accountId)).toHaveLength(45);
    expect(server.requests).toHaveLength(2);
    server.requests.length = 0;
    server.script = () => ({ json: envelope([zone(1)], { result_info: { page: 1, per_page: 50, count: 1, total_count: 99_999 } }) });
    expect(await listAccountZones(client(), accountId)).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses to list something that is not an account id, sending nothing', async () => {
    await expect(listAccountZones(client(), '../user')).rejects.toThrow(/internal error/);
    expect(server.requests).toEqual([]);
  });
});

describe('each entry is checked, and its values never echoed', () => {
  const hostile = 'evil::set-output name=x::1';
  it.each([
    ['a result that is not an array', { result: {} }, /zone listing \(page 1\) whose "result" is not an array/],
    ['an entry that is not an object', { result: ['zone'] }, /entry 1 of page 1 that is not a zone object/],
    ['an id that is not a zone id', { result: [zone(1, { id: hostile })] }, /entry 1 of page 1 whose "id" is a string of 26 characters, not a zone id/],
    ['a name that is not a DNS name', { result: [zone(1, { name: hostile })] }, /whose "name" is a string of 26 characters, not a DNS name/],
    ['a name of 300 characters', { result: [zone(1, { name: `${'a'.repeat(296)}.com` })] }, /"name" is a string of 300 characters/],
    ['a label of 64 characters', { result: [zone(1, { name: `${'a'.repeat(64)}.com` })] }, /"name" is a string of 68 characters, not a DNS name/],
    ['a name that is a number', { result: [zone(1, { name: 7 })] }, /"name" is a number/],
    ['a zone of another account', { result: [zone(1, { account: { id: newId() } })] }, /"account.id" is [0-9a-f]{32}, not the account asked for/],
    ['a zone without its account', { result: [zone(1, { account: undefined })] }, /"account.id" is missing, not the account asked for/],
    ['an account id that is not one', { result: [zone(1, { account: { id: hostile } })] }, /"account.id" is a string of 26 characters/],
  ])('refuses %s', async (_name, body, message) => {
    server.script = () => ({ json: { success: true, errors: [], messages: [], ...body } });
    const error = await listAccountZones(client(), accountId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('evil');
  });

  it('gives names in lowercase', async () => {
    server.script = () => ({ json: envelope([zone(1, { name: 'Shop.Example.COM' })]) });
    expect(await listAccountZones(client(), accountId)).toEqual([{ id: (1).toString(16).padStart(32, '0'), name: 'shop.example.com' }]);
  });
});

describe("against the API double's GET /zones", () => {
  it('lists the zones of the account asked for, that the token may read, in the schema the extract gives', async () => {
    const token = newToken();
    const mine = [newId(), newId(), newId()];
    const theirs = newId();
    const double = await CloudflareDouble.start({
      tokens: [{ token, permission: 'read', zones: [mine[0] as string], zoneRead: [mine[0] as string, mine[1] as string, theirs] }],
      accounts: [
        { id: accountId, zones: mine },
        { id: newId(), zones: [theirs] },
      ],
      zoneNames: { [mine[0] as string]: 'a.example', [mine[1] as string]: 'b.example', [mine[2] as string]: 'c.example' },
      zoneStatuses: { [mine[1] as string]: 'pending' },
    });
    try {
      const c = client(double.url, { credentials: { kind: 'api-token', token } });
      expect(await listAccountZones(c, accountId)).toEqual([
        { id: mine[0], name: 'a.example' },
        { id: mine[1], name: 'b.example' },
      ]);
      expect(await listAccountZones(c, accountId, { status: 'active' })).toEqual([{ id: mine[0], name: 'a.example' }]);
      expect(double.requests.every(r => r.path === '/client/v4/zones')).toBe(true);
    } finally {
      await double.close();
    }
  });
});
