// The account inventory (src/commands/account-inventory.ts) against the API double, in the test process:
// every zone of an account, within a request budget, a pool and Cloudflare's rate limit. Sleeps are
// recorded, never waited; where the rate limiter's window matters, the sleep moves a clock that both the
// double's limiter and the action's governor read, so that no real timer is raced.
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientOptions } from '../../src/cloudflare/client.ts';
import { type InventoryConfig, inventoryAccount } from '../../src/commands/account-inventory.ts';
import type { InventoryResult } from '../../src/commands/result.ts';
import { normalizeCsrPem } from '../../src/csr.ts';
import { Deadline } from '../../src/deadline.ts';
import type { RateLimitOptions } from '../double/rate-limiter.ts';
import { CloudflareDouble, type DoubleOptions, type Fault } from '../double/server.ts';
import { newId, newToken } from '../support/fixtures.ts';
import { generateCsr } from '../support/pki.ts';

const DAY_MS = 86_400_000;
let double: CloudflareDouble | undefined;
afterEach(async () => {
  await double?.close();
  double = undefined;
});

let csrPem: string | undefined;
async function csr(): Promise<string> {
  csrPem ??= normalizeCsrPem((await generateCsr()).csrPem).pem;
  return csrPem;
}

interface Account {
  readonly accountId: string;
  readonly token: string;
  readonly zones: readonly string[];
  readonly names: Readonly<Record<string, string>>;
}

/**
 * An account of `counts.length` zones, zone i holding counts[i] certificates (valid a year), named
 * zone-<i>.example; a second account with one zone of its own, which must never show. The token reads
 * every zone of the account, and its "SSL and Certificates" scope covers all but `uncovered`.
 */
async function account(
  counts: readonly number[],
  options: { uncovered?: readonly number[]; rateLimit?: RateLimitOptions | false; extra?: Partial<DoubleOptions> } = {},
): Promise<Account> {
  const accountId = newId();
  const token = newToken();
  const zones = counts.map(() => newId());
  const other = newId();
  const names = Object.fromEntries(zones.map((zone, index) => [zone, `zone-${index}.example`]));
  const covered = zones.filter((_, index) => !(options.uncovered ?? []).includes(index));
  double = await CloudflareDouble.start({
    tokens: [{ token, permission: 'read', zones: [...covered, other], zoneRead: [...zones, other] }],
    accounts: [
      { id: accountId, name: 'Example Account', zones },
      { id: newId(), name: 'Another Account', zones: [other] },
    ],
    zoneNames: { ...names, [other]: 'other.example' },
    rateLimit: options.rateLimit ?? false,
    ...options.extra,
  });
  const pem = await csr();
  await double.seed(other, pem, 365);
  for (const [index, count] of counts.entries()) for (let n = 0; n < count; n++) await double.seed(zones[index] as string, pem, 365);
  double.reset();
  return { accountId, token, zones, names };
}

interface Run {
  readonly result: InventoryResult;
  /** Every wait the action asked for, in ms. */
  readonly waits: readonly number[];
  readonly logs: readonly string[];
}

/** The fake clock the recorded sleep moves; the double's limiter and the governor read it. */
let clock = 0;
const fakeClock = (): number => clock;

async function run(
  target: Account,
  config: Partial<InventoryConfig> = {},
  options: { budget?: number; pool?: number; maxRetries?: number; timeoutMs?: number } = {},
): Promise<Run> {
  const waits: number[] = [];
  const logs: string[] = [];
  const clientOptions: ClientOptions = {
    apiUrl: (double as CloudflareDouble).url,
    credentials: { kind: 'api-token', token: target.token },
    userAgent: 'test-agent/1.0',
    deadline: new Deadline(options.timeoutMs ?? 600_000),
    maxRetries: options.maxRetries ?? 2,
    log: { debug: message => logs.push(`debug: ${message}`), info: message => logs.push(message) },
    sleep: async ms => {
      waits.push(ms);
      clock += ms;
    },
    random: () => 0.5,
  };
  const result = await inventoryAccount(
    { accountId: target.accountId, status: 'all', minDaysRemaining: undefined, failOnEmpty: false, ...config },
    {
      clientOptions,
      ...(options.budget !== undefined ? { budget: options.budget } : {}),
      ...(options.pool !== undefined ? { pool: options.pool } : {}),
      log: { ...clientOptions.log, warning: message => logs.push(`warning: ${message}`) },
      clock: fakeClock,
    },
  );
  return { result, waits, logs };
}

