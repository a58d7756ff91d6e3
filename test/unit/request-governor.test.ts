// The request budget and rate-limit rules (src/cloudflare/request-governor.ts, rate-limit.ts): the header readers and the
// slow-down rule as pure functions, and the governor as a gate, driven by hand (no HTTP, no real timer).
import { describe, expect, it } from 'vitest';
import type { AttemptAnswer } from '../../src/cloudflare/client.ts';
import { paceFor, RATE_LIMIT_WINDOW_MS, type RateLimitReading, rateLimitedWaitMs, rateLimitReserve, readRateLimit } from '../../src/cloudflare/rate-limit.ts';
import { RequestGovernor, RequestsStopped } from '../../src/cloudflare/request-governor.ts';
import { Deadline } from '../../src/deadline.ts';

const headers = (values: Record<string, string>): ((name: string) => string | null) => {
  const h = new Headers(values);
  return name => h.get(name);
};

describe('readRateLimit', () => {
  it('reads the Ratelimit and Ratelimit-Policy fields Cloudflare documents today', () => {
    expect(readRateLimit(headers({ ratelimit: '"default";r=50;t=30', 'ratelimit-policy': '"default";q=1200;w=300' }))).toEqual({
      remaining: 50,
      limit: 1200,
      resetMs: 30_000,
      windowMs: 300_000,
    });
  });

  it('reads x-ratelimit-remaining and x-ratelimit-limit, and x-ratelimit-reset as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(
      readRateLimit(headers({ 'x-ratelimit-remaining': '7', 'x-ratelimit-limit': '1200', 'x-ratelimit-reset': 'Thu, 01 Jan 2026 00:01:40 GMT' }), now),
    ).toEqual({ remaining: 7, limit: 1200, resetMs: 100_000, windowMs: undefined });
  });

  it('keeps the tightest of several limits (both forms, several items), with its own policy', () => {
    const reading = readRateLimit(
      headers({
        ratelimit: '"default";r=900;t=200, "burst";r=12;t=40',
        'ratelimit-policy': '"default";q=1200;w=300, "burst";q=100;w=60',
        'x-ratelimit-remaining': '901',
      }),
    );
    expect(reading).toEqual({ remaining: 12, limit: 100, resetMs: 40_000, windowMs: 60_000 });
  });

  it('accepts a token as an item name, and ignores items without a remaining count', () => {
    expect(readRateLimit(headers({ ratelimit: 'default;r=3;t=1, "x";t=5' }))?.remaining).toBe(3);
  });

  it.each([
    ['no header', {}],
    ['a negative count', { 'x-ratelimit-remaining': '-1' }],
    ['a fraction', { 'x-ratelimit-remaining': '1.5' }],
    ['text', { 'x-ratelimit-remaining': 'lots' }],
    ['a count past a billion', { 'x-ratelimit-remaining': '99999999999' }],
    ['a Ratelimit item without a name', { ratelimit: ';r=3' }],
    ['a Ratelimit header of 2,000 characters', { ratelimit: `"default";r=3;t=1, ${'"x";r=9, '.repeat(200)}` }],
  ])('reads nothing from %s', (_name, values) => {
    expect(readRateLimit(headers(values))).toBeUndefined();
  });
});

describe('rateLimitedWaitMs: how long a 429 asks to wait', () => {
  it.each([
    ['retry-after-ms first', { 'retry-after-ms': '1500', 'retry-after': '9' }, 1500],
    ['retry-after in seconds', { 'retry-after': '120' }, 120_000],
    ['the Ratelimit reset when there is no retry-after', { ratelimit: '"default";r=0;t=42' }, 42_000],
    ["Cloudflare's 5-minute block when nothing says", {}, RATE_LIMIT_WINDOW_MS],
    ['a retry-after that is not one: the block', { 'retry-after': 'soon' }, RATE_LIMIT_WINDOW_MS],
  ])('%s', (_name, values, expected) => {
    expect(rateLimitedWaitMs(headers(values))).toBe(expected);
  });
});

