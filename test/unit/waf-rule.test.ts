// The WAF custom rule this action manages (src/waf-rule.ts): built one way, read back strictly, judged,
// and the other rules that weaken it found.
import { describe, expect, it } from 'vitest';
import type { RulesetRule } from '../../src/cloudflare/rulesets.ts';
import { MAX_RULE_EXPRESSION } from '../../src/limits.ts';
import { buildRule, findOurRules, findWeakeningRules, judgeRule, RULE_DESCRIPTION, RULE_REF, ruleExpression, ruleHostnames } from '../../src/waf-rule.ts';
import { newId } from '../support/fixtures.ts';

const CHECK = '(not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked)';
const rule = (change: Partial<RulesetRule> = {}): RulesetRule => ({
  id: newId(),
  ref: undefined,
  action: 'block',
  expression: 'ip.src eq 192.0.2.1',
  description: '',
  enabled: true,
  version: '1',
  lastUpdated: undefined,
  ...change,
});
const ours = (hostnames: string[], change: Partial<RulesetRule> = {}): RulesetRule =>
  rule({ ref: RULE_REF, expression: ruleExpression(hostnames), description: RULE_DESCRIPTION, ...change });

describe('ruleExpression and buildRule', () => {
  it("is Cloudflare's documented expression, the hostnames sorted and each once", () => {
    expect(ruleExpression(['api.example.com', 'admin.example.com', 'api.example.com'])).toBe(
      `(http.host in {"admin.example.com" "api.example.com"} and ${CHECK})`,
    );
  });

  it('builds an enabled block rule with the stable ref and a description that says who manages it', () => {
    const built = buildRule(['api.example.com']);
    expect(built).toEqual({
      rule: { ref: RULE_REF, expression: `(http.host in {"api.example.com"} and ${CHECK})`, action: 'block', description: RULE_DESCRIPTION, enabled: true },
    });
    expect(RULE_DESCRIPTION).toMatch(/valid, unrevoked mTLS client certificate/);
    expect(RULE_DESCRIPTION).toMatch(/Managed by the Cloudflare mTLS Client Certificate GitHub Action/);
  });

  it("refuses an expression longer than Cloudflare's limit, saying by how much", () => {
    const names = Array.from({ length: 100 }, (_, i) => `service-${i}-with-a-long-name.example.com`);
    const built = buildRule(names);
    expect('problem' in built && built.problem).toMatch(new RegExp(`for 100 hostnames would be \\d+ characters, more than the ${MAX_RULE_EXPRESSION}`));
  });

  it.each([
    ['none', []],
    ['a name with a quote', ['api.example.com" or true or "x']],
    ['an upper-case name', ['API.example.com']],
    ['a Unicode name', ['bücher.example.com']],
  ])('throws on %s (only checked hostnames reach an expression)', (_name, names) => {
    expect(() => ruleExpression(names)).toThrow(/internal error/);
  });
});

describe('ruleHostnames: only the exact form this action writes', () => {
  it('reads the hostnames back', () => {
    expect(ruleHostnames(ruleExpression(['b.example.com', 'a.example.com']))).toEqual(['a.example.com', 'b.example.com']);
  });

  it.each([
    ['unsorted', `(http.host in {"b.example.com" "a.example.com"} and ${CHECK})`],
    ['a name twice', `(http.host in {"a.example.com" "a.example.com"} and ${CHECK})`],
    ['two spaces', `(http.host in {"a.example.com"  "b.example.com"} and ${CHECK})`],
    ['an added exception', `(http.host in {"a.example.com"} and ${CHECK} and not ip.src in {192.0.2.1})`],
    ['cert_revoked removed', '(http.host in {"a.example.com"} and (not cf.tls_client_auth.cert_verified))'],
    ['the dashboard template', '(not cf.tls_client_auth.cert_verified)'],
    ['an IP address as a name', `(http.host in {"192.0.2.1"} and ${CHECK})`],
    ['an escaped quote', `(http.host in {"a.example.com\\" or true or \\"b"} and ${CHECK})`],
    ['an empty set', `(http.host in {} and ${CHECK})`],
  ])('%s: not ours to read (undefined)', (_name, expression) => {
    expect(ruleHostnames(expression)).toBeUndefined();
  });
});

