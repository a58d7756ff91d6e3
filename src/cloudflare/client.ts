import { type Dispatcher, EnvHttpProxyAgent, request } from 'undici';
import { type Deadline, DeadlineError } from '../deadline.js';
import type { Credentials } from '../inputs.js';
import { sleep as defaultSleep, type Sleep } from '../sleep.js';
import { type Envelope, isRecord, parseEnvelope, type RawResponse } from './envelope.js';
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
  /** Defaults to an agent that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY, as self-hosted runners expect. */
  readonly dispatcher?: Dispatcher;
}

type Method = 'GET' | 'POST' | 'DELETE' | 'PATCH';

interface CallOptions {
  readonly query?: Readonly<Record<string, string | number>>;
  readonly body?: unknown;
}

/** Marks an attempt that got no answer in its share of the deadline. */
const ATTEMPT_TIMEOUT = 'ATTEMPT_TIMEOUT';
/** Status codes that say "try again": rate limited, or the edge or origin had a passing fault. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
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
const LIST_PAGE_SIZE = 50;
const BACKOFF_CAP_MS = 20_000;

/**
 * The one way this action talks to the Cloudflare API: authentication, the envelope, retries with
 * jittered exponential backoff, and one deadline for everything. It logs every attempt, never a header.
 */
export class CloudflareClient {
  readonly #options: ClientOptions;
  readonly #dispatcher: Dispatcher;
  readonly #sleep: Sleep;
  readonly #random: () => number;
  #requests = 0;

  constructor(options: ClientOptions) {
    this.#options = options;
    this.#dispatcher = options.dispatcher ?? new EnvHttpProxyAgent();
    this.#sleep = options.sleep ?? defaultSleep;
    this.#random = options.random ?? Math.random;
  }

  /** HTTP requests sent so far, retries included. */
  get requestCount(): number {
    return this.#requests;
  }

  async createCertificate(zoneId: string, csrPem: string, validityDays: number): Promise<ClientCertificate> {
    const envelope = await this.call('POST', `/zones/${zoneId}/client_certificates`, { body: { csr: csrPem, validity_days: validityDays } });
    return certificateResult(envelope);
  }

  async getCertificate(zoneId: string, certificateId: string): Promise<ClientCertificate> {
    const envelope = await this.call('GET', `/zones/${zoneId}/client_certificates/${certificateId}`);
    return certificateResult(envelope);
  }

  /**
   * Every certificate of the zone with the status (the API's filter; 'all' for every one), 50 a page:
   * the first page says how many pages there are, and the others are fetched a few at a time.
   */
  async listCertificates(zoneId: string, status: CertificateStatusFilter): Promise<ClientCertificate[]> {
    const path = `/zones/${zoneId}/client_certificates`;
    const page = async (number: number): Promise<{ certificates: ClientCertificate[]; totalPages: number }> => {
      const envelope = await this.call('GET', path, { query: { status, page: number, per_page: LIST_PAGE_SIZE } });
      if (!Array.isArray(envelope.result)) throw new UnexpectedResponseError('with a listing whose "result" is not an array', envelope.response);
      return { certificates: envelope.result.filter(isRecord) as ClientCertificate[], totalPages: envelope.resultInfo?.total_pages ?? 1 };
    };
    const first = await page(1);
    const rest: number[] = [];
    for (let number = 2; number <= first.totalPages; number++) rest.push(number);
    const pages: ClientCertificate[][] = [first.certificates];
    for (let start = 0; start < rest.length; start += LIST_CONCURRENCY) {
      const batch = await Promise.all(rest.slice(start, start + LIST_CONCURRENCY).map(page));
      pages.push(...batch.map(p => p.certificates));
    }
    return pages.flat();
  }

  /** Reactivates a certificate (PATCH): it becomes pending_reactivation, then active. */
  async reactivateCertificate(zoneId: string, certificateId: string): Promise<ClientCertificate> {
    return certificateResult(await this.call('PATCH', `/zones/${zoneId}/client_certificates/${certificateId}`, { body: { reactivate: true } }));
  }

  /** Revokes a certificate (DELETE): it becomes pending_revocation, then revoked. */
  async revokeCertificate(zoneId: string, certificateId: string): Promise<ClientCertificate> {
    return certificateResult(await this.call('DELETE', `/zones/${zoneId}/client_certificates/${certificateId}`));
  }

