// The rollout's fourth step through dist/, as the runner runs it: block-without-certificate makes sure one
// WAF custom rule of this action blocks requests without a valid, unrevoked client certificate (after the
// certificate and the hostnames), and scheduled checks keep it enforced. Every test asserts the requests
// sent to the zone's rulesets, in order, and no test ever sees a PUT of the entrypoint (afterEach).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RULE_DESCRIPTION, RULE_REF, ruleExpression } from '../../src/waf-rule.ts';
import type { RuleInput, StoredRule } from '../double/rulesets.ts';
import { CloudflareDouble } from '../double/server.ts';
import { CERTIFICATE_ID, newId, newToken } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';
import { type ActionRun, registerSecrets, runAction } from '../support/run-action.ts';

const zoneId = newId();
/**
 * edit: "SSL and Certificates: Edit" and "Zone WAF: Edit" (the whole rollout); wafRead: certificates Edit,
 * "Zone WAF: Read" only; check: certificates Read and "Zone WAF: Read" (a scheduled check); noWaf:
 * certificates Read, no WAF permission.
 */
const tokens = { edit: newToken(), wafRead: newToken(), check: newToken(), noWaf: newToken() };
const githubToken = `ghs_${newToken()}`;
const HOSTNAMES = 'api.example.com\nadmin.example.com';
const OUR_EXPRESSION = '(http.host in {"admin.example.com" "api.example.com"} and (not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked))';
let double: CloudflareDouble;
let csr: GeneratedCsr;

beforeAll(async () => {
  double = await CloudflareDouble.start({
    tokens: [
      { token: tokens.edit, permission: 'write', waf: 'edit' },
      { token: tokens.wafRead, permission: 'write', waf: 'read' },
      { token: tokens.check, permission: 'read', waf: 'read' },
      { token: tokens.noWaf, permission: 'read' },
    ],
    zones: [zoneId],
    githubToken,
  });
  csr = await generateCsr({ keyType: 'ec-p256' });
  registerSecrets(...Object.values(tokens), githubToken, csr.privateKeyPem);
});
afterAll(() => double.close());
afterEach(() => {
  // Never a PUT of the entrypoint, whatever the scenario: it would replace every rule of the zone.
  expect(double.rulesets.entrypointReplacements.size).toBe(0);
  expect(double.requests.filter(r => r.method === 'PUT' && r.path.includes('/rulesets'))).toEqual([]);
  double.reset();
  double.rulesets.clear();
  double.setHostnameAssociations(zoneId, []);
});

const create = (inputs: Record<string, string> = {}): Record<string, string> => ({
  'zone-id': zoneId,
  'api-token': tokens.edit,
  'api-url': double.url,
  csr: csr.csrPem,
  hostnames: HOSTNAMES,
  'block-without-certificate': 'true',
  ...inputs,
});

/** Every request, as "METHOD path below the zone", ids as {id}. */
function calls(): string[] {
  return double.requests.map(
    r =>
      `${r.method} ${r.path
        .replace(`/client/v4/zones/${zoneId}/`, '')
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}/g, '{id}')}`,
  );
}

const ENTRYPOINT = 'GET rulesets/phases/http_request_firewall_custom/entrypoint';
const rulesNow = (): StoredRule[] => double.rulesets.entrypoint(zoneId)?.rules ?? [];
const ours = (): StoredRule[] => rulesNow().filter(r => r.ref === RULE_REF);
const theirs: RuleInput[] = [
  { action: 'block', expression: 'ip.src in {192.0.2.0/24}', description: 'Block a bad network', ref: 'bad_network' },
  { action: 'managed_challenge', expression: 'http.request.uri.path contains "/login"', description: 'Challenge logins', enabled: false },
];

/** Hostnames already enabled, so that the hostname step is one GET and these tests are about the rule. */
function hostnamesEnabled(): void {
  double.setHostnameAssociations(zoneId, ['api.example.com', 'admin.example.com']);
}

function expectSucceeded(run: ActionRun): void {
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
}

