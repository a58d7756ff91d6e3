import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/cloudflare/envelope.ts';
import { CloudflareApiError, UnexpectedResponseError } from '../../src/cloudflare/errors.ts';

const json = (status: number, body: unknown, ray?: string) => ({ status, ray, contentType: 'application/json', body: JSON.stringify(body) });

describe('parseEnvelope', () => {
  it('returns the result, result_info and messages of a success', () => {
    const envelope = parseEnvelope(
      json(200, {
        success: true,
        errors: [],
        messages: [{ code: 1001, message: 'note' }],
        result: [{ id: 'a' }],
        result_info: { page: 1, per_page: 50, count: 1, total_count: 1, total_pages: 1 },
      }),
    );
    expect(envelope.result).toEqual([{ id: 'a' }]);
    expect(envelope.resultInfo?.total_pages).toBe(1);
    expect(envelope.messages).toEqual([{ code: 1001, message: 'note' }]);
    expect(envelope.response.status).toBe(200);
  });

  it("names Cloudflare's code, message and the HTTP status of a failure", () => {
    const failure = () => parseEnvelope(json(403, { success: false, errors: [{ code: 10000, message: 'Authentication error' }], messages: [], result: null }));
    expect(failure).toThrow(CloudflareApiError);
    expect(failure).toThrow('Cloudflare API error 10000: Authentication error (HTTP 403)');
  });

  it('lists every error with its chain, and the cf-ray id', () => {
    const failure = () =>
      parseEnvelope(
        json(
          400,
          {
            success: false,
            errors: [
              { code: 6003, message: 'Invalid request headers', error_chain: [{ code: 6111, message: 'Invalid format for Authorization header' }] },
              { code: 1001, message: 'Second' },
            ],
            messages: [],
            result: null,
          },
          '8c1f-IAD',
        ),
      );
    expect(failure).toThrow(
      'Cloudflare API error 6003: Invalid request headers (6111: Invalid format for Authorization header); 1001: Second (HTTP 400, cf-ray 8c1f-IAD)',
    );
    try {
      failure();
    } catch (error) {
      expect((error as CloudflareApiError).hasCode(6111)).toBe(true);
      expect((error as CloudflareApiError).hasCode(10000)).toBe(false);
    }
  });

  it('treats success: true with an error status as a failure', () => {
    expect(() => parseEnvelope(json(500, { success: true, errors: [], messages: [], result: {} }))).toThrow('(HTTP 500)');
  });

  it.each([
    [
      'an HTML error page',
      { status: 502, contentType: 'text/html', body: '<html><head><title>502 Bad gateway</title></head></html>' },
      'Cloudflare API answered HTTP 502 with a non-JSON body (text/html) titled "502 Bad gateway"',
    ],
    [
      'JSON cut off mid-way',
      { status: 200, contentType: 'application/json', body: '{"success":true,"result":{"id":"ab' },
      'Cloudflare API answered HTTP 200 with malformed JSON',
    ],
    ['an empty body', { status: 503, contentType: '', body: '' }, 'Cloudflare API answered HTTP 503 with an empty body'],
    ['JSON that is no envelope', { status: 200, contentType: 'application/json', body: '{"id":"x"}' }, 'not a Cloudflare API envelope'],
    ['a JSON array', { status: 200, contentType: 'application/json', body: '[]' }, 'not a Cloudflare API envelope'],
  ])('turns %s into a clear error naming the status', (_name, response, message) => {
    expect(() => parseEnvelope(response)).toThrow(UnexpectedResponseError);
    expect(() => parseEnvelope(response)).toThrow(message);
  });
  it.each([
    ['a letter', 'secretTOKEN is not valid', ''],
    ['a digit', '7secretTOKEN is not valid', ' (at character 2)'],
    ['a quote', '"secretTOKEN', ' (at character 13)'],
    ['a brace', '{secretTOKEN}', ' (at character 2)'],
    ['nothing more', '{"secretTOKEN":', ' (cut short)'],
  ])('says where malformed JSON starting with %s stopped, never quoting a character of it', (_name, body, where) => {
    let message = '';
    try {
      parseEnvelope({ status: 400, contentType: 'application/json', body });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`Cloudflare API answered HTTP 400 with malformed JSON${where}`);
  });
});
