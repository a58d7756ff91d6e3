import { DeadlineError } from '../deadline.js';
import type { RawResponse } from './envelope.js';
import { TransportError, UnexpectedResponseError } from './errors.js';

/**
 * When a failed attempt is tried again, and after how long: which statuses and connection errors are
 * safe to repeat for which method, Retry-After, and jittered exponential backoff. Pure functions of the
 * outcome: the client (client.ts) sends, this decides.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** What one attempt ended with: an answer of any status, or none that can be used. */
export type AttemptOutcome = RawResponse | TransportError | UnexpectedResponseError;

/** Another attempt: after how long, why (for the log), and whether the API asked for that wait. */
export interface RetryDecision {
  readonly waitMs: number;
  readonly reason: string;
  readonly fromRetryAfter: boolean;
}

/** Marks an attempt that got no answer in its share of the deadline. */
export const ATTEMPT_TIMEOUT = 'ATTEMPT_TIMEOUT';
/** Status codes that say "try again" for a call that is safe to repeat: as Cloudflare's SDKs retry. */
const RETRYABLE_STATUSES = new Set([408, 409, 429, 500, 502, 503, 504]);
/** Connection errors raised before a request could reach the API: safe to retry for any method. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Connection errors after the request may have been sent: safe to retry only for idempotent methods. */
const BROKEN_CONNECTION_CODES = new Set([
  ATTEMPT_TIMEOUT,
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 20_000;

/** Whether a connection error code says the request never reached the API (so it cannot have been applied). */
export function neverConnected(code: string): boolean {
  return NOT_CONNECTED_CODES.has(code);
}

/** How a client retries beyond the policy itself. */
export interface RetryOptions {
  /**
   * False for a run of many requests (the account inventory): a 429 is then final, so that no retry storm
   * meets a limit Cloudflare shares across the whole user (its gate stops the run instead).
   */
  readonly retryRateLimited?: boolean;
}

/**
 * Whether and when to try again after this attempt (1 for the first); undefined when the outcome is
 * final. random is the source of jitter, in [0, 1).
 */
export function retryDecision(
  method: Method,
  outcome: AttemptOutcome,
  attempt: number,
  random: () => number,
  options: RetryOptions = {},
): RetryDecision | undefined {
  const backoff = (): number => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)) * (0.5 + random() / 2);
  if (outcome instanceof UnexpectedResponseError) return undefined;
  if (outcome instanceof TransportError) {
    if (outcome instanceof DeadlineError) return undefined;
    const code = (outcome.cause as { code?: string } | undefined)?.code ?? '';
    // A POST that may have reached the API is never repeated here: it could issue a second certificate.
    const safe = NOT_CONNECTED_CODES.has(code) || (method !== 'POST' && BROKEN_CONNECTION_CODES.has(code));
    const reason = code === ATTEMPT_TIMEOUT ? 'no answer in time' : code;
    return safe ? { waitMs: backoff(), reason, fromRetryAfter: false } : undefined;
  }
  const shouldRetry = outcome.shouldRetry?.trim().toLowerCase();
  if (shouldRetry === 'false') return undefined;
  if (outcome.status === 429 && options.retryRateLimited === false) return undefined;
  const reason = outcome.status === 429 ? 'HTTP 429, rate limited' : `HTTP ${outcome.status}`;
  // Rate limited: nothing was done, so even a POST is safe to repeat. Anything else a POST got may have
  // issued a certificate: never repeated blindly, whatever x-should-retry says.
  if (method === 'POST' && outcome.status !== 429) return undefined;
  const retryable = RETRYABLE_STATUSES.has(outcome.status) || (shouldRetry === 'true' && outcome.status >= 400);
  if (!retryable) return undefined;
  const askedMs = askedWaitMs(outcome.retryAfterMs, outcome.retryAfter);
  if (askedMs !== undefined) return { waitMs: askedMs, reason, fromRetryAfter: true };
  return { waitMs: backoff(), reason, fromRetryAfter: false };
}

/**
 * How long an answer asked to wait before the next request, in milliseconds: retry-after-ms first (as
 * Cloudflare's SDKs read it), else Retry-After; undefined when neither says.
 */
export function askedWaitMs(retryAfterMs: string | undefined, retryAfter: string | undefined, now = Date.now()): number | undefined {
  return parseRetryAfterMs(retryAfterMs) ?? parseRetryAfter(retryAfter, now);
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** retry-after-ms, as Cloudflare's SDKs read it: a non-negative number of milliseconds. */
export function parseRetryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Math.ceil(Number(value.trim()));
}
