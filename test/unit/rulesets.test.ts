// The one check of a ruleset answer (src/cloudflare/rulesets.ts), before the action relies on any of it.
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/cloudflare/envelope.ts';
import { UnexpectedResponseError } from '../../src/cloudflare/errors.ts';
import { readRuleset } from '../../src/cloudflare/rulesets.ts';
import { MAX_READ_DESCRIPTION, MAX_READ_EXPRESSION, MAX_RULESET_RULES } from '../../src/limits.ts';

const RULESET_ID = '2f2feab2026849078ba485f918791bdc';
const RULE_ID = '3a03d665bac047339bb530ecb439a90d';
const envelope = (result: unknown): Envelope => ({ result, resultInfo: undefined, messages: [], response: { status: 200, ray: 'abc-TST' } });
const rule = (change: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: RULE_ID,
  version: '3',
  action: 'block',
  expression: 'ip.src eq 192.0.2.1',
  description: 'Block one address',
  enabled: true,
  ref: 'my_ref',
  last_updated: '2000-01-01T00:00:00.000000Z',
  ...change,
});
const ruleset = (change: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: RULESET_ID,
  name: 'default',
  kind: 'zone',
  phase: 'http_request_firewall_custom',
  version: '12',
  last_updated: '2000-01-01T00:00:00.000000Z',
  rules: [rule()],
  ...change,
});

describe('readRuleset', () => {
  it('reads the ruleset and its rules in order; ids lower-cased', () => {
    const read = readRuleset(
      envelope(ruleset({ id: RULESET_ID.toUpperCase(), rules: [rule(), rule({ id: 'f'.repeat(32), ref: undefined, description: undefined })] })),
    );
    expect(read).toEqual({
      id: RULESET_ID,
      version: '12',
      lastUpdated: '2000-01-01T00:00:00.000000Z',
      rules: [
        {
          id: RULE_ID,
          ref: 'my_ref',
          action: 'block',
          expression: 'ip.src eq 192.0.2.1',
          description: 'Block one address',
          enabled: true,
          version: '3',
          lastUpdated: '2000-01-01T00:00:00.000000Z',
        },
        expect.objectContaining({ id: 'f'.repeat(32), ref: undefined, description: '' }),
      ],
    });
  });

  it('reads absent or null rules as none (an append never removes a rule, so too few is safe)', () => {
    expect(readRuleset(envelope(ruleset({ rules: undefined }))).rules).toEqual([]);
    expect(readRuleset(envelope(ruleset({ rules: null }))).rules).toEqual([]);
  });

  const secret = 'SECRETVALUE-SECRETVALUE';
  it.each([
    ['no result', null, /whose "result" is not an object/],
    ['an array result', [ruleset()], /whose "result" is not an object/],
    ['an id that is a path', ruleset({ id: `../../${secret}` }), /whose "id" is not 32 hexadecimal characters/],
    ['a numeric version', ruleset({ version: 12 }), /whose "version" is not a string of digits/],
    ['a version that is not digits', ruleset({ version: secret }), /whose "version" is not a string of digits/],
    ['a name that is not a string', ruleset({ name: { secret } }), /whose "name" is not a string/],
    ['a huge description', ruleset({ description: 'x'.repeat(MAX_READ_DESCRIPTION + 1) }), /whose "description" is not a string of at most 4096/],
    ['rules that are not an array', ruleset({ rules: { 0: rule() } }), /whose "rules" is not an array/],
    ['too many rules', ruleset({ rules: Array.from({ length: MAX_RULESET_RULES + 1 }, () => rule()) }), /of 1001 rules, more than the 1000/],
    ['a rule that is not an object', ruleset({ rules: [rule(), secret] }), /whose rule 2 is not an object/],
    ['a rule id that is not 32 hex', ruleset({ rules: [rule({ id: secret })] }), /whose rule 1 has an "id" that is not 32 hexadecimal/],
    ['an empty expression', ruleset({ rules: [rule({ expression: '' })] }), /whose rule 1 has an "expression" that is not a string of 1 to 16384/],
    ['a huge expression', ruleset({ rules: [rule({ expression: 'x'.repeat(MAX_READ_EXPRESSION + 1) })] }), /has an "expression" that is not a string/],
    ['an expression that is not a string', ruleset({ rules: [rule({ expression: [secret] })] }), /has an "expression" that is not a string/],
    ['an action with a line break', ruleset({ rules: [rule({ action: `block\n::${secret}` })] }), /has an "action" that is not a lowercase word/],
    ['enabled as a string', ruleset({ rules: [rule({ enabled: 'true' })] }), /has an "enabled" that is not true or false/],
    ['no enabled', ruleset({ rules: [rule({ enabled: undefined })] }), /has an "enabled" that is not true or false/],
    ['a ref that is a number', ruleset({ rules: [rule({ ref: 7 })] }), /has a "ref" that is not a string/],
    ['a description that is an object', ruleset({ rules: [rule({ description: { secret } })] }), /has a "description" that is not a string/],
    ['a rule version that is not digits', ruleset({ rules: [rule({ version: secret })] }), /has a "version" that is not a string of digits/],
    ['a last_updated that is a number', ruleset({ rules: [rule({ last_updated: 1 })] }), /has a "last_updated" that is not a string/],
  ])('refuses %s, naming the field and never the value', (_name, result, message) => {
    let error: unknown;
    try {
      readRuleset(envelope(result));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('cf-ray abc-TST');
    expect((error as Error).message).not.toContain('SECRETVALUE');
    expect((error as Error).message).not.toContain('xxxxxxxxxx');
  });
});
