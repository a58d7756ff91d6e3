import { type Deadline, DeadlineError } from '../deadline.js';
import { type IdKind, isId } from '../identifier.js';
import type { Credentials } from '../inputs.js';
import { LIST_PAGE_SIZE, MAX_LIST_PAGES } from '../limits.js';
import { ResponseTooLargeError, readCappedText } from '../response-body.js';
import { sleep as defaultSleep, type Sleep } from '../sleep.js';
import { readCertificate, readCertificateList } from './certificate-object.js';
import { type Envelope, parseEnvelope, type RawResponse } from './envelope.js';
import { CloudflareApiError, TransportError, UnexpectedResponseError } from './errors.js';
import type { CertificateStatus, ClientCertificate } from './types.js';

export type CertificateStatusFilter = CertificateStatus | 'all';

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

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

interface CallOptions {
  readonly query?: Readonly<Record<string, string | number>>;
  readonly body?: unknown;
}

/** Marks an attempt that got no answer in its share of the deadline. */
const ATTEMPT_TIMEOUT = 'ATTEMPT_TIMEOUT';
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
const MIN_ATTEMPT_MS = 2000;
/** Pages of a listing fetched at once, after the first: enough to be quick, few enough to stay polite. */
const LIST_CONCURRENCY = 4;
const BACKOFF_CAP_MS = 20_000;
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

/** What one page of a listing says about the whole. */
interface Page {
  readonly certificates: ClientCertificate[];
  /** The page size the answer reports when it is a sane one, else the one asked for. */
  readonly perPage: number;
  /** The total the answer claims (total_count, or total_pages × per_page, the smaller), if any. */
  readonly claimedTotal: number | undefined;
}