describe('create with hostnames and block-without-certificate', () => {
  it('no custom rules yet: certificate, then hostnames, then the rule, in a new entrypoint holding only it; read back until it shows', async () => {
    const run = await runAction(create());
    expectSucceeded(run);
    expect(run.warnings).toEqual([]);
    expect(calls()).toEqual([
      'POST client_certificates',
      'GET certificate_authorities/hostname_associations',
      'PUT certificate_authorities/hostname_associations',
      'GET certificate_authorities/hostname_associations', // not visible yet (the live profile's lag)
      'GET certificate_authorities/hostname_associations',
      ENTRYPOINT, // 404: none yet
      'POST rulesets',
      ENTRYPOINT, // still none: not visible yet
      ENTRYPOINT,
    ]);
    const created = JSON.parse(double.requests.find(r => r.method === 'POST' && r.path.endsWith('/rulesets'))?.body ?? 'null');
    expect(created).toEqual({
      name: 'default',
      kind: 'zone',
      phase: 'http_request_firewall_custom',
      rules: [{ ref: RULE_REF, expression: OUR_EXPRESSION, action: 'block', description: RULE_DESCRIPTION, enabled: true }],
    });
    const stored = double.rulesets.entrypoint(zoneId);
    expect(stored?.rules).toHaveLength(1);
    expect(stored?.rules[0]).toMatchObject({ ref: RULE_REF, expression: OUR_EXPRESSION, action: 'block', enabled: true });
    expect(run.outputs['waf-ruleset-id']).toBe(stored?.id);
    expect(run.outputs['waf-rule-id']).toBe(stored?.rules[0]?.id);
    expect(run.outputs.id).toMatch(CERTIFICATE_ID);
    expect(JSON.parse(run.outputs['hostnames-added'] ?? '')).toEqual(['api.example.com', 'admin.example.com']);
    expect(run.stdout).toContain(
      'Adding a WAF custom rule that blocks requests without a valid client certificate to admin.example.com, api.example.com: the zone has no custom rules yet',
    );
    expect(run.stdout).toContain('confirmed by reading the rules back (read 2)');
    expect(run.summary).toContain('#### WAF rule: block requests without a valid client certificate');
    expect(run.summary).toContain(`| Rule | \`${stored?.rules[0]?.id}\`, rule 1 of 1 in ruleset \`${stored?.id}\` |`);
    expect(run.summary).toContain(
      '| Expression | \\(http.host in \\{\\"admin.example.com\\" \\"api.example.com\\"\\} and \\(not cf.tls\\_client\\_auth.cert\\_verified or cf.tls\\_client\\_auth.cert\\_revoked\\)\\) |',
    );
    expect(run.summary).toContain("| This step | Created the zone's custom rules, holding only this rule |");
    expect(run.summary).toContain('| api.example.com | ✅ blocked (added by this step) |');
  });

  it('an entrypoint with two rules of others: ours appended last, theirs byte for byte as they were', async () => {
    for (const rule of theirs) double.rulesets.addRule(zoneId, rule);
    const before = JSON.stringify(rulesNow());
    hostnamesEnabled();
    double.rulesets.readLag = 0;
    const run = await runAction(create());
    expectSucceeded(run);
    expect(calls()).toEqual([
      'POST client_certificates',
      'GET certificate_authorities/hostname_associations',
      ENTRYPOINT,
      'POST rulesets/{id}/rules',
      ENTRYPOINT,
    ]);
    const appended = double.requests.find(r => r.path.endsWith('/rules'));
    expect(JSON.parse(appended?.body ?? 'null')).toEqual({
      ref: RULE_REF,
      expression: OUR_EXPRESSION,
      action: 'block',
      description: RULE_DESCRIPTION,
      enabled: true,
    });
    const after = rulesNow();
    expect(after).toHaveLength(3);
    expect(JSON.stringify(after.slice(0, 2))).toBe(before);
    expect(after[2]).toMatchObject({ ref: RULE_REF, expression: OUR_EXPRESSION });
    expect(run.outputs['waf-rule-id']).toBe(after[2]?.id);
    expect(run.stdout).toContain("after the zone's 2 custom rules, which stay as they are");
    expect(run.summary).toContain("| This step | Added this rule, last among the zone's custom rules |");
    expect(run.summary).toMatch(/rule 3 of 3 in ruleset/);
  });

  it('our rule there with fewer hostnames: a PATCH of ours only, to the union; the others untouched', async () => {
    double.rulesets.addRule(zoneId, theirs[0] as RuleInput);
    const rule = double.rulesets.addRule(zoneId, {
      ref: RULE_REF,
      action: 'block',
      expression: ruleExpression(['api.example.com', 'old.example.com']),
      description: RULE_DESCRIPTION,
    });
    double.rulesets.addRule(zoneId, theirs[1] as RuleInput);
    const others = JSON.stringify(rulesNow().filter(r => r.id !== rule.id));
    hostnamesEnabled();
    double.rulesets.readLag = 0;
    const run = await runAction(create());
    expectSucceeded(run);
    expect(calls()).toEqual([
      'POST client_certificates',
      'GET certificate_authorities/hostname_associations',
      ENTRYPOINT,
      'PATCH rulesets/{id}/rules/{id}',
      ENTRYPOINT,
    ]);
    const patch = double.requests.find(r => r.method === 'PATCH');
    expect(patch?.path).toBe(`/client/v4/zones/${zoneId}/rulesets/${double.rulesets.entrypoint(zoneId)?.id}/rules/${rule.id}`);
    expect(JSON.parse(patch?.body ?? 'null')).toMatchObject({
      ref: RULE_REF,
      expression: ruleExpression(['admin.example.com', 'api.example.com', 'old.example.com']),
    });
    expect(JSON.stringify(rulesNow().filter(r => r.id !== rule.id))).toBe(others);
    expect(ours()).toEqual([expect.objectContaining({ id: rule.id, enabled: true, action: 'block' })]);
    expect(rulesNow().map(r => r.id)[1]).toBe(rule.id); // in its place
    expect(run.outputs['waf-rule-id']).toBe(rule.id);
    expect(run.summary).toContain('| This step | Added admin.example.com to this rule |');
    expect(run.summary).toContain('| admin.example.com | ✅ blocked (added by this step) |');
    expect(run.summary).toContain('| api.example.com | ✅ blocked |');
  });

  it('nothing to change: no write at all, one GET of the rules', async () => {
    double.rulesets.addRule(zoneId, theirs[0] as RuleInput);
    const rule = double.rulesets.addRule(zoneId, { ref: RULE_REF, action: 'block', expression: OUR_EXPRESSION, description: RULE_DESCRIPTION });
    const before = JSON.stringify(rulesNow());
    hostnamesEnabled();
    const run = await runAction(create());
    expectSucceeded(run);
    expect(calls()).toEqual(['POST client_certificates', 'GET certificate_authorities/hostname_associations', ENTRYPOINT]);
    expect(JSON.stringify(rulesNow())).toBe(before);
    expect(run.outputs['waf-rule-id']).toBe(rule.id);
    expect(run.stdout).toContain('already blocks requests without a valid client certificate to api.example.com, admin.example.com: nothing to change');
    expect(run.summary).toContain('| This step | Nothing (no write) |');
  });

  it('a token with "Zone WAF: Read" only: the outputs are set, then the step fails naming "Zone WAF: Edit", saying mTLS is on but not enforced', async () => {
    hostnamesEnabled();
    const run = await runAction(create({ 'api-token': tokens.wafRead }));
    expect(run.exitCode).toBe(1);
    expect(calls()).toEqual(['POST client_certificates', 'GET certificate_authorities/hostname_associations', ENTRYPOINT, 'POST rulesets']);
    expect(rulesNow()).toEqual([]);
    expect(run.outputs.id).toMatch(CERTIFICATE_ID);
    expect(run.outputs.certificate).toContain('BEGIN CERTIFICATE');
    expect(JSON.parse(run.outputs['hostnames-missing'] ?? '')).toEqual([]);
    expect(run.outputs['waf-rule-id']).toBeUndefined();
    expect(run.errors).toHaveLength(1);
    const [error] = run.errors;
    expect(error).toMatch(
      /^Writing the zone's WAF custom rules failed: Cloudflare API error 10000: Authentication error \(HTTP 403[^)]*\): check that the token has "Zone WAF: Edit" on zone [0-9a-f]{32} /,
    );
    expect(error).toContain(
      'mTLS is enabled on api.example.com, admin.example.com but not enforced: requests without a valid, unrevoked client certificate still reach the origin.',
    );
    expect(error).toContain(`with action Block and the expression ${OUR_EXPRESSION}.`);
    expect(error).toMatch(
      /Certificate [0-9a-f-]{32,36} was issued and its outputs are set: run the step again with reuse-existing: true to add the rule without issuing another/,
    );
    expect(error).not.toContain('SSL and Certificates');
    expect(run.summary).toMatch(/^### ❌ /);
    expect(run.summary).toContain('| Rule | none with ref');
    expect(run.summary).toContain('| api.example.com | ❌ not blocked |');
  });

  it('a 403 without error details on the rules names "Zone WAF: Edit" only; on the certificates, "SSL and Certificates: Edit"', async () => {
    hostnamesEnabled();
    // The certificate, the hostname list and the rules are read; the rule's write answers 403 with no details.
    double.faults.push({ type: 'none' }, { type: 'none' }, { type: 'none' }, { type: 'status', status: 403, noDetails: true });
    const rule = await runAction(create());
    expect(rule.exitCode).toBe(1);
    expect(rule.errors).toEqual([
      expect.stringMatching(
        /^Writing the zone's WAF custom rules failed: Cloudflare API error with no error details: HTTP 403 means the credentials may not do this \(HTTP 403[^)]*\): check that the token has "Zone WAF: Edit" on zone /,
      ),
    ]);
    expect(rule.errors[0]).not.toContain('SSL and Certificates');

    double.reset();
    double.faults.push({ type: 'status', status: 403, noDetails: true });
    const certificate = await runAction(create());
    expect(certificate.exitCode).toBe(1);
    expect(certificate.errors).toEqual([
      expect.stringMatching(
        /^Cloudflare API error with no error details: HTTP 403 means the credentials may not do this \(HTTP 403[^)]*\): check that the token has "SSL and Certificates: Edit"/,
      ),
    ]);
    expect(certificate.errors[0]?.match(/SSL and Certificates/g)).toHaveLength(1);
    expect(calls()).toEqual(['POST client_certificates']);
  });

  it("the plan's limit of custom rules: Cloudflare's error with the plan hint, after the outputs", async () => {
    for (let i = 0; i < 5; i++) double.rulesets.addRule(zoneId, { action: 'block', expression: `ip.src eq 192.0.2.${i}`, description: `Rule ${i}` });
    const before = JSON.stringify(rulesNow());
    hostnamesEnabled();
    const run = await runAction(create());
    expect(run.exitCode).toBe(1);
    expect(calls()).toEqual(['POST client_certificates', 'GET certificate_authorities/hostname_associations', ENTRYPOINT, 'POST rulesets/{id}/rules']);
    expect(JSON.stringify(rulesNow())).toBe(before);
    expect(run.outputs.id).toMatch(CERTIFICATE_ID);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^Writing the zone's WAF custom rules failed: Cloudflare API error 1410: the zone's plan allows 5 custom rules .*\(HTTP 400[^)]*\): the zone may have reached its plan's limit of WAF custom rules \(Free 5, Pro 20, Business 100, Enterprise 1000; the zone has 5\): remove a custom rule/,
    );
    expect(run.errors[0]).toContain('but not enforced');
  });

  it('warns about an enabled skip rule before ours that names one of the hostnames', async () => {
    double.rulesets.addRule(zoneId, {
      action: 'skip',
      expression: '(http.host eq "api.example.com" and ip.src in {198.51.100.0/24})',
      description: 'Office bypass',
      action_parameters: { ruleset: 'current' },
    });
    double.rulesets.addRule(zoneId, {
      action: 'skip',
      expression: 'http.host eq "shop.example.com"',
      description: 'Shop bypass',
      action_parameters: { ruleset: 'current' },
    });
    hostnamesEnabled();
    double.rulesets.readLag = 0;
    const run = await runAction(create());
    expectSucceeded(run);
    const [first] = rulesNow();
    expect(run.warnings).toEqual([
      `WAF custom rule "Office bypass" (${first?.id}, rule 1) is enabled, skips, names api.example.com and comes before this action's rule: requests it matches skip the rules after it, so they are never checked for a client certificate. Make sure it cannot match requests without a valid certificate, or move this action's rule above it (dashboard: Security > WAF > Custom rules)`,
    ]);
    expect(run.summary).toMatch(/^### ⚠️ /);
    expect(run.summary).toContain('> [!WARNING]\n> WAF custom rule \\"Office bypass\\"');
  });

  it('does not write the rule when mTLS could not be enabled on the hostnames, and says so', async () => {
    const run = await runAction(create({ hostnames: 'api.example.com\napi.other.org' }));
    expect(run.exitCode).toBe(1);
    expect(calls().filter(call => call.includes('rulesets'))).toEqual([]);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^mTLS is not enabled on /);
    expect(run.warnings).toContain(
      'The WAF custom rule that blocks requests without a valid client certificate was not written (block-without-certificate): it is added only once mTLS is enabled on every hostname, or it would block every request to a hostname that does not ask for a certificate. Run the step again once mTLS is enabled on them',
    );
    expect(run.outputs['waf-rule-id']).toBeUndefined();
    expect(run.summary).toContain('| api.example.com | ❔ unknown |');
  });
});

