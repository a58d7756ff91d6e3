import type { Deadline } from '../deadline.js';
import { MAX_REQUEST_BUDGET } from '../limits.js';
import { sleep as defaultSleep, type Sleep } from '../sleep.js';
import type { AttemptAnswer, AttemptGate } from './client.js';
import { parseRetryAfter, parseRetryAfterMs } from './retry-policy.js';

/**
 * How a run that sends many requests (the account inventory) stays within Cloudflare's rate limit:
 * 1,200 requests per 5 minutes per user, across every tool and the dashboard, where one 429 blocks every
 * call of that user for the next 5 minutes (developers.cloudflare.com/fundamentals/api/reference/limits).
 * docs/account-inventory.md says the same for users; the numbers are here.
 *
 * - A budget per run: every attempt (retries included) draws one request from it, and an attempt that
 *   would pass it is refused before it is sent.
 * - A pool: at most `pool` requests in flight at once.
 * - The API's own count, read from every answer (rate-limit headers): when it runs low, one request at a
 *   time, spread over what is left of the window, and a reserve of the window is left to the rest of the
 *   user's tools.
 * - A 429: no request is sent after it (those in flight finish), and the stop says how long to wait.
 */

/** Cloudflare's limit: requests per window, per user. */
export const CLOUDFLARE_RATE_LIMIT = 1200;
export const RATE_LIMIT_WINDOW_MS = 5 * 60 * 1000;
/** Requests in flight at once. */
export const DEFAULT_POOL = 4;

/** Header values longer than this are not parsed (a real one is a few dozen characters). */
const MAX_HEADER_CHARACTERS = 1024;
/** Items of a Ratelimit or Ratelimit-Policy list read; the rest are ignored. */
const MAX_HEADER_ITEMS = 16;
/** Counts and seconds above this are not believed. */
const MAX_HEADER_NUMBER = 1_000_000_000;

/** What an answer said about the rate limit, read by readRateLimit. */
export interface RateLimitReading {
  /** Requests left in the window (the tightest of the limits reported). */
  readonly remaining: number;
  /** The window's quota, when reported. */
  readonly limit: number | undefined;
  /** Milliseconds from the answer until the window resets, when reported. */
  readonly resetMs: number | undefined;
  /** The window's length, when reported. */
  readonly windowMs: number | undefined;
}

/**
 * The rate-limit headers of an answer, the tightest limit when several are reported; undefined when none
 * is. Cloudflare's limits page documents two forms, both read:
 * - `Ratelimit: "default";r=50;t=30` (items: a name, r = requests remaining, t = seconds until the
 *   window resets) and `Ratelimit-Policy: "burst";q=100;w=60` (q = quota, w = window in seconds), the
 *   IETF draft's structured fields, which the page documents today;
 * - `x-ratelimit-remaining`, `x-ratelimit-limit` and, on a 429, `x-ratelimit-reset` (an HTTP date), which
 *   the page and its September 2025 changelog documented first.
 * Every value is checked (whole numbers within bounds, bounded header lengths); anything else is ignored.
 */
export function readRateLimit(header: (name: string) => string | null | undefined, now = Date.now()): RateLimitReading | undefined {
  const readings: RateLimitReading[] = [];
  const remaining = wholeNumber(header('x-ratelimit-remaining'));
  if (remaining !== undefined) {
    const reset = header('x-ratelimit-reset');
    readings.push({
      remaining,
      limit: wholeNumber(header('x-ratelimit-limit')),
      resetMs: reset === null || reset === undefined || reset.length > MAX_HEADER_CHARACTERS ? undefined : parseRetryAfter(reset, now),
      windowMs: undefined,
    });
  }
  const policies = new Map(structuredList(header('ratelimit-policy')).map(item => [item.name, item.params]));
  for (const item of structuredList(header('ratelimit'))) {
    const r = wholeNumber(item.params.get('r'));
    if (r === undefined) continue;
    const t = wholeNumber(item.params.get('t'));
    const policy = policies.get(item.name);
    const w = wholeNumber(policy?.get('w'));
    readings.push({
      remaining: r,
      limit: wholeNumber(policy?.get('q')),
      resetMs: t === undefined ? undefined : t * 1000,
      windowMs: w === undefined ? undefined : w * 1000,
    });
  }
  if (readings.length === 0) return undefined;
  return readings.reduce((tightest, reading) => (reading.remaining < tightest.remaining ? reading : tightest));
}

