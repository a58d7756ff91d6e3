import type { Deadline } from '../deadline.js';
import { MAX_REQUEST_BUDGET } from '../limits.js';
import { sleep as defaultSleep, type Sleep } from '../sleep.js';
import type { AttemptAnswer, AttemptGate } from './client.js';
import { type Pace, paceFor, type RateLimitReading, rateLimitedWaitMs, readRateLimit } from './rate-limit.js';

/**
 * How a run that sends many requests (the account inventory) stays within Cloudflare's rate limit:
 * 1,200 requests per 5 minutes per user, across every tool and the dashboard, where one 429 blocks every
 * call of that user for the next 5 minutes (developers.cloudflare.com/fundamentals/api/reference/limits).
 * docs/account-inventory.md says the same for users; the numbers are here and in rate-limit.ts (what the
 * answers say about the limit, and the slow-down rule).
 *
 * - A budget per run: every attempt (retries included) draws one request from it, and an attempt that
 *   would pass it is refused before it is sent.
 * - A pool: at most `pool` requests in flight at once.
 * - The API's own count, read from every answer (rate-limit headers): when it runs low, one request at a
 *   time, spread over what is left of the window, and a reserve of the window is left to the rest of the
 *   user's tools.
 * - A 429: no request is sent after it (those in flight finish), and the stop says how long to wait.
 */

/** Requests in flight at once. */
export const DEFAULT_POOL = 4;

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