const certificateRequests = (d: CloudflareDouble): number => d.requests.filter(r => r.path.endsWith('/client_certificates')).length;

describe('an account of three zones, one of them outside the token\'s "SSL and Certificates" scope', () => {
  it('checks the two it covers, skips the third with a note naming it, and fails nothing', async () => {
    const target = await account([1, 2, 1], { uncovered: [2] });
    const { result } = await run(target);
    expect(result.zones.map(z => z.id)).toEqual(target.zones);
    expect(result.zonesChecked).toEqual([
      { id: target.zones[0], name: 'zone-0.example', count: 1 },
      { id: target.zones[1], name: 'zone-1.example', count: 2 },
    ]);
    expect(result.zonesSkipped).toHaveLength(1);
    expect(result.zonesSkipped[0]).toMatchObject({ id: target.zones[2], name: 'zone-2.example' });
    expect(result.zonesSkipped[0]?.why).toMatch(/HTTP 403/);
    expect(result.zonesSkipped[0]?.why).toMatch(/"SSL and Certificates: Read" does not include zone/);
    expect(result.notices).toEqual([expect.stringContaining(`Zone zone-2.example (${target.zones[2]}) was skipped`)]);
    expect(result.failures).toEqual([]);
    expect(result.zonesFailed).toEqual([]);
    expect(result.stop).toBeUndefined();
    // Each certificate with the zone that listed it; nothing of the other account.
    expect(result.certificates).toHaveLength(3);
    for (const certificate of result.certificates) {
      const stored = (double as CloudflareDouble).certificates(certificate.zone.id).map(c => c.id);
      expect(stored).toContain(certificate.id);
      expect(certificate.zone.name).toBe(target.names[certificate.zone.id]);
    }
    // One zone page, one certificate page per zone.
    expect(result.requests).toBe(4);
    expect((double as CloudflareDouble).requests).toHaveLength(4);
  });
});

describe('120 zones with 0 to 3 certificates each, and one with 151 (four pages, three of them fetched at once)', () => {
  it('sends exactly ⌈Z/50⌉ + Σ max(1, ⌈Nᵢ/50⌉) requests, never more than the pool at once', async () => {
    const counts = Array.from({ length: 120 }, (_, index) => (index === 7 ? 151 : index % 4));
    const target = await account(counts);
    (double as CloudflareDouble).latencyMs = 3;
    const { result } = await run(target);
    const expected = Math.ceil(120 / 50) + counts.reduce((sum, n) => sum + Math.max(1, Math.ceil(n / 50)), 0);
    expect(expected).toBe(3 + 119 + 4);
    expect(result.requests).toBe(expected);
    expect((double as CloudflareDouble).requests).toHaveLength(expected);
    expect(result.requestsNeeded).toBe(expected);
    // The pool is used, and never passed: as the client counts its requests, and as the double saw them.
    expect(result.rate.maxInFlight).toBe(4);
    expect((double as CloudflareDouble).maxInFlight).toBeLessThanOrEqual(4);
    expect(Math.max(...(double as CloudflareDouble).requests.map(r => r.inFlight ?? 0))).toBeLessThanOrEqual(4);
    expect(result.zonesChecked).toHaveLength(120);
    expect(result.zonesChecked.map(z => z.count)).toEqual(counts);
    expect(result.certificates).toHaveLength(counts.reduce((a, b) => a + b, 0));
    const zonePages = (double as CloudflareDouble).requests.filter(r => r.path.endsWith('/zones'));
    expect(zonePages.map(r => r.query)).toEqual([1, 2, 3].map(page => ({ 'account.id': target.accountId, page: String(page), per_page: '50' })));
    expect(result.failures).toEqual([]);
  });
});

