// The one check of a hostname association answer, before anything is written back over it.
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/cloudflare/envelope.ts';
import { UnexpectedResponseError } from '../../src/cloudflare/errors.ts';
import { readHostnames } from '../../src/cloudflare/hostname-associations.ts';
import { MAX_ASSOCIATED_HOSTNAMES } from '../../src/limits.ts';

const envelope = (result: unknown, resultInfo?: Envelope['resultInfo']): Envelope => ({
  result,
  resultInfo,
  messages: [],
  response: { status: 200, ray: 'abc-TST' },
});
const whole = (names: string[]) => ({ names, complete: true });

describe('readHostnames', () => {
  it("reads the list, and an absent or null list as none (null is the live API's answer; the schema makes the field optional)", () => {
    expect(readHostnames(envelope({ hostnames: ['api.example.com', 'Shop.Example.com'] }))).toEqual(whole(['api.example.com', 'Shop.Example.com']));
    expect(readHostnames(envelope({ hostnames: [] }))).toEqual(whole([]));
    expect(readHostnames(envelope({ hostnames: null }))).toEqual(whole([]));
    expect(readHostnames(envelope({}))).toEqual(whole([]));
  });

  it('marks a list whose answer says it holds part of a longer one, so that it is never written back', () => {
    const partial = readHostnames(envelope({ hostnames: ['api.example.com'] }, { page: 1, per_page: 1, count: 1, total_count: 3 }));
    expect(partial).toEqual({ names: ['api.example.com'], complete: false });
    expect(readHostnames(envelope({ hostnames: ['api.example.com'] }, { total_count: 1 })).complete).toBe(true);
    expect(readHostnames(envelope({ hostnames: null }, { total_count: 2 })).complete).toBe(false);
  });

  it.each([
    ['no result', null, /whose "result" is not an object/],
    ['an array as the result', ['api.example.com'], /whose "result" is not an object/],
    [
      'other fields but no list (a renamed field would wipe the zone on the next write)',
      { host_names: ['api.example.com'] },
      /with fields but no "hostnames" list/,
    ],
    ['a string', { hostnames: 'api.example.com' }, /whose "hostnames" is not an array/],
    ['an object entry', { hostnames: ['api.example.com', { name: 'x' }] }, /whose entry 2 is not a string/],
    ['an empty entry', { hostnames: [''] }, /whose entry 1 is 0 characters long/],
    ['a huge entry', { hostnames: ['a'.repeat(10_000)] }, /whose entry 1 is 10000 characters long/],
    ['too many', { hostnames: Array.from({ length: MAX_ASSOCIATED_HOSTNAMES + 1 }, (_, i) => `h${i}.example.com`) }, /of 2001 hostnames, more than the 2000/],
  ])('refuses %s, naming the problem and never the value', (_name, result, message) => {
    let error: unknown;
    try {
      readHostnames(envelope(result));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('cf-ray abc-TST');
    expect((error as Error).message).not.toContain('aaaaaaaaaa');
  });
});
