// The hostnames input's refusal of what domainToASCII would decode or drop (src/hostnames.ts,
// INVISIBLE_OR_ENCODED, built on first use by unicodePattern): the zero-width joiners some scripts need
// are the one exception.
import { describe, expect, it } from 'vitest';
import { parseHostnames } from '../../src/hostnames.ts';

const INVISIBLE = /contains "%" or an invisible character/;

describe('parseHostnames: invisible and encoded characters', () => {
  it.each([
    ['a zero-width space', 'a\u200bb.example.com'],
    ['a soft hyphen', 'a\u00adb.example.com'],
    ['a percent-encoding', 'a%41b.example.com'],
    ['a control character', 'a\u0007b.example.com'],
    ['a bidi override', 'a\u202eb.example.com'],
  ])('refuses %s', (_name, hostname) => {
    expect(parseHostnames(hostname).problems).toEqual([expect.stringMatching(INVISIBLE)]);
  });

  it.each([
    ['a zero-width joiner', 'a\u200db.example.com'],
    ['a zero-width non-joiner', 'a\u200cb.example.com'],
  ])('does not call %s invisible (the IDNA conversion decides on it)', (_name, hostname) => {
    const { problems } = parseHostnames(hostname);
    expect(problems.some(problem => INVISIBLE.test(problem))).toBe(false);
  });
});
