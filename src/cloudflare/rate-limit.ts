import { askedWaitMs, parseRetryAfter } from './retry-policy.js';

/**
 * Cloudflare's rate limit, as its answers report it: 1,200 requests per 5 minutes per user, across every
 * tool and the dashboard, where one 429 blocks every call of that user for the next 5 minutes
 * (developers.cloudflare.com/fundamentals/api/reference/limits). Pure functions of an answer's headers:
 * what is left of the window, how long a 429 asks to wait, and the slow-down rule the request governor
 * (request-governor.ts) follows.
 */

/** Cloudflare's limit: requests per window, per user. */
const CLOUDFLARE_RATE_LIMIT = 1200;
export const RATE_LIMIT_WINDOW_MS = 5 * 60 * 1000;

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
  return askedWaitMs(bounded('retry-after-ms'), bounded('retry-after'), now) ?? readRateLimit(header, now)?.resetMs ?? RATE_LIMIT_WINDOW_MS;
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
