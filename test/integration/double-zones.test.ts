// The API double's zones (GET /zones), its rate limiter and its count of requests in flight: what the
// account inventory's tests stand on, held to the schema extract and to Cloudflare's documented limit.
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { InFlight } from '../double/in-flight.ts';
import { loadSchemaDocument, schemaAjv, ZONES_AND_RULESETS_FILE } from '../double/openapi.ts';
import { RateLimiter } from '../double/rate-limiter.ts';
import { CloudflareDouble, DEFAULT_ACCOUNT_ID, type DoubleOptions } from '../double/server.ts';
import { newGlobalKey, newId, newToken } from '../support/fixtures.ts';

let double: CloudflareDouble | undefined;
afterEach(async () => {
  await double?.close();
  double = undefined;
});

const token = newToken();
const accountId = newId();
const zones = [newId(), newId(), newId()];
const elsewhere = newId();
const globalKey = { email: 'ops@example.com', key: newGlobalKey() };

async function start(options: Partial<DoubleOptions> = {}): Promise<CloudflareDouble> {
  double = await CloudflareDouble.start({
    tokens: [{ token, permission: 'read' }],
    globalKeys: [globalKey],
    accounts: [
      { id: accountId, name: 'Example Account', zones },
      { id: newId(), zones: [elsewhere] },
    ],
    zoneNames: Object.fromEntries(zones.map((zone, index) => [zone, `zone-${index}.example`])),
    ...options,
  });
  return double;
}