/** How long a 429 asks to wait, in milliseconds: retry-after-ms, retry-after, the reset the headers give, else Cloudflare's 5-minute block. */
export function rateLimitedWaitMs(header: (name: string) => string | null | undefined, now = Date.now()): number {
  const bounded = (name: string): string | undefined => {
    const value = header(name);
    return value === null || value === undefined || value.length > MAX_HEADER_CHARACTERS ? undefined : value;
  };
  return (
    parseRetryAfterMs(bounded('retry-after-ms')) ?? parseRetryAfter(bounded('retry-after'), now) ?? readRateLimit(header, now)?.resetMs ?? RATE_LIMIT_WINDOW_MS
  );
}

/** Requests of the window left to the rest of the user's tools: 5 % of the limit, at least the pool. */
export function rateLimitReserve(limit: number | undefined, pool: number): number {
  return Math.max(pool, Math.ceil((limit ?? CLOUDFLARE_RATE_LIMIT) * 0.05));
}

/** What the next request should do, from the last reading. */
export type Pace =
  /** Go: at most `concurrency` in flight; wait `waitMs` first. */
  | { readonly go: true; readonly concurrency: number; readonly waitMs: number }
  /** Do not go: the window is down to the reserve and when it resets is not known. */
  | { readonly go: false; readonly waitMs: number };

/**
 * The slow-down rule. With no reading, or `remaining` at least twice the reserve: the whole pool, no wait.
 * Below that: one request at a time, the requests left above the reserve spread evenly over what is left
 * of the window (its reset when reported, else its length, else Cloudflare's 5 minutes). At the reserve
 * or below: wait for the reset when it is known, else do not go. elapsedMs is the reading's age.
 */
export function paceFor(reading: RateLimitReading | undefined, elapsedMs: number, pool: number): Pace {
  if (reading === undefined) return { go: true, concurrency: pool, waitMs: 0 };
  const reserve = rateLimitReserve(reading.limit, pool);
  if (reading.remaining >= 2 * reserve) return { go: true, concurrency: pool, waitMs: 0 };
  const resetLeft = reading.resetMs === undefined ? undefined : Math.max(0, reading.resetMs - elapsedMs);
  if (reading.remaining > reserve) {
    const spread = resetLeft ?? reading.windowMs ?? RATE_LIMIT_WINDOW_MS;
    return { go: true, concurrency: 1, waitMs: Math.ceil(spread / (reading.remaining - reserve)) };
  }
  if (resetLeft === undefined) return { go: false, waitMs: reading.windowMs ?? RATE_LIMIT_WINDOW_MS };
  return { go: true, concurrency: 1, waitMs: resetLeft };
}

/** Why a run stopped sending requests. */
export type GovernorStop =
  /** The run's request budget is spent. */
  | { readonly reason: 'budget'; readonly budget: number }
  /** The API answered 429: every call of the user is blocked for waitMs. */
  | { readonly reason: 'rate-limited'; readonly waitMs: number }
  /** The API's window is down to the reserve left to other tools, and waiting for it would pass the deadline (or its reset is not known). */
  | { readonly reason: 'rate-limit-low'; readonly waitMs: number; readonly remaining: number };

/** An attempt the governor refused: nothing was sent. */
export class RequestsStopped extends Error {
  override name = 'RequestsStopped';
  readonly stop: GovernorStop;

  constructor(stop: GovernorStop) {
    super(describeStop(stop));
    this.stop = stop;
  }
}

/** One sentence for a stop, for logs and results. */
export function describeStop(stop: GovernorStop): string {
  switch (stop.reason) {
    case 'budget':
      return `the run's request budget (${stop.budget} requests) is spent`;
    case 'rate-limited':
      return `Cloudflare answered HTTP 429 (rate limited): no request was sent after it, as Cloudflare blocks every API call of this user for a while; wait ${Math.ceil(stop.waitMs / 1000)} s before the next run`;
    case 'rate-limit-low':
      return `Cloudflare reports only ${stop.remaining} requests left in this user's rate-limit window, which are left to the user's other tools; wait ${Math.ceil(stop.waitMs / 1000)} s before the next run`;
  }
}