describe('a budget smaller than the account needs', () => {
  it('stops before it would pass the budget, names every zone not checked, and fails', async () => {
    const target = await account(Array.from({ length: 20 }, () => 1));
    const { result } = await run(target, {}, { budget: 10 });
    expect((double as CloudflareDouble).requests).toHaveLength(10);
    expect(result.requests).toBe(10);
    expect(result.stop).toEqual({ reason: 'budget', budget: 10 });
    // One zone page and nine zones, in the listing's order; the other eleven named.
    expect(result.zonesChecked.map(z => z.id)).toEqual(target.zones.slice(0, 9));
    expect(result.zonesNotChecked.map(z => z.id)).toEqual(target.zones.slice(9));
    expect(result.zonesNotChecked[0]?.why).toMatch(/request budget \(10 requests\) was spent/);
    expect(result.requestsNeeded).toBe(21);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(/11 of 20 zones were not checked/);
    expect(result.failures[0]).toContain(`zone-19.example (${target.zones[19]})`);
    expect(result.failures[0]).toMatch(/needs at least 21 requests; this run sent 10 of its budget of 10/);
  });

  it('only warns when the run is allowed to be incomplete', async () => {
    const target = await account(Array.from({ length: 6 }, () => 1));
    const { result } = await run(target, { failWhenIncomplete: false }, { budget: 4 });
    expect(result.requests).toBe(4);
    expect(result.failures).toEqual([]);
    expect(result.warnings).toEqual([expect.stringMatching(/3 of 6 zones were not checked/)]);
  });

  it('stops cleanly when even the zone listing does not fit', async () => {
    const target = await account(Array.from({ length: 60 }, () => 0));
    const { result } = await run(target, {}, { budget: 1 });
    expect((double as CloudflareDouble).requests).toHaveLength(1);
    expect(result.zones).toEqual([]);
    expect(result.stop).toEqual({ reason: 'budget', budget: 1 });
    expect(result.failures).toEqual([expect.stringMatching(/the account's zones could not be listed/)]);
  });
});

describe('a 429 in the middle of the run', () => {
  it('sends no request after it but those already in flight, and says how long to wait', async () => {
    clock = 0;
    // No rate-limit headers: the client cannot see it coming.
    const target = await account(
      Array.from({ length: 40 }, () => 1),
      { rateLimit: { limit: 15, windowMs: 300_000, headers: 'none', now: fakeClock } },
    );
    const { result, waits } = await run(target);
    const requests = (double as CloudflareDouble).requests;
    const first = requests.findIndex(r => r.limited);
    expect(first).toBe(15);
    // After the 429 only what was in flight with it (at most pool − 1 requests), each refused too.
    expect(requests.length - first - 1).toBeLessThanOrEqual(3);
    expect(requests.slice(first).every(r => r.limited)).toBe(true);
    expect(result.requests).toBe(requests.length);
    // Never retried: no wait for its retry-after.
    expect(waits).toEqual([]);
    expect(result.stop).toEqual({ reason: 'rate-limited', waitMs: 300_000 });
    expect(result.zonesFailed).toEqual([]);
    expect(result.zonesChecked.length + result.zonesNotChecked.length).toBe(40);
    expect(result.zonesChecked.length).toBe(14);
    expect(result.failures).toEqual([expect.stringMatching(/HTTP 429.*wait 300 s before the next run/)]);
  });
});

describe("Cloudflare's count running low", () => {
  it('with Ratelimit headers: one request at a time, paced until the window resets, and no 429', async () => {
    clock = 0;
    const target = await account(
      Array.from({ length: 80 }, () => 0),
      { rateLimit: { limit: 60, windowMs: 60_000, headers: 'ratelimit', now: fakeClock } },
    );
    (double as CloudflareDouble).latencyMs = 2;
    const { result, waits } = await run(target);
    const requests = (double as CloudflareDouble).requests;
    expect(requests.filter(r => r.limited)).toEqual([]);
    expect(result.zonesChecked).toHaveLength(80);
    expect(result.requests).toBe(2 + 80);
    // The reserve is 4 (the pool), the slow-down below twice that: from the 53rd request of the window.
    const low = requests.findIndex(r => r.rateLimitRemaining !== undefined && r.rateLimitRemaining < 8);
    expect(low).toBe(52);
    const reset = requests.findIndex((r, index) => index > low && r.rateLimitRemaining === 59);
    expect(reset).toBeGreaterThan(low);
    // Once the requests in flight when it showed have ended, every request goes alone until the reset.
    for (const request of requests.slice(low + 4, reset + 1)) expect(request.inFlight).toBe(1);
    expect(result.rate).toEqual({ maxInFlight: 4, slowedDown: true });
    // Paced: waits spread over the window, and one until it resets.
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(clock - 1);
    expect(clock).toBeGreaterThanOrEqual(60_000);
    expect(result.failures).toEqual([]);
  });

  it('with x-ratelimit headers (no reset time): slows down, spreading what is left over a whole window, and no 429', async () => {
    clock = 0;
    // A limit of 200 over Cloudflare's 5 minutes: the reserve is 10 (5 %), the slow-down below 20; 200 zones need 204 requests.
    const target = await account(
      Array.from({ length: 200 }, () => 0),
      { rateLimit: { limit: 200, windowMs: 300_000, headers: 'x-ratelimit', now: fakeClock } },
    );
    (double as CloudflareDouble).latencyMs = 2;
    const { result, waits } = await run(target);
    const requests = (double as CloudflareDouble).requests;
    expect(requests.filter(r => r.limited)).toEqual([]);
    expect(result.stop).toBeUndefined();
    expect(result.zonesChecked).toHaveLength(200);
    const low = requests.findIndex(r => r.rateLimitRemaining !== undefined && r.rateLimitRemaining < 20);
    expect(low).toBe(180);
    const reset = requests.findIndex((r, index) => index > low && r.rateLimitRemaining === 199);
    expect(reset).toBeGreaterThan(low);
    for (const request of requests.slice(low + 4, reset + 1)) expect(request.inFlight).toBe(1);
    // Without a reset time, each request waits its share of a whole window: 300 s / (remaining − reserve).
    expect(waits.length).toBeGreaterThan(0);
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(300_000 / 9);
    expect(Math.min(...requests.map(r => r.rateLimitRemaining ?? 200))).toBeGreaterThan(10);
    expect(result.rate.slowedDown).toBe(true);
    expect(result.failures).toEqual([]);
  });

  it('stops cleanly, before any 429, when the pace it needs would pass the deadline', async () => {
    clock = 0;
    const target = await account(
      Array.from({ length: 200 }, () => 0),
      { rateLimit: { limit: 200, windowMs: 300_000, headers: 'x-ratelimit', now: fakeClock } },
    );
    const { result, waits } = await run(target, {}, { timeoutMs: 25_000 });
    const requests = (double as CloudflareDouble).requests;
    expect(requests.filter(r => r.limited)).toEqual([]);
    expect(waits).toEqual([]);
    expect(result.stop).toMatchObject({ reason: 'rate-limit-low' });
    expect(result.zonesNotChecked.length).toBe(200 - result.zonesChecked.length);
    expect(result.zonesNotChecked.length).toBeGreaterThan(0);
    expect(result.zonesNotChecked[0]?.why).toMatch(/rate-limit window was down/);
    expect(result.failures).toEqual([expect.stringMatching(/requests left in this user's rate-limit window.*wait \d+ s before the next run/)]);
  });
});

describe('an expiring certificate in the 80th of 100 zones', () => {
  it('is found, with its zone', async () => {
    const target = await account(Array.from({ length: 100 }, () => 1));
    const zone = target.zones[79] as string;
    const old = await (double as CloudflareDouble).seed(zone, await csr(), 365, new Date(Date.now() - 360 * DAY_MS));
    const { result } = await run(target, { minDaysRemaining: 30, status: 'active' });
    expect(result.expiring).toHaveLength(1);
    expect(result.expiring[0]?.id).toBe(old.id);
    expect(result.expiring[0]?.zone).toEqual({ id: zone, name: 'zone-79.example' });
    expect(result.expiring[0]?.daysRemaining).toBeLessThan(6);
    // Soonest first across zones.
    expect(result.certificates[0]?.id).toBe(old.id);
    expect(result.failures).toEqual([expect.stringContaining(`${old.id} (`)]);
    expect(result.failures[0]).toContain('zone zone-79.example');
    expect(result.certificates).toHaveLength(101);
  });
});

describe('a zone whose check fails after retries', () => {
  it('fails the run naming the zone, and keeps what the other zones gave', async () => {
    const target = await account(Array.from({ length: 10 }, () => 1));
    const broken = target.zones[4] as string;
    const bad: Fault = { type: 'html', status: 502 };
    (double as CloudflareDouble).zoneFaults.set(broken, [bad, bad, bad]);
    const { result, waits } = await run(target, {}, { maxRetries: 2 });
    expect(waits).toHaveLength(2);
    expect(result.requests).toBe(1 + 9 + 3);
    expect(result.zonesFailed).toEqual([{ id: broken, name: 'zone-4.example', why: expect.stringMatching(/HTTP 502/) }]);
    expect(result.zonesChecked.map(z => z.id)).toEqual(target.zones.filter(z => z !== broken));
    expect(result.certificates).toHaveLength(9);
    expect(result.failures).toEqual([expect.stringMatching(new RegExp(`^Zone zone-4\\.example \\(${broken}\\) could not be checked: .*HTTP 502`))]);
    expect(result.stop).toBeUndefined();
  });

  it('starts no new zone after three failed in a row: an outage is not worth the rate limit', async () => {
    const target = await account(Array.from({ length: 12 }, () => 1));
    const bad: Fault = { type: 'status', status: 500 };
    for (const zone of target.zones) (double as CloudflareDouble).zoneFaults.set(zone, [bad, bad, bad]);
    const { result } = await run(target, {}, { maxRetries: 2 });
    expect(result.stop).toEqual({ reason: 'failing', zones: 3 });
    // Three failed, and at most the pool's three other zones that were under way then.
    expect(result.zonesFailed.length).toBeGreaterThanOrEqual(3);
    expect(result.zonesFailed.length).toBeLessThanOrEqual(3 + 3);
    expect(result.zonesNotChecked.length).toBe(12 - result.zonesFailed.length);
    expect(result.requests).toBe(1 + 3 * result.zonesFailed.length);
  });
});

describe('an account the credentials see nothing of', () => {
  it('fails: a scheduled check of the wrong account must not stay green', async () => {
    const target = await account([1]);
    const { result } = await run({ ...target, accountId: newId() });
    expect(result.zones).toEqual([]);
    expect(result.failures).toEqual([expect.stringMatching(/has no zones these credentials can list: check account-id/)]);
  });

  it('fails when every zone answers 403', async () => {
    const target = await account([1, 1], { uncovered: [0, 1] });
    const { result } = await run(target);
    expect(result.zonesSkipped).toHaveLength(2);
    expect(result.failures).toEqual([expect.stringMatching(/None of the 2 zones .* could be read/)]);
  });

  it('warns, or fails with fail-on-empty, when the zones hold no certificate', async () => {
    const target = await account([0, 0]);
    expect((await run(target)).result.warnings).toEqual([expect.stringMatching(/have no client certificates with status all/)]);
    expect((await run(target, { failOnEmpty: true })).result.failures).toEqual([expect.stringMatching(/\(fail-on-empty\)$/)]);
    expect(certificateRequests(double as CloudflareDouble)).toBe(4);
  });
});
