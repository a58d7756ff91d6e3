import { quotedInput } from '../escape.js';
import { canonicalId, ID_SHAPES, type IdKind, isId } from '../identifier.js';
import { isLoopback } from '../loopback.js';
import { DEFAULT_API_URL, type InputName, type ReportProblem } from './types.js';

/**
 * Pure readers of one input's text: a boolean, one of a set, a whole number in a range, an id of a kind,
 * the API's URL. Each returns the value (the fallback when the input is not set), or reports the input's
 * problem and returns undefined.
 */

const WHOLE_NUMBER = /^(0|[1-9][0-9]*)$/;
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);

/** Whether the text is one of the spellings of true that readBoolean accepts. */
export function isTrue(value: string): boolean {
  return TRUE_VALUES.has(value);
}

/** Whether the text is one of the spellings of false that readBoolean accepts. */
export function isFalse(value: string): boolean {
  return FALSE_VALUES.has(value);
}

export function readBoolean(value: string, input: InputName, fallback: boolean, problem: ReportProblem): boolean | undefined {
  if (value === '') return fallback;
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  return problem(input, `must be true or false, not "${printable(value)}"`);
}

export function oneOf<T extends string>(value: string, input: InputName, allowed: readonly T[], fallback: T, problem: ReportProblem): T | undefined {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return problem(input, `is "${printable(value)}"; use one of: ${allowed.join(', ')}`);
}

/** A whole number from min to max (example when not set); why, when given, follows the range in a problem. */
export function wholeNumberInRange(
  value: string,
  input: InputName,
  example: number,
  min: number,
  max: number,
  problem: ReportProblem,
  why?: string,
): number | undefined {
  if (value === '') return example;
  if (!WHOLE_NUMBER.test(value)) {
    return problem(input, `must be a whole number of ${min} or more written with digits only (like ${example}), not "${printable(value)}"`);
  }
  const number = Number(value);
  if (number < min || number > max) return problem(input, `must be between ${min} and ${max}, not ${value}${why === undefined ? '' : `: ${why}`}`);
  return number;
}

export function identifier(value: string, input: InputName, kind: IdKind, problem: ReportProblem, hint: string): string | undefined {
  if (value === '') return problem(input, `is required: give ${hint}`);
  // Only ids of the kind's shape ever reach a URL path, so no input can walk to another endpoint.
  if (/^([0-9a-fA-F]{2}:?){31}[0-9a-fA-F]{2}$/.test(value)) {
    return problem(input, `looks like a SHA-256 fingerprint (64 hexadecimal characters), not an id: give ${hint} (${ID_SHAPES[kind]})`);
  }
  const id = canonicalId(kind, value);
  if (id !== undefined) return id;
  const other = kind === 'zone' && isId('certificate', value) ? ': a UUID is a certificate or CA id, not a zone id' : '';
  return problem(input, `must be ${ID_SHAPES[kind]} (${hint}); got ${describeLength(value)}${other}`);
}

export function readApiUrl(value: string, problem: ReportProblem): string | undefined {
  const text = value === '' ? DEFAULT_API_URL : value;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return problem('api-url', `is not a URL; use ${DEFAULT_API_URL}`);
  }
  if (url.username !== '' || url.password !== '') {
    return problem('api-url', 'must not contain a user name or password; pass credentials through api-token');
  }
  if (url.search !== '' || url.hash !== '') return problem('api-url', 'must not contain a query string or fragment');
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return problem('api-url', 'must use https: plain http is allowed only to a loopback host (127.0.0.1, ::1, localhost), for tests');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return problem('api-url', `must be an https URL, not ${url.protocol}`);
  // Cloudflare's own host serves the API under one path only; elsewhere (a proxy) any path may be right.
  const official = new URL(DEFAULT_API_URL);
  if (url.hostname === official.hostname && url.pathname.replace(/\/+$/, '') !== official.pathname) {
    return problem(
      'api-url',
      `is Cloudflare's host with the path "${url.pathname}", where its API is not: use ${DEFAULT_API_URL}, or leave api-url out (that is the default)`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

/** An input's value as a problem quotes it: one line of at most 40 characters (quotedInput, src/escape.ts). */
export function printable(value: string): string {
  return quotedInput(value, 40);
}

function describeLength(value: string): string {
  const kind = /^[0-9a-fA-F]*$/.test(value)
    ? 'hexadecimal'
    : /^[0-9a-fA-F-]*$/.test(value)
      ? 'of hexadecimal and hyphens'
      : 'with characters that are not hexadecimal';
  return `${value.length} characters ${kind}`;
}
