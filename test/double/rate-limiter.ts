// The API double's rate limiter: Cloudflare's global limit, counted per credential over a window.
//
// Documented by Cloudflare (developers.cloudflare.com/fundamentals/api/reference/limits, and its changelog
// of 2025-09-03): 1,200 requests per 5 minutes per user, across the dashboard, keys and tokens; past it,
// HTTP 429 and "all API calls for the next five minutes will be blocked". Headers on every answer of the
// REST API: today `Ratelimit: "default";r=<remaining>;t=<seconds to reset>` and
// `Ratelimit-Policy: "default";q=<quota>;w=<window seconds>` (the IETF draft's fields); the first version
// of that page and changelog gave `x-ratelimit-limit` and `x-ratelimit-remaining` instead, with
// `x-ratelimit-reset` (an RFC 1123 date) on a 429. `retry-after` (seconds, rounded up) on a 429 only.
//
// Assumed, as nothing documents it: the window is fixed and starts at the credential's first request; the
// policy's name is "default" (the docs' example); a request refused with a 429 is not counted; the block
// lasts one window from the request that passed the limit; a request without credentials is counted as one
// anonymous caller. Which header form the live API sends today is not recorded: `headers` picks.
export type RateLimitHeaders = 'ratelimit' | 'x-ratelimit' | 'both' | 'none';

export interface RateLimitOptions {
  /** Requests one credential may send per window; Cloudflare's 1,200 by default. */
  readonly limit?: number;
  /** The window, and how long a credential past the limit is blocked; Cloudflare's 5 minutes by default. */
  readonly windowMs?: number;
  /** Which rate-limit headers every answer carries; `ratelimit` (what the docs give today) by default. */
  readonly headers?: RateLimitHeaders;
  /** The limiter's clock in ms (Date.now by default); a test moves it with the sleep it gives the action. */
  readonly now?: () => number;
}

export interface RateLimitDecision {
  readonly allowed: boolean;
  /** Requests the caller has left in the window after this one (0 when refused). */
  readonly remaining: number;
  /** Headers for the answer, whatever it is. */
  readonly headers: Readonly<Record<string, string>>;
}

interface CallerWindow {
  start: number;
  count: number;
  blockedUntil: number | undefined;
}

export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly #style: RateLimitHeaders;
  readonly #now: () => number;
  readonly #callers = new Map<string, CallerWindow>();

  constructor(options: RateLimitOptions = {}) {
    this.limit = options.limit ?? 1200;
    this.windowMs = options.windowMs ?? 5 * 60 * 1000;
    this.#style = options.headers ?? 'ratelimit';
    this.#now = options.now ?? Date.now;
  }

  /** Counts one request of the caller (a credential), or refuses it. */
  admit(caller: string): RateLimitDecision {
    const now = this.#now();
    let window = this.#callers.get(caller);
    if (window?.blockedUntil !== undefined && now >= window.blockedUntil) window = undefined;
    if (window !== undefined && window.blockedUntil === undefined && now >= window.start + this.windowMs) window = undefined;
    if (window === undefined) {
      window = { start: now, count: 0, blockedUntil: undefined };
      this.#callers.set(caller, window);
    }
    if (window.blockedUntil === undefined) {
      window.count += 1;
      if (window.count <= this.limit) {
        const remaining = this.limit - window.count;
        return { allowed: true, remaining, headers: this.#headers(remaining, window.start + this.windowMs - now, undefined) };
      }
      window.blockedUntil = now + this.windowMs;
    }
    const wait = window.blockedUntil - now;
    return { allowed: false, remaining: 0, headers: this.#headers(0, wait, wait) };
  }

  /** Forgets every caller's count. */
  reset(): void {
    this.#callers.clear();
  }

  #headers(remaining: number, resetMs: number, retryMs: number | undefined): Record<string, string> {
    const seconds = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));
    const headers: Record<string, string> = {};
    if (this.#style === 'ratelimit' || this.#style === 'both') {
      headers.ratelimit = `"default";r=${remaining};t=${seconds(resetMs)}`;
      headers['ratelimit-policy'] = `"default";q=${this.limit};w=${seconds(this.windowMs)}`;
    }
    if (this.#style === 'x-ratelimit' || this.#style === 'both') {
      headers['x-ratelimit-limit'] = String(this.limit);
      headers['x-ratelimit-remaining'] = String(remaining);
      if (retryMs !== undefined) headers['x-ratelimit-reset'] = new Date(this.#now() + retryMs).toUTCString();
    }
    if (retryMs !== undefined) headers['retry-after'] = String(seconds(retryMs));
    return headers;
  }
}
