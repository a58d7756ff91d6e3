import type { Credentials } from '../config/types.js';
import type { Deadline } from '../deadline.js';
import { type IdKind, isId } from '../identifier.js';
import { ResponseTooLargeError, readCappedText } from '../response-body.js';
import { sleep as defaultSleep, type Sleep } from '../sleep.js';
import { type Envelope, parseEnvelope, type RawResponse } from './envelope.js';
import { CloudflareApiError, TransportError, UnexpectedResponseError } from './errors.js';
import { ATTEMPT_TIMEOUT, type AttemptOutcome, type Method, neverConnected, retryDecision } from './retry-policy.js';

export interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
}

export interface ClientOptions {
  readonly apiUrl: string;
  readonly credentials: Credentials;
  readonly userAgent: string;
  readonly deadline: Deadline;
  /** Retries after the first attempt, for failures that are safe to repeat. */
  readonly maxRetries: number;
  readonly log: ClientLog;
  /** Waits between attempts; injected so that tests take no time. Must reject when the signal aborts. */
  readonly sleep?: Sleep;
  /** Source of jitter in [0, 1). */
  readonly random?: () => number;
  /**
   * Hook for the account inventory (src/cloudflare/request-governor.ts): consulted before every attempt,
   * retries included, and told how each one ended. Without it every request goes as it always has.
   */
  readonly gate?: AttemptGate;
  /**
   * Whether a 429 is retried after its retry-after (true when absent). The inventory turns it off: a 429
   * blocks every call of the user for minutes, so one 429 stops it instead of being retried.
   */
  readonly retryRateLimited?: boolean;
}

/** What the gate is told of an attempt that got an answer: its status and headers (never its body). */
export interface AttemptAnswer {
  readonly status: number;
  readonly headers: Headers;
}

/**
 * Admits each attempt. enter() resolves when the attempt may be sent, with the function to call exactly
 * once when it has ended (with the answer, or undefined when none came); or it rejects, and then nothing is
 * sent and the call throws that rejection. It must reject when the signal (the deadline's) aborts.
 */
export interface AttemptGate {
  enter(signal: AbortSignal): Promise<(answer: AttemptAnswer | undefined) => void>;
}

interface CallOptions {
  readonly query?: Readonly<Record<string, string | number>>;
  readonly body?: unknown;
}

/** The least time an attempt is given (see #attempt). */
const MIN_ATTEMPT_MS = 2000;
/** The API's own path names this client may use; any other segment must be an identifier. */
const PATH_NAMES = new Set([
  'zones',
  'client_certificates',
  'certificate_authorities',
  'hostname_associations',
  'rulesets',
  'phases',
  'http_request_firewall_custom',
  'entrypoint',
  'rules',
]);
/** Path names followed by an identifier, and its kind. */
const IDENTIFIED_BY: ReadonlyMap<string, IdKind> = new Map([
  ['zones', 'zone'],
  ['client_certificates', 'certificate'],
  ['rulesets', 'ruleset'],
  ['rules', 'rule'],
]);
/** The one name that may stand where an identifier would: rulesets/phases/{phase}/entrypoint beside rulesets/{ruleset_id}. */
const NAME_INSTEAD_OF_ID: ReadonlyMap<string, string> = new Map([['rulesets', 'phases']]);

/** The outcome of attemptOnce: the envelope, or the failure and whether (and when) another attempt is safe. */
export type SingleAttempt =
  | { readonly ok: true; readonly envelope: Envelope }
  | { readonly ok: false; readonly error: Error; readonly retry: { readonly waitMs: number; readonly reason: string } | undefined };

/**
 * The one way this action talks to the Cloudflare API: authentication, the envelope, retries with
 * jittered exponential backoff (when and how long: retry-policy.ts), one deadline for everything, and a
 * cap on every answer. The endpoints have clients of their own over it (client-certificates.ts,
 * hostname-associations.ts). It runs on
 * Node's own fetch (undici inside Node 24), so no second HTTP stack is bundled. It logs every attempt,
 * never a header.
 */
export class CloudflareClient {
  readonly #options: ClientOptions;
  readonly #sleep: Sleep;
  readonly #random: () => number;
  #requests = 0;