export interface GovernorOptions {
  /** Requests this run may send, retries included (1 to MAX_REQUEST_BUDGET). */
  readonly budget: number;
  /** Requests in flight at once (default DEFAULT_POOL). */
  readonly pool?: number;
  /** The step's deadline: a wait that would pass it stops the run instead. */
  readonly deadline: Deadline;
  /** Waits for pacing; injected so that tests take no time. Must reject when the signal aborts. */
  readonly sleep?: Sleep;
  /** The clock that ages a reading (Date.now by default). */
  readonly now?: () => number;
  readonly log?: { debug(message: string): void; info(message: string): void };
}

/**
 * The gate (AttemptGate, src/cloudflare/client.ts) of a run that sends many requests: the budget, the
 * pool, pacing from the API's rate-limit headers, and the stop. A client goes through it with
 * `new CloudflareClient({ ...options, ...governor.clientOptions() })`, which also turns off 429 retries.
 */
export class RequestGovernor implements AttemptGate {
  readonly budget: number;
  readonly pool: number;
  readonly #deadline: Deadline;
  readonly #sleep: Sleep;
  readonly #now: () => number;
  readonly #log: GovernorOptions['log'];
  #spent = 0;
  /** Slots taken: attempts admitted or waiting to be paced. */
  #slots = 0;
  /** Attempts sent and not yet ended. */
  #sending = 0;
  #maxSending = 0;
  #reading: { readonly value: RateLimitReading; readonly at: number } | undefined;
  #stop: GovernorStop | undefined;
  #slowed = false;
  #waiters: (() => void)[] = [];
  #idle: (() => void)[] = [];

  constructor(options: GovernorOptions) {
    if (!Number.isInteger(options.budget) || options.budget < 1 || options.budget > MAX_REQUEST_BUDGET) {
      throw new Error(`internal error: a request budget must be a whole number from 1 to ${MAX_REQUEST_BUDGET}`);
    }
    this.budget = options.budget;
    this.pool = options.pool ?? DEFAULT_POOL;
    this.#deadline = options.deadline;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#now = options.now ?? Date.now;
    this.#log = options.log;
  }

  /** What a CloudflareClient needs to go through this governor: the gate, and no retry of a 429. */
  clientOptions(): { readonly gate: AttemptGate; readonly retryRateLimited: false } {
    return { gate: this, retryRateLimited: false };
  }

  /** Requests sent so far, retries included. */
  get spent(): number {
    return this.#spent;
  }

  /** Why requests stopped, once they have. */
  get stopped(): GovernorStop | undefined {
    return this.#stop;
  }

  /** The most requests that were in flight at once. */
  get maxInFlight(): number {
    return this.#maxSending;
  }

  /** Whether the API's count ever made the run slow down. */
  get slowedDown(): boolean {
    return this.#slowed;
  }

  /** Resolves once no request is in flight: requests a refused call left behind have ended. */
  idle(): Promise<void> {
    return this.#sending === 0 ? Promise.resolve() : new Promise(resolve => this.#idle.push(resolve));
  }