/**
 * The one way this action talks to the Cloudflare API: authentication, the envelope, retries with
 * jittered exponential backoff, one deadline for everything, and a cap on every answer. It runs on
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

  async createCertificate(zoneId: string, csrPem: string, validityDays: number): Promise<ClientCertificate> {
    const envelope = await this.call('POST', ['zones', zoneId, 'client_certificates'], { body: { csr: csrPem, validity_days: validityDays } });
    return readCertificate(envelope);
  }

  async getCertificate(zoneId: string, certificateId: string): Promise<ClientCertificate> {
    return readCertificate(await this.call('GET', ['zones', zoneId, 'client_certificates', certificateId]));
  }

  /**
   * Every certificate of the zone with the status (the API's filter; 'all' for every one), 50 a page.
   * Cloudflare's schema gives `result_info` as {page, per_page, count, total_count}, with no total_pages:
   * the page count comes from total_count (or the smaller of the two when both are sent), and without
   * either the listing goes on until a page comes back short. A page shorter than per_page always ends
   * it, whatever the counts claim (a short first page is the whole answer, even beside a count past the
   * ceiling), and no listing goes past MAX_LIST_PAGES: a lying answer costs a handful of requests, never
   * thousands. Certificates are de-duplicated by id (a listing may shift while it is paged).
   */
  async listCertificates(zoneId: string, status: CertificateStatusFilter): Promise<ClientCertificate[]> {
    const page = async (number: number): Promise<Page> => {
      const envelope = await this.call('GET', ['zones', zoneId, 'client_certificates'], { query: { status, page: number, per_page: LIST_PAGE_SIZE } });
      return readPage(envelope, number);
    };
    const pages: Page[] = [await page(1)];
    const first = pages[0] as Page;
    const claimedPages = first.claimedTotal === undefined ? undefined : Math.ceil(first.claimedTotal / first.perPage);
    const isFull = (p: Page): boolean => p.certificates.length >= p.perPage;
    // A claim past the ceiling stops a listing that would go on, after one request; a short page has ended it.
    if (claimedPages !== undefined && claimedPages > MAX_LIST_PAGES && isFull(first)) throw tooManyPages(zoneId, first.claimedTotal);
    let next = 2;
    while (isFull(pages[pages.length - 1] as Page)) {
      // With a count, the pages it justifies are fetched a few at a time; without one, one by one.
      const last = claimedPages ?? next;
      if (next > last) break;
      if (next > MAX_LIST_PAGES) throw tooManyPages(zoneId, undefined);
      const batch: number[] = [];
      for (let number = next; number <= Math.min(last, next + LIST_CONCURRENCY - 1, MAX_LIST_PAGES); number++) batch.push(number);
      const fetched = await Promise.all(batch.map(page));
      next += batch.length;
      // A short page ends the listing; pages after it in the same batch are not used.
      const short = fetched.findIndex(p => !isFull(p));
      pages.push(...(short === -1 ? fetched : fetched.slice(0, short + 1)));
    }
    const byId = new Map<string, ClientCertificate>();
    for (const certificate of pages.flatMap(p => p.certificates)) byId.set(certificate.id as string, certificate);
    return [...byId.values()];
  }

  /**
   * Reactivates a certificate (PATCH): it becomes pending_reactivation, then active. No body is sent, as
   * the official TypeScript SDK's reactivate call (cloudflare-typescript, `clientCertificates` PATCH) sends none unless asked: the schema's body
   * `{"reactivate": boolean}` is optional, and the path alone asks for reactivation.
   */
  async reactivateCertificate(zoneId: string, certificateId: string): Promise<ClientCertificate> {
    return readCertificate(await this.call('PATCH', ['zones', zoneId, 'client_certificates', certificateId]));
  }

  /** Revokes a certificate (DELETE): it becomes pending_revocation, then revoked. */
  async revokeCertificate(zoneId: string, certificateId: string): Promise<ClientCertificate> {
    return readCertificate(await this.call('DELETE', ['zones', zoneId, 'client_certificates', certificateId]));
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
      const retry = attempt <= maxRetries ? this.#retryDecision(method, outcome, attempt) : undefined;
      if (retry === undefined) {
        if (outcome instanceof Error) throw outcome;
        return parseEnvelope(outcome);
      }
      const remaining = deadline.remainingMs();
      if (retry.waitMs >= remaining) {
        const failure = outcome instanceof Error ? outcome : errorFor(outcome);
        const asked = retry.fromRetryAfter ? ` Cloudflare asked to wait ${Math.ceil(retry.waitMs / 1000)} s (retry-after) before trying again;` : '';
        throw new TransportError(
          `${failure.message}.${asked} giving up, as waiting ${Math.ceil(retry.waitMs / 1000)} s would pass the step's deadline (timeout-seconds) in ${Math.max(0, Math.floor(remaining / 1000))} s`,
          outcome instanceof TransportError ? outcome.maybeDelivered : false,
          { cause: failure },
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
    const retry = this.#retryDecision(method, outcome, attempt);
    if (outcome instanceof Error) return { ok: false, error: outcome, retry };
    try {
      return { ok: true, envelope: parseEnvelope(outcome) };
    } catch (error) {
      return { ok: false, error: error as Error, retry };
    }
  }

  async #attempt(method: Method, url: URL, body: unknown): Promise<RawResponse | TransportError | UnexpectedResponseError> {
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
      const notConnected = NOT_CONNECTED_CODES.has(code);
      log.debug(`${method} ${url.pathname}: ${code || (error as Error).name} after ${Date.now() - started} ms`);
      return new TransportError(`${method} ${url.pathname} failed: ${describeNetworkError(error)}`, !notConnected, { cause: { code } });
    } finally {
      leave?.(answer);
    }
  }

  /** Whether and when to try again; undefined when the outcome is final. */
  #retryDecision(
    method: Method,
    outcome: RawResponse | TransportError | UnexpectedResponseError,
    attempt: number,
  ): { waitMs: number; reason: string; fromRetryAfter: boolean } | undefined {
    const backoff = (): number => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)) * (0.5 + this.#random() / 2);
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
    // Without 429 retries (the inventory), a 429 is final: no retry storm against a limit shared by the whole user.
    if (outcome.status === 429 && this.#options.retryRateLimited === false) return undefined;
    const reason = outcome.status === 429 ? 'HTTP 429, rate limited' : `HTTP ${outcome.status}`;
    // Rate limited: nothing was done, so even a POST is safe to repeat. Anything else a POST got may have
    // issued a certificate: never repeated blindly, whatever x-should-retry says.
    if (method === 'POST' && outcome.status !== 429) return undefined;
    const retryable = RETRYABLE_STATUSES.has(outcome.status) || (shouldRetry === 'true' && outcome.status >= 400);
    if (!retryable) return undefined;
    const askedMs = parseRetryAfterMs(outcome.retryAfterMs) ?? parseRetryAfter(outcome.retryAfter);
    if (askedMs !== undefined) return { waitMs: askedMs, reason, fromRetryAfter: true };
    return { waitMs: backoff(), reason, fromRetryAfter: false };
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

/** One page of a listing: its certificates (each checked) and what it claims about the whole. */
function readPage(envelope: Envelope, number: number): Page {
  const certificates = readCertificateList(envelope, number);
  const info = envelope.resultInfo;
  const perPage = saneCount(info?.per_page, 1, LIST_PAGE_SIZE) ?? LIST_PAGE_SIZE;
  const totalCount = saneCount(info?.total_count, 0, Number.MAX_SAFE_INTEGER);
  const totalPages = saneCount(info?.total_pages, 0, Number.MAX_SAFE_INTEGER);
  // Believe the smaller claim when both are given.
  const claims = [totalCount, totalPages === undefined ? undefined : totalPages * perPage].filter((n): n is number => n !== undefined);
  return { certificates, perPage, claimedTotal: claims.length > 0 ? Math.min(...claims) : undefined };
}

function saneCount(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

function tooManyPages(zoneId: string, claimed: number | undefined): UnexpectedResponseError {
  const what = claimed === undefined ? `kept returning full pages past ${MAX_LIST_PAGES} pages` : `reports ${claimed} certificates`;
  return new UnexpectedResponseError(
    `with a listing of zone ${zoneId} that ${what}: more than the ${MAX_LIST_PAGES * LIST_PAGE_SIZE} this action lists (${MAX_LIST_PAGES} pages of ${LIST_PAGE_SIZE}, twenty times a zone's quota); the listing was stopped`,
    { status: 200 },
  );
}

function errorFor(response: RawResponse): Error {
  try {
    parseEnvelope(response);
  } catch (error) {
    return error as Error;
  }
  return new CloudflareApiError([], response);
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