  constructor(options: ClientOptions) {
    this.#options = options;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#random = options.random ?? Math.random;
  }

  /** HTTP requests sent so far, retries included. */
  get requestCount(): number {
    return this.#requests;
  }

  /**
   * Sends one API call, retrying what is safe to retry, and returns the parsed envelope. The path is
   * given as segments: each id must have its kind's shape (src/identifier.ts), so nothing from an answer
   * or an input can walk to another endpoint with the credentials.
   */
  async call(method: Method, segments: readonly string[], options: CallOptions = {}): Promise<Envelope> {
    const { deadline, log, maxRetries } = this.#options;
    const url = this.#url(segments, options.query);
    const target = `${method} ${url.pathname}${url.search}`;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(method, url, options.body);
      const retry = attempt <= maxRetries ? retryDecision(method, outcome, attempt, this.#random, this.#options) : undefined;
      if (retry === undefined) {
        if (outcome instanceof Error) throw outcome;
        return parseEnvelope(outcome);
      }
      const remaining = deadline.remainingMs();
      if (retry.waitMs >= remaining) {
        const error = outcome instanceof Error ? outcome : errorFor(outcome);
        const asked = retry.fromRetryAfter ? ` Cloudflare asked to wait ${Math.ceil(retry.waitMs / 1000)} s (retry-after) before trying again;` : '';
        throw new TransportError(
          `${error.message}.${asked} giving up, as waiting ${Math.ceil(retry.waitMs / 1000)} s would pass the step's deadline (timeout-seconds) in ${Math.max(0, Math.floor(remaining / 1000))} s`,
          outcome instanceof TransportError ? outcome.maybeDelivered : false,
          { cause: error },
        );
      }
      log.info(`${target}: attempt ${attempt} of ${maxRetries + 1} failed (${retry.reason}); retrying in ${(retry.waitMs / 1000).toFixed(1)} s`);
      try {
        await this.#sleep(retry.waitMs, deadline.signal);
      } catch {
        throw deadline.error(outcome instanceof TransportError && outcome.maybeDelivered);
      }
    }
  }