describe('findOurRules', () => {
  it('finds every rule with the ref, with its position', () => {
    const mine = ours(['a.example.com']);
    const rules = [rule(), mine, rule({ ref: 'someone_else' })];
    expect(findOurRules(rules)).toEqual([{ rule: mine, position: 2 }]);
    expect(findOurRules([rule(), rule({ description: RULE_DESCRIPTION })])).toEqual([]);
  });
});

describe('judgeRule', () => {
  it('enforces when enabled, block, in our form and covering every hostname', () => {
    expect(judgeRule(ours(['a.example.com', 'b.example.com']), ['b.example.com'])).toEqual({
      enforces: true,
      covered: ['a.example.com', 'b.example.com'],
      missing: [],
      problems: [],
    });
  });

  it.each([
    ['disabled', ours(['a.example.com'], { enabled: false }), ['is disabled'], []],
    ['log instead of block', ours(['a.example.com'], { action: 'log' }), ['has the action log, not block'], []],
    ['a hostname removed', ours(['a.example.com']), ['does not cover b.example.com'], ['b.example.com']],
    [
      'edited by hand',
      ours(['a.example.com'], { expression: '(http.host in {"a.example.com"} and not cf.tls_client_auth.cert_verified)' }),
      [expect.stringMatching(/^has an expression that is not the one this action writes/)],
      ['a.example.com', 'b.example.com'],
    ],
  ])('does not enforce when %s, and says why', (_name, judged, problems, missing) => {
    const judgement = judgeRule(judged, ['a.example.com', 'b.example.com'].slice(0, missing.length > 0 ? 2 : 1));
    expect(judgement.enforces).toBe(false);
    expect(judgement.problems).toEqual(problems);
    expect(judgement.missing).toEqual(missing);
  });
});

describe('findWeakeningRules', () => {
  const hostnames = ['api.example.com'];

  it.each([
    ['the dashboard template', '(not cf.tls_client_auth.cert_verified)', 'block'],
    ['a skip for verified certificates', 'cf.tls_client_auth.cert_verified and http.host eq "other.example.com"', 'skip'],
    ['a host check with the template', '(http.host eq "x.example.com" and not cf.tls_client_auth.cert_verified)', 'managed_challenge'],
  ])('finds an enabled rule that checks cert_verified without cert_revoked: %s', (_name, expression, action) => {
    const theirs = rule({ expression, action, description: 'mTLS' });
    expect(findWeakeningRules([theirs], hostnames, undefined)).toEqual([
      { kind: 'revoked-pass', ruleId: theirs.id, position: 1, action, description: 'mTLS', hostnames: [] },
    ]);
  });

  it.each([
    ['checks both', `(not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked)`, true, undefined],
    ['disabled', '(not cf.tls_client_auth.cert_verified)', false, undefined],
    ['ours', '(not cf.tls_client_auth.cert_verified)', true, RULE_REF],
    ['the field only in a string', 'http.request.uri.path eq "/cf.tls_client_auth.cert_verified"', true, undefined],
    ['a longer field name', 'cf.tls_client_auth.cert_verified_extra', true, undefined],
    ['the field in a raw string', 'http.request.uri.path eq r#"cf.tls_client_auth.cert_verified"#', true, undefined],
  ])('leaves alone a rule that %s', (_name, expression, enabled, ref) => {
    expect(findWeakeningRules([rule({ expression, enabled, ref })], hostnames, undefined)).toEqual([]);
  });

  it('finds an enabled skip rule before ours that names one of our hostnames, in any case', () => {
    const skip = rule({ action: 'skip', expression: 'http.host eq "API.example.com" and ip.src in {192.0.2.0/24}', description: 'office' });
    const after = rule({ action: 'skip', expression: 'http.host eq "api.example.com"' });
    const elsewhere = rule({ action: 'skip', expression: 'http.host eq "www.example.com"' });
    const disabled = rule({ action: 'skip', expression: 'http.host eq "api.example.com"', enabled: false });
    const blocking = rule({ action: 'block', expression: 'http.host eq "api.example.com"' });
    const rules = [skip, elsewhere, disabled, blocking, ours(hostnames), after];
    expect(findWeakeningRules(rules, hostnames, 5)).toEqual([
      { kind: 'skip-before', ruleId: skip.id, position: 1, action: 'skip', description: 'office', hostnames: ['api.example.com'] },
    ]);
    // Before ours is anywhere, when ours is not there yet (it is appended last).
    expect(findWeakeningRules([skip, after], hostnames, undefined).map(f => f.ruleId)).toEqual([skip.id, after.id]);
  });
});