  async close(): Promise<void> {
    if (!this.#options.dispatcher) await this.#dispatcher.close();
  }

  /** Sends one API call, retrying what is safe to retry, and returns the parsed envelope. */
  async call(method: Method, path: string, options: CallOptions = {}): Promise<Envelope> {
    const { deadline, log, maxRetries } = this.#options;
    const url = this.#url(path, options.query);
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

  async #attempt(method: Method, url: URL, body: unknown): Promise<RawResponse | TransportError> {
    const { deadline, log } = this.#options;
    if (deadline.signal.aborted) return deadline.error();
    const started = Date.now();
    // An attempt may use half of the time left (at least 2 s), so that after a hung request there is
    // always time to retry, or, for a create, to find out whether it issued a certificate.
    const remaining = deadline.remainingMs();
    const attemptMs = Math.ceil(Math.max(Math.min(remaining, MIN_ATTEMPT_MS), remaining / 2));
    const attemptTimeout = AbortSignal.timeout(attemptMs);
    this.#requests += 1;
    try {
      const response = await request(url, {
        method,
        headers: this.#headers(body !== undefined),
        body: body === undefined ? null : JSON.stringify(body),
        dispatcher: this.#dispatcher,
        signal: AbortSignal.any([deadline.signal, attemptTimeout]),
      });
      const text = await response.body.text();
      const raw: RawResponse = {
        status: response.statusCode,
        ray: header(response.headers['cf-ray']),
        contentType: header(response.headers['content-type']) ?? '',
        retryAfter: header(response.headers['retry-after']),
        body: text,
      };
      log.debug(`${method} ${url.pathname}: HTTP ${raw.status} in ${Date.now() - started} ms`);
      return raw;
    } catch (error) {
      if (deadline.signal.aborted) return deadline.error(true);
      if (attemptTimeout.aborted) {
        log.debug(`${method} ${url.pathname}: no answer in ${Math.round(attemptMs)} ms`);
        return new TransportError(`${method} ${url.pathname} got no answer within ${(attemptMs / 1000).toFixed(1)} s`, true, {
          cause: { code: ATTEMPT_TIMEOUT },
        });
      }
      const code = (error as { code?: string }).code ?? '';
      const notConnected = NOT_CONNECTED_CODES.has(code);
      log.debug(`${method} ${url.pathname}: ${code || (error as Error).name} after ${Date.now() - started} ms`);
      return new TransportError(`${method} ${url.pathname} failed: ${describeNetworkError(error)}`, !notConnected, { cause: error });
    }
  }

  /** Whether and when to try again; undefined when the outcome is final. */
  #retryDecision(
    method: Method,
    outcome: RawResponse | TransportError,
    attempt: number,
  ): { waitMs: number; reason: string; fromRetryAfter: boolean } | undefined {
    const backoff = (): number => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)) * (0.5 + this.#random() / 2);
    if (outcome instanceof TransportError) {
      if (outcome instanceof DeadlineError) return undefined;
      const code = (outcome.cause as { code?: string } | undefined)?.code ?? '';
      // A POST that may have reached the API is never repeated here: it could issue a second certificate.
      const safe = NOT_CONNECTED_CODES.has(code) || (method !== 'POST' && BROKEN_CONNECTION_CODES.has(code));
      const reason = code === ATTEMPT_TIMEOUT ? 'no answer in time' : code;
      return safe ? { waitMs: backoff(), reason, fromRetryAfter: false } : undefined;
    }
    if (!RETRYABLE_STATUSES.has(outcome.status)) return undefined;
    if (outcome.status === 429) {
      // Rate limited: nothing was done, so even a POST is safe to repeat, after the time Cloudflare asks for.
      const retryAfterMs = parseRetryAfter(outcome.retryAfter);
      if (retryAfterMs !== undefined) return { waitMs: retryAfterMs, reason: 'HTTP 429, rate limited', fromRetryAfter: true };
      return { waitMs: backoff(), reason: 'HTTP 429, rate limited', fromRetryAfter: false };
    }
    if (method === 'POST') return undefined;
    return { waitMs: backoff(), reason: `HTTP ${outcome.status}`, fromRetryAfter: false };
  }

  #url(path: string, query: CallOptions['query']): URL {
    const url = new URL(this.#options.apiUrl + path);
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

function certificateResult(envelope: Envelope): ClientCertificate {
  const { result } = envelope;
  if (!isRecord(result)) throw new UnexpectedResponseError('with success but no certificate object in "result"', envelope.response);
  if (typeof result.certificate !== 'string' || !result.certificate.includes('-----BEGIN CERTIFICATE-----')) {
    throw new UnexpectedResponseError('with a result that holds no PEM certificate', envelope.response);
  }
  return result as ClientCertificate;
}

function errorFor(response: RawResponse): Error {
  try {
    parseEnvelope(response);
  } catch (error) {
    return error as Error;
  }
  return new CloudflareApiError([], response);
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeNetworkError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return code ? `${code} (${message ?? 'network error'})` : (message ?? String(error));
}
