import { ActionError } from '../errors.js';
import type { ApiMessage } from './types.js';

/** Where a failed response came from, for the error message and for troubleshooting with Cloudflare. */
export interface ResponseContext {
  readonly status: number;
  /** Cloudflare's request id (`cf-ray` header), which its support asks for. */
  readonly ray?: string | undefined;
}

function describe(context: ResponseContext): string {
  return context.ray ? `HTTP ${context.status}, cf-ray ${context.ray}` : `HTTP ${context.status}`;
}

function describeMessage(message: ApiMessage): string {
  const chain = message.error_chain?.length ? ` (${message.error_chain.map(describeMessage).join('; ')})` : '';
  return `${message.code}: ${message.message}${chain}`;
}

/**
 * What an answer with an empty `errors` array means, by HTTP status. A 401 is the credential, whatever
 * the call; which permission a 403 lacks depends on what the call was about (the certificates, the
 * hostname list, the WAF rules), which only the caller knows: the hint for its subject names it
 * (src/hints.ts), never this message.
 */
const EMPTY_ERRORS: Readonly<Record<number, string>> = {
  401: 'with no error details: HTTP 401 means the credentials were not accepted. Check that api-token (or api-email and api-key) holds a current, unrevoked credential, copied whole',
  403: 'with no error details: HTTP 403 means the credentials may not do this',
};

/** The API answered with `success: false`: Cloudflare's own codes and messages, and the HTTP status. */
export class CloudflareApiError extends ActionError {
  override name = 'CloudflareApiError';
  readonly errors: readonly ApiMessage[];
  readonly response: ResponseContext;

  constructor(errors: readonly ApiMessage[], response: ResponseContext) {
    const list = errors.length > 0 ? errors.map(describeMessage).join('; ') : (EMPTY_ERRORS[response.status] ?? 'with no error details');
    super(`Cloudflare API error ${list} (${describe(response)})`);
    this.errors = errors;
    this.response = { status: response.status, ray: response.ray };
  }

  /** True when any error (or an error in its chain) carries the code. */
  hasCode(code: number): boolean {
    const walk = (list: readonly ApiMessage[] | undefined): boolean => !!list?.some(e => e.code === code || walk(e.error_chain));
    return walk(this.errors);
  }
}

/** The API answered with something that is not the envelope it documents (an HTML error page, cut-off JSON, …). */
export class UnexpectedResponseError extends ActionError {
  override name = 'UnexpectedResponseError';
  readonly response: ResponseContext;

  constructor(detail: string, response: ResponseContext) {
    super(`Cloudflare API answered HTTP ${response.status} ${detail}${response.ray ? ` (cf-ray ${response.ray})` : ''}`);
    this.response = { status: response.status, ray: response.ray };
  }
}

/** The certificate the API returned fails a check this action makes before trusting it. */
export class VerificationError extends ActionError {
  override name = 'VerificationError';
}

/** No answer: the connection failed, or the step's deadline passed. */
export class TransportError extends ActionError {
  override name = 'TransportError';
  /** True when the request may have reached the API (it matters for POST, which is not idempotent). */
  readonly maybeDelivered: boolean;

  constructor(message: string, maybeDelivered: boolean, options?: ErrorOptions) {
    super(message, options);
    this.maybeDelivered = maybeDelivered;
  }
}

/**
 * True when a failed write may have been applied all the same: no clear "no" came back (no answer, a
 * reset after sending, a 5xx, a garbled 2xx). A create then may have issued a certificate; a hostname
 * write may show in reads later. A 4xx refusal, or a connection that never got through, changed nothing.
 */
export function mayHaveBeenApplied(error: unknown): boolean {
  return (
    (error instanceof TransportError && error.maybeDelivered) ||
    (error instanceof CloudflareApiError && error.response.status >= 500) ||
    (error instanceof UnexpectedResponseError && (error.response.status >= 500 || error.response.status < 300))
  );
}
