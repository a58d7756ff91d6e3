// When a failed attempt is tried again, as pure functions of its outcome: no server, no clock.
import { describe, expect, it } from 'vitest';
import type { RawResponse } from '../../src/cloudflare/envelope.ts';
import { TransportError, UnexpectedResponseError } from '../../src/cloudflare/errors.ts';
import { ATTEMPT_TIMEOUT, neverConnected, parseRetryAfter, parseRetryAfterMs, retryDecision } from '../../src/cloudflare/retry-policy.ts';
import { DeadlineError } from '../../src/deadline.ts';

const answer = (status: number, headers: Partial<RawResponse> = {}): RawResponse => ({ status, contentType: 'application/json', body: '{}', ...headers });
const noAnswer = (code: string, maybeDelivered = true): TransportError => new TransportError(`failed: ${code}`, maybeDelivered, { cause: { code } });
const half = (): number => 0.5;

describe('retryDecision', () => {
  it.each([408, 409, 429, 500, 502, 503, 504])('retries HTTP %i on a call that is safe to repeat', status => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH'] as const) {
      expect(retryDecision(method, answer(status), 1, half)).toEqual({
        waitMs: 750,
        reason: status === 429 ? 'HTTP 429, rate limited' : `HTTP ${status}`,
        fromRetryAfter: false,
      });
    }
  });

  it('never repeats a create that may have issued a certificate, whatever x-should-retry says; a rate-limited one is', () => {
    for (const status of [408, 409, 500, 502, 503, 504]) expect(retryDecision('POST', answer(status, { shouldRetry: 'true' }), 1, half)).toBeUndefined();
    expect(retryDecision('POST', answer(429), 1, half)).toEqual({ waitMs: 750, reason: 'HTTP 429, rate limited', fromRetryAfter: false });
  });

  it('leaves other statuses alone, unless x-should-retry asks; x-should-retry: false always wins', () => {
    for (const status of [400, 401, 403, 404, 501]) expect(retryDecision('GET', answer(status), 1, half)).toBeUndefined();
    expect(retryDecision('GET', answer(400, { shouldRetry: ' TRUE ' }), 1, half)).toMatchObject({ reason: 'HTTP 400' });
    expect(retryDecision('GET', answer(200, { shouldRetry: 'true' }), 1, half)).toBeUndefined();
    expect(retryDecision('GET', answer(503, { shouldRetry: 'False' }), 1, half)).toBeUndefined();
  });

  it('waits as retry-after-ms says, else as retry-after says, else backs off', () => {
    expect(retryDecision('GET', answer(503, { retryAfterMs: '250', retryAfter: '9' }), 1, half)).toEqual({
      waitMs: 250,
      reason: 'HTTP 503',
      fromRetryAfter: true,
    });
    expect(retryDecision('GET', answer(503, { retryAfter: '9' }), 1, half)).toEqual({ waitMs: 9000, reason: 'HTTP 503', fromRetryAfter: true });
    expect(retryDecision('GET', answer(503, { retryAfter: 'soon' }), 1, half)).toEqual({ waitMs: 750, reason: 'HTTP 503', fromRetryAfter: false });
  });

  it('backs off exponentially from 1 s, with jitter between half and all of it, up to 20 s', () => {
    const waits = (random: number) => [1, 2, 3, 4, 5, 6, 7].map(attempt => retryDecision('GET', answer(500), attempt, () => random)?.waitMs);
    expect(waits(0)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(waits(0.999_999)).toEqual([1000, 2000, 4000, 8000, 16_000, 20_000, 20_000].map(ms => expect.closeTo(ms, 0)));
  });

  it('retries a connection that never got through for any method, a broken one only when it is safe to repeat', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']) {
      expect(retryDecision('POST', noAnswer(code, false), 1, half)).toEqual({ waitMs: 750, reason: code, fromRetryAfter: false });
    }
    for (const code of ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']) {
      expect(retryDecision('GET', noAnswer(code), 1, half)).toEqual({ waitMs: 750, reason: code, fromRetryAfter: false });
      expect(retryDecision('POST', noAnswer(code), 1, half)).toBeUndefined();
    }
    expect(retryDecision('PUT', noAnswer(ATTEMPT_TIMEOUT), 2, half)).toEqual({ waitMs: 1500, reason: 'no answer in time', fromRetryAfter: false });
    expect(retryDecision('GET', noAnswer('EPROTO'), 1, half)).toBeUndefined();
  });

  it('never retries past the deadline, nor an answer it could not read', () => {
    expect(retryDecision('GET', new DeadlineError('no answer within the deadline', true), 1, half)).toBeUndefined();
    expect(retryDecision('GET', new UnexpectedResponseError('with 5 MiB', { status: 200 }), 1, half)).toBeUndefined();
  });

  it('says which connection errors never reached the API', () => {
    expect(neverConnected('ECONNREFUSED')).toBe(true);
    expect(neverConnected('ECONNRESET')).toBe(false);
    expect(neverConnected(ATTEMPT_TIMEOUT)).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('5')).toBe(5000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('parseRetryAfterMs', () => {
  it('parses retry-after-ms strictly', () => {
    expect(parseRetryAfterMs('1500')).toBe(1500);
    expect(parseRetryAfterMs('12.5')).toBe(13);
    expect(parseRetryAfterMs('-1')).toBeUndefined();
    expect(parseRetryAfterMs('soon')).toBeUndefined();
  });
});