  /**
   * One attempt, never repeated here: for a write whose body must be rebuilt from a fresh read before it
   * is sent again (a hostname list, which every write replaces whole: resending the body it had could
   * remove a name another writer added meanwhile). Returns the envelope, or the failure with whether a
   * new attempt would be safe as call() judges it, and after how long (retry-after, else backoff for
   * this attempt number).
   */
  async attemptOnce(method: Method, segments: readonly string[], options: CallOptions = {}, attempt = 1): Promise<SingleAttempt> {
    const outcome = await this.#attempt(method, this.#url(segments, options.query), options.body);
    const retry = retryDecision(method, outcome, attempt, this.#random, this.#options);
    if (outcome instanceof Error) return { ok: false, error: outcome, retry };
    try {
      return { ok: true, envelope: parseEnvelope(outcome) };
    } catch (error) {
      return { ok: false, error: error as Error, retry };
    }
  }

  async #attempt(method: Method, url: URL, body: unknown): Promise<AttemptOutcome> {
    const { deadline, log } = this.#options;
    if (deadline.signal.aborted) return deadline.error();
    // The gate (when there is one) may hold the attempt back (a pool, pacing) or refuse it (a spent budget,
    // a 429 seen): a refusal is thrown, and nothing is sent. It is told below how the attempt ended.
    let leave: ((answer: AttemptAnswer | undefined) => void) | undefined;
    try {
      leave = await this.#options.gate?.enter(deadline.signal);
    } catch (error) {
      if (deadline.signal.aborted) return deadline.error();
      throw error;
    }
    let answer: AttemptAnswer | undefined;
    const started = Date.now();
    // An attempt may use half of the time left (at least 2 s), so that after a hung request there is
    // always time to retry, or, for a create, to find out whether it issued a certificate. When that share
    // is all the time left, the deadline alone bounds the attempt: one timer, one possible error.
    const remaining = deadline.remainingMs();
    const attemptMs = Math.ceil(Math.max(Math.min(remaining, MIN_ATTEMPT_MS), remaining / 2));
    const attemptTimeout = attemptMs < remaining ? AbortSignal.timeout(attemptMs) : undefined;
    const signal = attemptTimeout ? AbortSignal.any([deadline.signal, attemptTimeout]) : deadline.signal;
    this.#requests += 1;
    let status: number | undefined;
    try {
      const response = await fetch(url, {
        method,
        headers: this.#headers(body !== undefined),
        body: body === undefined ? null : JSON.stringify(body),
        // A redirect is an unexpected answer, never followed with the credentials.
        redirect: 'manual',
        signal,
      });
      status = response.status;
      answer = { status: response.status, headers: response.headers };
      const text = await readCappedText(response);
      const raw: RawResponse = {
        status: response.status,
        ray: response.headers.get('cf-ray') ?? undefined,
        contentType: response.headers.get('content-type') ?? '',
        retryAfter: response.headers.get('retry-after') ?? undefined,
        retryAfterMs: response.headers.get('retry-after-ms') ?? undefined,
        shouldRetry: response.headers.get('x-should-retry') ?? undefined,
        body: text,
      };
      log.debug(`${method} ${url.pathname}: HTTP ${raw.status} in ${Date.now() - started} ms`);
      return raw;
    } catch (error) {
      if (error instanceof ResponseTooLargeError) {
        // Not retried: the same answer would come again. Nothing of it was parsed.
        return new UnexpectedResponseError(`with ${error.message}`, { status: status ?? 0 });
      }
      // The deadline's own expiry (or a cancelled step) decides, whichever timer happened to fire first.
      if (deadline.signal.aborted || deadline.remainingMs() === 0) return deadline.error(true);
      if (attemptTimeout?.aborted) {
        log.debug(`${method} ${url.pathname}: no answer in ${Math.round(attemptMs)} ms`);
        return new TransportError(`${method} ${url.pathname} got no answer within ${(attemptMs / 1000).toFixed(1)} s`, true, {
          cause: { code: ATTEMPT_TIMEOUT },
        });
      }
      const code = networkCode(error);
      const notConnected = neverConnected(code);
      log.debug(`${method} ${url.pathname}: ${code || (error as Error).name} after ${Date.now() - started} ms`);
      return new TransportError(`${method} ${url.pathname} failed: ${describeNetworkError(error)}`, !notConnected, { cause: { code } });
    } finally {
      leave?.(answer);
    }
  }

  #url(segments: readonly string[], query: CallOptions['query']): URL {
    // zones/{id}/client_certificates/{id}, zones/{id}/certificate_authorities/hostname_associations,
    // zones/{id}/rulesets/{id}/rules/{id}: a segment is one of the API's own names, or an identifier of
    // the kind its name before it calls for.
    segments.forEach((segment, index) => {
      const before = index > 0 ? (segments[index - 1] as string) : '';
      const kind = IDENTIFIED_BY.get(before);
      if (kind !== undefined ? !isId(kind, segment) && NAME_INSTEAD_OF_ID.get(before) !== segment : !PATH_NAMES.has(segment))
        throw new Error(`internal error: refusing a path with a segment that is neither one of the API's names nor an identifier of the kind it needs`);
    });
    const url = new URL(`${this.#options.apiUrl}/${segments.join('/')}`);
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, String(value));
    return url;
  }

  #headers(hasBody: boolean): Record<string, string> {
    const { credentials, userAgent } = this.#options;
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent };
    if (hasBody) headers['content-type'] = 'application/json';
    if (credentials.kind === 'api-token') {
      headers.authorization = `Bearer ${credentials.token}`;
    } else {
      headers['x-auth-email'] = credentials.email;
      headers['x-auth-key'] = credentials.key;
    }
    return headers;
  }
}

function errorFor(response: RawResponse): Error {
  try {
    parseEnvelope(response);
  } catch (error) {
    return error as Error;
  }
  return new CloudflareApiError([], response);
}

/** The code of a network error, which fetch wraps in a TypeError's cause. */
function networkCode(error: unknown): string {
  const own = (error as { code?: unknown }).code;
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = typeof own === 'string' ? own : typeof cause?.code === 'string' ? cause.code : '';
  return code;
}

function describeNetworkError(error: unknown): string {
  const code = networkCode(error);
  const cause = (error as { cause?: { message?: unknown } }).cause;
  const message = typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
  return code ? `${code} (${message})` : message;
}