describe('paceFor: the slow-down rule', () => {
  const reading = (remaining: number, more: Partial<RateLimitReading> = {}): RateLimitReading => ({
    remaining,
    limit: 1200,
    resetMs: undefined,
    windowMs: undefined,
    ...more,
  });

  it('keeps a reserve of 5 % of the limit, at least the pool', () => {
    expect(rateLimitReserve(1200, 4)).toBe(60);
    expect(rateLimitReserve(undefined, 4)).toBe(60);
    expect(rateLimitReserve(40, 4)).toBe(4);
  });

  it('uses the whole pool without a reading, and while the count is at twice the reserve or more', () => {
    expect(paceFor(undefined, 0, 4)).toEqual({ go: true, concurrency: 4, waitMs: 0 });
    expect(paceFor(reading(120), 0, 4)).toEqual({ go: true, concurrency: 4, waitMs: 0 });
  });

  it('below that, goes one at a time, spreading what is left above the reserve over what is left of the window', () => {
    expect(paceFor(reading(119, { resetMs: 59_000 }), 0, 4)).toEqual({ go: true, concurrency: 1, waitMs: 1000 });
    // The reading's age counts: 29 s later, half the time is left.
    expect(paceFor(reading(119, { resetMs: 59_000 }), 29_500, 4)).toEqual({ go: true, concurrency: 1, waitMs: 500 });
    // No reset given: the window's length when given, else Cloudflare's 5 minutes.
    expect(paceFor(reading(70, { windowMs: 60_000 }), 0, 4)).toEqual({ go: true, concurrency: 1, waitMs: 6000 });
    expect(paceFor(reading(70), 0, 4)).toEqual({ go: true, concurrency: 1, waitMs: 30_000 });
  });

  it('at the reserve, waits for the reset when it is known, and does not go when it is not', () => {
    expect(paceFor(reading(60, { resetMs: 10_000 }), 4000, 4)).toEqual({ go: true, concurrency: 1, waitMs: 6000 });
    expect(paceFor(reading(3, { resetMs: 10_000 }), 20_000, 4)).toEqual({ go: true, concurrency: 1, waitMs: 0 });
    expect(paceFor(reading(60, { windowMs: 60_000 }), 0, 4)).toEqual({ go: false, waitMs: 60_000 });
    expect(paceFor(reading(0), 0, 4)).toEqual({ go: false, waitMs: RATE_LIMIT_WINDOW_MS });
  });
});

/** A governor with a recorded sleep that moves its clock. */
function governor(options: { budget?: number; pool?: number; timeoutMs?: number } = {}) {
  const waits: number[] = [];
  const logs: string[] = [];
  let clock = 0;
  const deadline = new Deadline(options.timeoutMs ?? 600_000);
  const gate = new RequestGovernor({
    budget: options.budget ?? 100,
    pool: options.pool ?? 4,
    deadline,
    sleep: async ms => {
      waits.push(ms);
      clock += ms;
    },
    now: () => clock,
    log: { debug: m => logs.push(`debug: ${m}`), info: m => logs.push(m) },
  });
  return { gate, waits, logs, signal: deadline.signal };
}