  async enter(signal: AbortSignal): Promise<(answer: AttemptAnswer | undefined) => void> {
    this.#refuseIfStopped();
    await this.#takeSlot(signal);
    try {
      this.#refuseIfStopped();
      const pace = this.#pace();
      if (!pace.go) throw this.#halt({ reason: 'rate-limit-low', waitMs: pace.waitMs, remaining: this.#reading?.value.remaining ?? 0 });
      if (pace.waitMs > 0) {
        // A wait the deadline would cut short stops the run cleanly instead.
        if (pace.waitMs >= this.#deadline.remainingMs()) {
          throw this.#halt({ reason: 'rate-limit-low', waitMs: pace.waitMs, remaining: this.#reading?.value.remaining ?? 0 });
        }
        this.#log?.debug(`rate limit: waiting ${(pace.waitMs / 1000).toFixed(1)} s before the next request`);
        await this.#sleep(pace.waitMs, signal);
        this.#refuseIfStopped();
      }
      if (this.#spent >= this.budget) throw this.#halt({ reason: 'budget', budget: this.budget });
    } catch (error) {
      this.#releaseSlot();
      throw error;
    }
    this.#spent += 1;
    this.#sending += 1;
    this.#maxSending = Math.max(this.#maxSending, this.#sending);
    let ended = false;
    return answer => {
      if (ended) return;
      ended = true;
      this.#sending -= 1;
      this.#observe(answer);
      this.#releaseSlot();
      if (this.#sending === 0) for (const resolve of this.#idle.splice(0)) resolve();
    };
  }

  #observe(answer: AttemptAnswer | undefined): void {
    if (answer === undefined) return;
    const header = (name: string): string | null => answer.headers.get(name);
    const now = this.#now();
    if (answer.status === 429) {
      this.#halt({ reason: 'rate-limited', waitMs: rateLimitedWaitMs(header, now) });
      return;
    }
    const reading = readRateLimit(header, now);
    if (reading === undefined) return;
    this.#reading = { value: reading, at: now };
    const pace = paceFor(reading, 0, this.pool);
    if (pace.go && pace.concurrency < this.pool && !this.#slowed) {
      this.#slowed = true;
      this.#log?.info(`Cloudflare reports ${reading.remaining} requests left in this user's rate-limit window: slowing down to one request at a time`);
    }
  }

  #pace(): Pace {
    return paceFor(this.#reading?.value, this.#reading === undefined ? 0 : this.#now() - this.#reading.at, this.pool);
  }

  #refuseIfStopped(): void {
    if (this.#stop !== undefined) throw new RequestsStopped(this.#stop);
  }

  /** Records the first stop (later ones do not replace it) and wakes every waiter, which is then refused. */
  #halt(stop: GovernorStop): RequestsStopped {
    if (this.#stop === undefined) {
      this.#stop = stop;
      this.#log?.info(`Stopped sending requests: ${describeStop(stop)}`);
    }
    for (const wake of this.#waiters.splice(0)) wake();
    return new RequestsStopped(this.#stop);
  }

  #concurrency(): number {
    const pace = this.#pace();
    return pace.go ? pace.concurrency : 1;
  }

  async #takeSlot(signal: AbortSignal): Promise<void> {
    while (this.#slots >= this.#concurrency()) {
      if (signal.aborted) throw signal.reason;
      await new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          this.#waiters = this.#waiters.filter(waiter => waiter !== wake);
          reject(signal.reason);
        };
        const wake = (): void => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        };
        this.#waiters.push(wake);
        signal.addEventListener('abort', onAbort, { once: true });
      });
      this.#refuseIfStopped();
    }
    this.#slots += 1;
  }

  #releaseSlot(): void {
    this.#slots -= 1;
    // Every waiter looks again: the pool may have grown back, or the run stopped.
    for (const wake of this.#waiters.splice(0)) wake();
  }
}

/** A whole number within bounds, from a header's digits; undefined for anything else. */
function wholeNumber(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const number = Number(text);
  return number <= MAX_HEADER_NUMBER ? number : undefined;
}

/**
 * The items of a structured-field list (RFC 9651) as the rate-limit headers use it: `"name";key=value`,
 * separated by commas; a name may be a string or a token, values are read as text. Malformed items are
 * skipped; a header past MAX_HEADER_CHARACTERS is not read.
 */
function structuredList(value: string | null | undefined): { readonly name: string; readonly params: ReadonlyMap<string, string> }[] {
  if (value === null || value === undefined || value.length > MAX_HEADER_CHARACTERS) return [];
  const items: { name: string; params: Map<string, string> }[] = [];
  for (const item of value.split(',').slice(0, MAX_HEADER_ITEMS)) {
    const [head = '', ...rest] = item.split(';').map(part => part.trim());
    const name = /^"([^"\\]*)"$/.exec(head)?.[1] ?? (/^[A-Za-z*][\w.:/*-]*$/.test(head) ? head : undefined);
    if (name === undefined) continue;
    const params = new Map<string, string>();
    for (const part of rest) {
      const match = /^([a-z*][a-z0-9_.*-]*)=(.*)$/.exec(part);
      if (match) params.set(match[1] as string, match[2] as string);
    }
    items.push({ name, params });
  }
  return items;
}
