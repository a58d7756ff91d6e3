import { CloudflareApiError, type ResponseContext, UnexpectedResponseError } from './errors.js';
import type { ApiMessage, ResultInfo } from './types.js';

export interface RawResponse extends ResponseContext {
  readonly contentType: string;
  readonly retryAfter?: string | undefined;
  /** Milliseconds to wait, which Cloudflare's SDKs read before retry-after. */
  readonly retryAfterMs?: string | undefined;
  /** `x-should-retry: true|false`, the API's own word on whether a retry can help. */
  readonly shouldRetry?: string | undefined;
  readonly body: string;
}

export interface Envelope {
  readonly result: unknown;
  readonly resultInfo: ResultInfo | undefined;
  readonly messages: readonly ApiMessage[];
  readonly response: ResponseContext;
}

/**
 * Reads Cloudflare's `{success, errors, messages, result}` envelope. Anything else (the edge's HTML
 * error pages, a body cut off mid-way, a 2xx without `success: true`) becomes an error that names the
 * HTTP status, never an exception from JSON.parse.
 */
export function parseEnvelope(response: RawResponse): Envelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch (error) {
    if (response.body.trim() === '') throw new UnexpectedResponseError('with an empty body', response);
    if (looksLikeJson(response)) {
      // V8's message may quote the body ("Unexpected token 'o', "token abcd"... is not valid JSON"): a
      // piece of an echoed secret too short to be recognised and redacted. Its wording also varies with
      // the body's first character. Only where the parse stopped is kept, in the action's own words.
      throw new UnexpectedResponseError(`with malformed JSON${whereJsonStopped((error as Error).message)}`, response);
    }
    throw new UnexpectedResponseError(`with a non-JSON body${describeBody(response)}`, response);
  }
  if (!isRecord(parsed) || typeof parsed.success !== 'boolean') {
    throw new UnexpectedResponseError('with JSON that is not a Cloudflare API envelope (no "success" field)', response);
  }
  const errors = apiMessages(parsed.errors);
  if (!parsed.success || response.status < 200 || response.status >= 300) {
    throw new CloudflareApiError(errors, response);
  }
  const info = parsed.result_info;
  return {
    result: parsed.result,
    resultInfo: isRecord(info) ? (info as unknown as ResultInfo) : undefined,
    messages: apiMessages(parsed.messages),
    response: { status: response.status, ray: response.ray },
  };
}

/** Where JSON.parse gave up, from its message, without a character of the body: " (cut short)", " (at character N)" or nothing. */
function whereJsonStopped(message: string): string {
  if (/end of JSON input/i.test(message)) return ' (cut short)';
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? '' : ` (at character ${Number(position) + 1})`;
}

function looksLikeJson(response: RawResponse): boolean {
  return response.contentType.includes('json') || /^\s*[[{]/.test(response.body);
}

function describeBody(response: RawResponse): string {
  const type = response.contentType.split(';')[0]?.trim();
  const title = /<title>([^<]{1,120})<\/title>/i.exec(response.body)?.[1]?.trim();
  const parts = [type ? `(${type})` : '', title ? `titled "${title}"` : ''].filter(Boolean);
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

function apiMessages(value: unknown): ApiMessage[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map(item => ({
    code: typeof item.code === 'number' ? item.code : 0,
    message: typeof item.message === 'string' ? item.message : JSON.stringify(item),
    ...(Array.isArray(item.error_chain) ? { error_chain: apiMessages(item.error_chain) } : {}),
  }));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