const answer = (status: number, values: Record<string, string> = {}): AttemptAnswer => ({ status, headers: new Headers(values) });
/** Lets every pending promise callback run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('RequestGovernor', () => {
  it('refuses a budget outside 1 to 1,200', () => {
    const deadline = new Deadline(1000);
    for (const budget of [0, 1201, 1.5]) expect(() => new RequestGovernor({ budget, deadline })).toThrow(/internal error/);
  });

  it('admits as many attempts as the budget, then refuses the next before it is sent', async () => {
    const { gate, signal } = governor({ budget: 3 });
    for (let i = 0; i < 3; i++) (await gate.enter(signal))(answer(200));
    expect(gate.spent).toBe(3);
    const refused = await gate.enter(signal).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RequestsStopped);
    expect((refused as RequestsStopped).stop).toEqual({ reason: 'budget', budget: 3 });
    expect(gate.spent).toBe(3);
    await expect(gate.enter(signal)).rejects.toThrow(/request budget \(3 requests\) is spent/);
  });

  it('holds the attempt past the pool until one ends', async () => {
    const { gate, signal } = governor({ pool: 2 });
    const first = await gate.enter(signal);
    await gate.enter(signal);
    let third = false;
    const pending = gate.enter(signal).then(leave => {
      third = true;
      return leave;
    });
    await settle();
    expect(third).toBe(false);
    first(answer(200));
    await settle();
    expect(third).toBe(true);
    (await pending)(undefined);
    expect(gate.maxInFlight).toBe(2);
  });

  it('stops at a 429: no attempt after it, waiting ones refused, and the wait it asked for kept', async () => {
    const { gate, signal } = governor({ pool: 1 });
    const leave = await gate.enter(signal);
    const waiting = gate.enter(signal).catch((error: unknown) => error);
    leave(answer(429, { 'retry-after': '240' }));
    expect(await waiting).toBeInstanceOf(RequestsStopped);
    expect(gate.stopped).toEqual({ reason: 'rate-limited', waitMs: 240_000 });
    await expect(gate.enter(signal)).rejects.toThrow(/HTTP 429.*wait 240 s/);
    expect(gate.spent).toBe(1);
  });

  it('slows down to one at a time, paced, when the count runs low, and says so once', async () => {
    const { gate, waits, logs, signal } = governor({ pool: 4 });
    (await gate.enter(signal))(answer(200, { ratelimit: '"default";r=100;t=200', 'ratelimit-policy': '"default";q=1200;w=300' }));
    // 100 left, the reserve 60: 40 requests over 200 s, one every 5 s.
    const a = await gate.enter(signal);
    expect(waits).toEqual([5000]);
    let second = false;
    const b = gate.enter(signal).then(leave => {
      second = true;
      return leave;
    });
    await settle();
    expect(second).toBe(false);
    a(answer(200, { ratelimit: '"default";r=99;t=195' }));
    (await b)(undefined);
    expect(gate.slowedDown).toBe(true);
    expect(logs.filter(line => line.includes('slowing down'))).toHaveLength(1);
  });

  it('waits for the reset at the reserve, and stops instead when that wait would pass the deadline', async () => {
    const slow = governor({ timeoutMs: 600_000 });
    (await slow.gate.enter(slow.signal))(answer(200, { ratelimit: '"default";r=60;t=90' }));
    (await slow.gate.enter(slow.signal))(answer(200));
    expect(slow.waits).toEqual([90_000]);

    const short = governor({ timeoutMs: 30_000 });
    (await short.gate.enter(short.signal))(answer(200, { ratelimit: '"default";r=60;t=90' }));
    await expect(short.gate.enter(short.signal)).rejects.toThrow(/only 60 requests left/);
    expect(short.gate.stopped).toEqual({ reason: 'rate-limit-low', waitMs: 90_000, remaining: 60 });
    expect(short.waits).toEqual([]);
    expect(short.gate.spent).toBe(1);
  });

  it('resolves idle() once the last attempt has ended, and counts an attempt once however often it is ended', async () => {
    const { gate, signal } = governor();
    await gate.idle();
    const leave = await gate.enter(signal);
    let idle = false;
    const done = gate.idle().then(() => {
      idle = true;
    });
    await settle();
    expect(idle).toBe(false);
    leave(undefined);
    leave(undefined);
    await done;
    expect(idle).toBe(true);
    expect(gate.clientOptions()).toEqual({ gate, retryRateLimited: false });
  });

  it('gives up waiting for a place when the deadline passes', async () => {
    const controller = new AbortController();
    const { gate } = governor({ pool: 1 });
    await gate.enter(controller.signal);
    const waiting = gate.enter(controller.signal).catch((error: unknown) => error);
    controller.abort(new Error('deadline'));
    expect(await waiting).toEqual(new Error('deadline'));
  });
});