describe('scheduled checks with hostnames', () => {
  const env = (): Record<string, string> => ({ GITHUB_API_URL: double.githubUrl });

  it('get with block-without-certificate: fails when the rule is disabled or loses a hostname, passes when restored; the tracking issue opens and closes', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    hostnamesEnabled();
    double.rulesets.addRule(zoneId, theirs[0] as RuleInput);
    const rule = double.rulesets.addRule(zoneId, { ref: RULE_REF, action: 'block', expression: OUR_EXPRESSION, description: RULE_DESCRIPTION });
    const inputs = {
      command: 'get',
      'zone-id': zoneId,
      'api-token': tokens.check,
      'api-url': double.url,
      'certificate-id': seeded.id,
      hostnames: HOSTNAMES,
      'block-without-certificate': 'true',
      'github-token': githubToken,
      'issue-label': 'mtls-enforced',
    };
    const issues = () => double.issues.filter(i => i.labels.some(l => l.name === 'mtls-enforced'));
    const check = async (): Promise<ActionRun> => {
      double.reset();
      return runAction(inputs, { env: env() });
    };

    const passing = await check();
    expectSucceeded(passing);
    expect(calls()).toEqual([`GET client_certificates/{id}`, 'GET certificate_authorities/hostname_associations', ENTRYPOINT]);
    expect(passing.outputs['waf-rule-id']).toBe(rule.id);
    expect(passing.stdout).toContain(
      'The WAF custom rule of this action blocks requests without a valid client certificate to api.example.com, admin.example.com',
    );
    expect(issues()).toEqual([]);

    double.rulesets.changeRule(zoneId, rule.id, { enabled: false }); // disabled in the dashboard
    const disabled = await check();
    expect(disabled.exitCode).toBe(1);
    expect(calls()).toEqual([`GET client_certificates/{id}`, 'GET certificate_authorities/hostname_associations', ENTRYPOINT]);
    expect(disabled.outputs.id).toBe(seeded.id);
    expect(disabled.outputs['waf-rule-id']).toBe(rule.id);
    expect(disabled.errors).toEqual([
      `mTLS is not enforced on api.example.com, admin.example.com in zone ${zoneId}: the WAF custom rule of this action (${rule.id}) is disabled, so requests without a valid, unrevoked client certificate may still reach the origin. ` +
        'To restore it, run a create step with hostnames and block-without-certificate: true (it re-enables the rule and adds missing hostnames), or fix it in the dashboard: Security > WAF > Custom rules',
    ]);
    expect(disabled.summary).toContain('| Enabled | ❌ no |');
    const [opened] = issues();
    expect(opened?.state).toBe('open');
    expect(opened?.body).toContain(
      'mTLS is not enforced (no enabled WAF rule of this action blocks requests without a valid, unrevoked client certificate) on:\n\n- api.example.com\n- admin.example.com\n',
    );
    expect(disabled.outputs['issue-number']).toBe(String(opened?.number));

    double.rulesets.changeRule(zoneId, rule.id, { enabled: true });
    const restored = await check();
    expectSucceeded(restored);
    expect(opened?.state).toBe('closed');

    // A hostname removed from the rule by hand, in the form the action writes.
    double.rulesets.changeRule(zoneId, rule.id, { expression: ruleExpression(['api.example.com']) });
    const narrowed = await check();
    expect(narrowed.exitCode).toBe(1);
    expect(narrowed.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^mTLS is not enforced on admin\\.example\\.com in zone ${zoneId}: the WAF custom rule of this action \\(${rule.id}\\) does not cover admin\\.example\\.com, `,
        ),
      ),
    ]);
    expect(narrowed.summary).toContain('| admin.example.com | ❌ not blocked |');
    expect(narrowed.summary).toContain('| api.example.com | ✅ blocked |');
    const reopened = issues().find(i => i.state === 'open');
    expect(reopened?.body).toMatch(/on:\n\n- admin\.example\.com\n\n/);

    double.rulesets.changeRule(zoneId, rule.id, { expression: OUR_EXPRESSION });
    const back = await check();
    expectSucceeded(back);
    expect(issues().every(i => i.state === 'closed')).toBe(true);
    // Version 1 and the four changes made "in the dashboard" above: the checks never wrote.
    expect(rulesNow().find(r => r.id === rule.id)?.version).toBe('5');
  });

  it('list with block-without-certificate: fails after its outputs when the zone has no custom rules at all', async () => {
    await double.seed(zoneId, csr.csrPem, 365);
    hostnamesEnabled();
    double.reset();
    const run = await runAction({
      command: 'list',
      'zone-id': zoneId,
      'api-token': tokens.check,
      'api-url': double.url,
      hostnames: HOSTNAMES,
      'block-without-certificate': 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(Number(run.outputs.count)).toBeGreaterThan(0);
    expect(run.outputs['waf-ruleset-id']).toBeUndefined();
    expect(calls().filter(call => call.includes('rulesets'))).toEqual([ENTRYPOINT]);
    expect(run.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^mTLS is not enforced on api\\.example\\.com, admin\\.example\\.com in zone ${zoneId}: the zone has no WAF custom rule of this action \\(ref ${RULE_REF}\\), nor any custom rules, `,
        ),
      ),
    ]);
  });

  it('without block-without-certificate: warns about an enabled rule that revoked certificates pass, its description escaped', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    hostnamesEnabled();
    const hostile = 'Legacy mTLS\n::error::pwned [click](https://evil.example) @octo-org/admins <b>x</b>';
    const weak = double.rulesets.addRule(zoneId, {
      action: 'block',
      expression: '(http.host in {"api.example.com"} and not cf.tls_client_auth.cert_verified)',
      description: hostile,
    });
    // Disabled, or checking both: not warned about.
    double.rulesets.addRule(zoneId, { action: 'block', expression: 'not cf.tls_client_auth.cert_verified', description: 'Off', enabled: false });
    double.rulesets.addRule(zoneId, {
      action: 'block',
      expression: 'not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked',
      description: 'Fine',
    });
    double.reset();
    const run = await runAction({
      command: 'get',
      'zone-id': zoneId,
      'api-token': tokens.check,
      'api-url': double.url,
      'certificate-id': seeded.id,
      hostnames: HOSTNAMES,
    });
    expectSucceeded(run);
    expect(calls()).toEqual([`GET client_certificates/{id}`, 'GET certificate_authorities/hostname_associations', ENTRYPOINT]);
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toBe(
      `WAF custom rule "Legacy mTLS\\n::error::pwned [click](https://evil.example) @octo-org/admins <b>x</b>" (${weak.id}, rule 1) checks cf.tls_client_auth.cert_verified but not cf.tls_client_auth.cert_revoked: ` +
        'a revoked client certificate still has cert_verified true, so revoked certificates pass this rule. Add "or cf.tls_client_auth.cert_revoked" where it blocks requests without a valid certificate (dashboard: Security > WAF > Custom rules)',
    );
    expect(run.stdout.split('\n').filter(line => line.startsWith('::error::'))).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(run.summary).toContain(
      '> WAF custom rule \\"Legacy mTLS \\:\\:error\\:\\:pwned \\[click\\]\\(https\\:\u200b//evil.example\\) \\@\u200bocto-org/admins \\<b\\>x\\</b\\>\\"',
    );
    expect(run.summary).not.toMatch(/\[click\]\(|<b>|@octo-org/);
    expect(run.summary).toContain('#### WAF custom rules\n\nChecked for enabled rules that revoked client certificates pass: 1 found');
    expect(run.outputs['waf-ruleset-id']).toBe(double.rulesets.entrypoint(zoneId)?.id);
    expect(run.outputs['waf-rule-id']).toBeUndefined();
  });

  it('without block-without-certificate and without "Zone WAF: Read": that check is skipped, said in the log and the summary, never a warning or a failure', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    hostnamesEnabled();
    double.reset();
    const run = await runAction({
      command: 'get',
      'zone-id': zoneId,
      'api-token': tokens.noWaf,
      'api-url': double.url,
      'certificate-id': seeded.id,
      hostnames: HOSTNAMES,
    });
    expectSucceeded(run);
    expect(run.warnings).toEqual([]);
    expect(run.stdout).not.toMatch(/^::notice::/m);
    expect(calls()).toEqual([`GET client_certificates/{id}`, 'GET certificate_authorities/hostname_associations', ENTRYPOINT]);
    expect(run.stdout).toMatch(
      /^The zone's WAF custom rules were not checked for rules that revoked certificates pass: Reading the zone's WAF custom rules failed: Cloudflare API error 10000: Authentication error \(HTTP 403[^)]*\): check that the token has "Zone WAF: Read" on zone /m,
    );
    expect(run.summary).toMatch(/^### ✅ /);
    expect(run.summary).toContain("#### WAF custom rules\n\nThe zone\\'s WAF custom rules were not checked for rules that revoked certificates pass\\:");
    expect(run.summary).toContain('check that the token has \\"Zone WAF\\: Read\\"');
  });

  it('with block-without-certificate and without "Zone WAF: Read": the check fails after the outputs, naming the permission', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    hostnamesEnabled();
    double.reset();
    const run = await runAction({
      command: 'get',
      'zone-id': zoneId,
      'api-token': tokens.noWaf,
      'api-url': double.url,
      'certificate-id': seeded.id,
      hostnames: HOSTNAMES,
      'block-without-certificate': 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.id).toBe(seeded.id);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^Could not check that mTLS is enforced on api\.example\.com, admin\.example\.com: Reading the zone's WAF custom rules failed: .*\(HTTP 403[^)]*\): check that the token has "Zone WAF: Read"/,
      ),
    ]);
    expect(run.summary).toContain('| api.example.com | ❔ unknown |');
  });
});

describe('block-without-certificate as an input: one error line, no request', () => {
  it.each([
    [
      'without hostnames',
      { hostnames: '' },
      /^Input block-without-certificate is only used with hostnames: list the hostnames whose requests without a valid client certificate are to be blocked, or remove it$/,
    ],
    ['not a boolean', { 'block-without-certificate': 'yes' }, /^Input block-without-certificate must be true or false, not "yes"$/],
  ])('%s', async (_name, inputs, error) => {
    const run = await runAction(create(inputs));
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(error)]);
    expect(double.requests).toEqual([]);
  });
});