async function get(query: string, headers: Record<string, string> = { authorization: `Bearer ${token}` }, method = 'GET') {
  const response = await fetch(`${(double as CloudflareDouble).url}/zones${query}`, { method, headers });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

describe('GET /zones', () => {
  const document = loadSchemaDocument(ZONES_AND_RULESETS_FILE);
  const ajv = schemaAjv(document);
  const response = (document.paths['/zones'] as { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }).get.responses;

  it("answers an account's zones in the schema's shape, result_info exactly as the extract gives it", async () => {
    await start({ profile: 'schema' });
    const answer = await get(`?account.id=${accountId}&per_page=50&page=1`);
    expect(answer.status).toBe(200);
    const validate = ajv.compile(response['200']?.content['application/json']?.schema as object);
    expect(validate(answer.json), JSON.stringify(validate.errors)).toBe(true);
    expect((answer.json.result as { id: string }[]).map(z => z.id)).toEqual(zones);
    expect((answer.json.result as { account: { id: string } }[]).every(z => z.account.id === accountId)).toBe(true);
    const infoKeys = Object.keys((document.components.schemas.zones_result_info as { properties: object }).properties);
    expect(Object.keys(answer.json.result_info as object).sort()).toEqual(infoKeys.sort());
    expect(answer.json.result_info).toEqual({ page: 1, per_page: 50, count: 3, total_count: 3 });
  });

  it('pages (20 a page unless asked), filters by status, and lists every account without account.id', async () => {
    const many = Array.from({ length: 23 }, () => newId());
    await start({ accounts: [{ id: accountId, zones: many }], zoneStatuses: { [many[0] as string]: 'pending' } });
    const second = await get(`?account.id=${accountId}&page=2`);
    expect((second.json.result as unknown[]).length).toBe(3);
    expect(second.json.result_info).toEqual({ page: 2, per_page: 20, count: 3, total_count: 23 });
    const pending = await get(`?account.id=${accountId}&status=pending`);
    expect((pending.json.result as { id: string; status: string }[]).map(z => [z.id, z.status])).toEqual([[many[0], 'pending']]);
    expect(((await get('?per_page=50')).json.result as unknown[]).length).toBe(23);
  });

  it.each([
    ['per_page above 50', '?per_page=51', /query per_page: must be <= 50/],
    ['per_page below 5', '?per_page=4', /query per_page: must be >= 5/],
    ['a page below 1', '?page=0', /query page: must be >= 1/],
    ['a status outside the enum', '?status=deleted', /query status: must be equal to one of the allowed values/],
  ])('refuses %s, as the schema does', async (_name, query, message) => {
    await start();
    const answer = await get(query);
    expect(answer.status).toBe(400);
    expect((answer.json.errors as { message: string }[])[0]?.message).toMatch(message);
  });

  it("lists a token's Zone: Read scope, which may be wider than its SSL scope, and refuses what it cannot read", async () => {
    const scoped = newToken();
    await start({ tokens: [{ token: scoped, permission: 'read', zones: [zones[0] as string], zoneRead: [zones[0] as string, zones[1] as string] }] });
    const listed = await get(`?account.id=${accountId}`, { authorization: `Bearer ${scoped}` });
    expect((listed.json.result as { id: string }[]).map(z => z.id)).toEqual([zones[0], zones[1]]);
    const certificates = (zone: string) =>
      fetch(`${(double as CloudflareDouble).url}/zones/${zone}/client_certificates?status=all`, { headers: { authorization: `Bearer ${scoped}` } });
    expect((await certificates(zones[0] as string)).status).toBe(200);
    expect((await certificates(zones[1] as string)).status).toBe(403);
  });

  it('without zoneRead, a token lists its zones (or every zone); a Global API Key lists every zone; zones of no account are the default one', async () => {
    const scoped = newToken();
    const loose = newId();
    await start({ tokens: [{ token: scoped, permission: 'read', zones: [zones[2] as string] }], zones: [loose] });
    expect(((await get('', { authorization: `Bearer ${scoped}` })).json.result as { id: string }[]).map(z => z.id)).toEqual([zones[2]]);
    const all = (await get('?per_page=50', { 'x-auth-email': globalKey.email, 'x-auth-key': globalKey.key })).json.result as {
      id: string;
      account: { id: string };
    }[];
    expect(all.map(z => z.id).sort()).toEqual([...zones, elsewhere, loose].sort());
    expect(all.find(z => z.id === loose)?.account.id).toBe(DEFAULT_ACCOUNT_ID);
  });

  it('refuses an unknown token, and any method but GET', async () => {
    await start();
    expect((await get('', { authorization: `Bearer ${newToken()}` })).status).toBe(403);
    expect((await get('', { authorization: `Bearer ${token}` }, 'POST')).status).toBe(405);
  });
});

describe('the rate limiter', () => {
  it("is on by default at Cloudflare's figures, with the Ratelimit fields on every answer", async () => {
    await start();
    const answer = await get(`?account.id=${accountId}`);
    expect(answer.headers.get('ratelimit')).toBe('"default";r=1199;t=300');
    expect(answer.headers.get('ratelimit-policy')).toBe('"default";q=1200;w=300');
    expect(answer.headers.get('retry-after')).toBeNull();
    expect((double as CloudflareDouble).requests[0]?.rateLimitRemaining).toBe(1199);
  });

  it('is off with rateLimit: false', async () => {
    await start({ rateLimit: false });
    const answer = await get('');
    expect(answer.headers.get('ratelimit')).toBeNull();
    expect((double as CloudflareDouble).requests[0]?.rateLimitRemaining).toBeUndefined();
  });

  it('counts per credential, answers 429 with retry-after past the limit, and blocks for a window', async () => {
    let clock = 0;
    await start({ rateLimit: { limit: 2, windowMs: 60_000, headers: 'both', now: () => clock } });
    expect((await get('')).status).toBe(200);
    clock = 10_000;
    const last = await get('');
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(last.headers.get('ratelimit')).toBe('"default";r=0;t=50');
    const refused = await get('');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(refused.headers.get('x-ratelimit-reset')).toBe(new Date(70_000).toUTCString());
    expect((refused.json.errors as { code: number }[])[0]?.code).toBe(971);
    expect((double as CloudflareDouble).requests.map(r => r.limited ?? false)).toEqual([false, false, true]);
    // Another credential has its own count.
    expect((await get('', { 'x-auth-email': globalKey.email, 'x-auth-key': globalKey.key })).status).toBe(200);
    // Blocked for the whole window from the request that passed the limit, not only until the window's end.
    clock = 65_000;
    expect((await get('')).status).toBe(429);
    clock = 70_000;
    const again = await get('');
    expect(again.status).toBe(200);
    expect(again.headers.get('x-ratelimit-remaining')).toBe('1');
  });

  it('uses no fault on a request it refuses', async () => {
    let clock = 0;
    await start({ rateLimit: { limit: 1, windowMs: 1000, now: () => clock } });
    await get('');
    (double as CloudflareDouble).faults.push({ type: 'status', status: 500 });
    expect((await get('')).status).toBe(429);
    clock = 5000;
    expect((await get('')).status).toBe(500);
  });

  it('keeps its own count: a window starts at the first request, and a new one after it ends', () => {
    let clock = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 1000, headers: 'none', now: () => clock });
    expect([1, 2, 3].map(() => limiter.admit('a').remaining)).toEqual([2, 1, 0]);
    expect(limiter.admit('a')).toEqual({ allowed: false, remaining: 0, headers: { 'retry-after': '1' } });
    clock = 1000;
    expect(limiter.admit('a').allowed).toBe(true);
    clock = 1999;
    expect(limiter.admit('a').remaining).toBe(1);
    clock = 2000;
    expect(limiter.admit('a').remaining).toBe(2);
  });
});

describe('requests in flight', () => {
  it('counts each request until its response closes, and keeps the most at once', () => {
    const inFlight = new InFlight();
    const responses = [new EventEmitter(), new EventEmitter(), new EventEmitter()];
    expect(inFlight.enter(responses[0] as unknown as ServerResponse)).toBe(1);
    expect(inFlight.enter(responses[1] as unknown as ServerResponse)).toBe(2);
    responses[0]?.emit('close');
    expect(inFlight.enter(responses[2] as unknown as ServerResponse)).toBe(2);
    responses[1]?.emit('close');
    responses[2]?.emit('close');
    expect([inFlight.current, inFlight.max]).toEqual([0, 2]);
    inFlight.reset();
    expect(inFlight.max).toBe(0);
  });

  it('the double records each request with the number in flight, and holds answers for its latency', async () => {
    await start({ rateLimit: false });
    (double as CloudflareDouble).latencyMs = 1;
    await Promise.all([get(''), get('')]);
    const counts = (double as CloudflareDouble).requests.map(r => r.inFlight);
    expect(counts.every(n => n === 1 || n === 2)).toBe(true);
    expect((double as CloudflareDouble).maxInFlight).toBe(Math.max(...(counts as number[])));
    (double as CloudflareDouble).reset();
    expect((double as CloudflareDouble).latencyMs).toBe(0);
  });
});
