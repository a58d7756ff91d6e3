// The job summary's markdown, snapshot-tested for the cases a person reads most: an issued certificate, a
// failing check with its tracking issue, a zone with expiring certificates, an empty zone, and a failure.
import { describe, expect, it } from 'vitest';
import type { VerifiedCertificate } from '../../src/certificate.ts';
import type { HostnameReport, ListResult, WafRuleReport } from '../../src/commands/result.ts';
import { certificateSummary, listSummary, wafRuleSection } from '../../src/result-summary.ts';
import { failureSummary } from '../../src/summary.ts';
import { issueBody } from '../../src/tracking-issue.ts';

const zoneId = '023e105f4ecef8ad9ca31a8372d0c353';

function certificate(id: string, status: string, expiresOn: string, daysRemaining: number): VerifiedCertificate {
  return {
    api: { id, issued_on: '2026-11-23T06:00:00Z', serial_number: '1c2ae14061a5da10af8c80d2fc846a11dc20a582', expires_on: expiresOn },
    id,
    pem: '',
    fingerprint: 'dfd7811a3a90b1bd5e475e2be5448ce152d8df45fab6cf076f20f5709debdb3d',
    serialNumber: '1c2ae14061a5da10af8c80d2fc846a11dc20a582',
    status,
    commonName: 'deploy.example.com',
    notAfter: new Date(expiresOn),
    expiresOn,
    daysRemaining,
    warnings: [],
  };
}

const issued = certificate('8c75431199436dc64a5aa6ab49d56243', 'active', '2036-11-20T06:00:00Z', 3649);
const expiring = certificate('18e94ed0ff81950f4ea03aeb9acba368', 'active', '2026-12-08T06:00:00Z', 14);

describe('job summary', () => {
  it('an issued certificate: verdict, command and zone first, then the details', () => {
    expect(certificateSummary({ command: 'create', zoneId }, issued, [], [], false)).toMatchSnapshot();
  });

  it('a failing check: the failure right under the heading, and the tracking issue linked', () => {
    const revoked = { ...issued, status: 'revoked' };
    const summary = certificateSummary(
      { command: 'get', zoneId, trackingIssue: { number: 7, url: 'https://github.com/octo-org/deploy-service/issues/7' } },
      revoked,
      ['certificate 8c75431199436dc64a5aa6ab49d56243 is revoked, not active (set require-active: false to only report its status)'],
      [],
      false,
    );
    expect(summary.split('\n')[0]).toBe(`### ❌ Client certificate checked · zone \`${zoneId}\``);
    expect(summary).toMatchSnapshot();
  });

  it('a zone with expiring certificates, and an empty one', () => {
    const result: ListResult = {
      kind: 'list',
      certificates: [expiring, issued],
      expiring: [expiring],
      failures: ['1 active client certificate of zone … expires in fewer than 30 days (min-days-remaining)'],
      warnings: [],
      requests: 1,
    };
    expect(listSummary({ command: 'list', zoneId }, result, [])).toMatchSnapshot();
    const empty: ListResult = { ...result, certificates: [], expiring: [], failures: [], warnings: ['Zone has no client certificates with status active'] };
    expect(listSummary({ command: 'list', zoneId }, empty, empty.warnings).split('\n')[0]).toMatch(/^### ⚠️ /);
  });

  it('an issued certificate with its CA, and mTLS enabled on hostnames beside one someone else protects', () => {
    const withCa = {
      ...issued,
      api: {
        ...issued.api,
        certificate_authority: { id: '568b6b74-7b0c-4755-8840-4e3b8c24adeb', name: 'Cloudflare Managed CA for account 01a7362d577a6c3019a474fd6f485823' },
      },
    };
    const hostnames: HostnameReport = {
      requested: ['api.example.com', 'admin.example.com'],
      mtlsCertificateId: undefined,
      associated: ['shop.example.com', 'api.example.com', 'admin.example.com'],
      added: ['admin.example.com'],
      missing: [],
      warnings: [],
      failure: undefined,
    };
    const summary = certificateSummary({ command: 'create', zoneId }, withCa, [], [], false, hostnames);
    expect(summary).toContain('| Certificate authority | Cloudflare Managed CA for account 01a7362d577a6c3019a474fd6f485823 |');
    expect(summary).toMatchSnapshot();
  });

  it('a scheduled check where someone switched mTLS off on a hostname, with an uploaded CA', () => {
    const hostnames: HostnameReport = {
      requested: ['api.example.com'],
      mtlsCertificateId: 'b2134436-2555-4acf-be5b-26c48136575e',
      associated: ['shop.example.com'],
      added: [],
      missing: ['api.example.com'],
      warnings: [],
      failure: 'mTLS is not enabled on api.example.com (hostnames) in zone …',
    };
    const result: ListResult = {
      kind: 'list',
      certificates: [issued],
      expiring: [],
      failures: [hostnames.failure ?? ''],
      warnings: [],
      requests: 2,
      hostnames,
    };
    const summary = listSummary({ command: 'list', zoneId }, result, []);
    expect(summary).toContain('| api.example.com | ❌ not enabled |');
    expect(summary).toContain('the uploaded CA `b2134436-2555-4acf-be5b-26c48136575e`');
    expect(summary).toMatchSnapshot();
  });

  it('a failure: what did not happen, and the error with what to do', () => {
    expect(
      failureSummary({ command: 'create', zoneId }, ['Cloudflare API error 10000: Authentication error (HTTP 403): check that the token has …']),
    ).toMatchSnapshot();
  });
});

const RULESET = '6c5b5a8b0a1e4f5f9e1f2f3f4f5f6f7f';
const RULE = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const EXPRESSION = '(http.host in {"admin.example.com" "api.example.com"} and (not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked))';

/** A report as waf.ts makes one: this action's rule, enforcing on both hostnames, unless `parts` says otherwise. */
function wafReport(parts: Partial<WafRuleReport> = {}): WafRuleReport {
  return {
    requested: ['api.example.com', 'admin.example.com'],
    ref: 'mtls_action_require_valid_client_certificate',
    rulesetId: RULESET,
    ruleId: RULE,
    rule: {
      id: RULE,
      expression: EXPRESSION,
      action: 'block',
      enabled: true,
      description: 'Block requests without a valid, unrevoked mTLS client certificate.',
      hostnames: ['admin.example.com', 'api.example.com'],
      position: 3,
      of: 3,
    },
    required: true,
    change: 'none',
    unenforced: [],
    added: [],
    findings: [],
    warnings: [],
    notes: [],
    failure: undefined,
    ...parts,
  };
}

describe('the WAF rule in the job summary', () => {
  it('an issued certificate whose step added the rule: the rule, its expression escaped, what changed, each hostname', () => {
    const summary = certificateSummary(
      { command: 'create', zoneId },
      issued,
      [],
      [],
      false,
      undefined,
      [],
      wafReport({ change: 'added', added: ['admin.example.com', 'api.example.com'] }),
    );
    expect(summary).toContain(`| Rule | \`${RULE}\`, rule 3 of 3 in ruleset \`${RULESET}\` |`);
    expect(summary).toContain("| This step | Added this rule, last among the zone's custom rules |");
    expect(summary).toContain('| api.example.com | ✅ blocked (added by this step) |');
    expect(summary).toMatchSnapshot();
  });

  it.each([
    ['created-entrypoint', "Created the zone's custom rules, holding only this rule"],
    ['widened', 'Added admin.example.com to this rule'],
    ['restored', 'Enabled this rule again, with action block'],
    ['none', 'Nothing (no write)'],
  ] as const)('says what the step changed: %s', (change, said) => {
    expect(wafRuleSection(wafReport({ change, added: change === 'widened' ? ['admin.example.com'] : [] }))).toContain(`| This step | ${said} |`);
  });

  it('a rule disabled, set to another action, or without a hostname: each hostname not blocked is marked', () => {
    const rule = wafReport().rule;
    if (rule === undefined) throw new Error('no rule');
    const disabled = wafRuleSection(wafReport({ rule: { ...rule, enabled: false, action: 'log' }, unenforced: ['api.example.com', 'admin.example.com'] }));
    expect(disabled).toContain('| Enabled | ❌ no |');
    expect(disabled).toContain('| Action | ❌ log |');
    expect(disabled).toContain('Requests without a valid, unrevoked client certificate to 2 of these hostnames still reach the origin.');
    const narrow = wafRuleSection(wafReport({ unenforced: ['admin.example.com'] }));
    expect(narrow).toContain('| admin.example.com | ❌ not blocked |');
    expect(narrow).toContain('| api.example.com | ✅ blocked |');
  });

  it('no rule, and rules that could not be read', () => {
    const none = wafRuleSection(wafReport({ rule: undefined, ruleId: undefined, rulesetId: undefined, unenforced: ['api.example.com', 'admin.example.com'] }));
    expect(none).toContain('| Rule | none with ref mtls\\_action\\_require\\_valid\\_client\\_certificate |');
    const unknown = wafRuleSection(wafReport({ rule: undefined, unenforced: undefined }));
    expect(unknown).toContain('| api.example.com | ❔ unknown |');
    expect(unknown.join('\n')).toContain('is not known');
  });

  it('escapes an edited expression and description, which are outside data', () => {
    const rule = wafReport().rule;
    if (rule === undefined) throw new Error('no rule');
    const section = wafRuleSection(
      wafReport({ rule: { ...rule, expression: 'true | [x](https://evil.example) <img src=x>', description: '# @team\n| cell |', hostnames: undefined } }),
    ).join('\n');
    expect(section).toContain('| Expression | true \\| \\[x\\]\\(https\\:\u200b//evil.example\\) \\<img src\\=x\\> |');
    expect(section).toContain('| Description | \\# \\@\u200bteam \\| cell \\| |');
  });

  it('the check of other rules on get and list without block-without-certificate: checked, found, or not checked', () => {
    const advisory = { required: false, rule: undefined, ruleId: undefined };
    expect(wafRuleSection(wafReport(advisory))).toContain('Checked for enabled rules that revoked client certificates pass: none found.');
    const finding = { kind: 'revoked-pass', ruleId: RULE, position: 1, action: 'block', description: 'Legacy', hostnames: [] } as const;
    expect(wafRuleSection(wafReport({ ...advisory, findings: [finding] }))).toContain(
      'Checked for enabled rules that revoked client certificates pass: 1 found (the warnings above name it).',
    );
    const skipped = wafRuleSection(wafReport({ ...advisory, notes: ["The zone's WAF custom rules were not checked: HTTP 403"] }));
    expect(skipped).toContain("The zone\\'s WAF custom rules were not checked\\: HTTP 403");
    expect(skipped.join('\n')).not.toContain('| Rule |');
  });

  it('a listing with the rule', () => {
    const result: ListResult = { kind: 'list', certificates: [issued], expiring: [], failures: [], warnings: [], requests: 3, waf: wafReport() };
    expect(listSummary({ command: 'list', zoneId }, result, [])).toContain('#### WAF rule: block requests without a valid client certificate');
  });
});

describe('the tracking issue', () => {
  it('lists the hostnames the rule does not enforce mTLS on, escaped, like the hostnames without mTLS', () => {
    const body = issueBody({
      zoneId,
      failing: true,
      failures: ['mTLS is not enforced on api.example.com'],
      certificates: [],
      hostnamesMissing: [],
      notEnforced: ['api.example.com', 'x](https://evil.example'],
      runUrl: undefined,
    });
    expect(body).toContain(
      'mTLS is not enforced (no enabled WAF rule of this action blocks requests without a valid, unrevoked client certificate) on:\n\n- api.example.com\n- x\\]\\(https\\:\u200b//evil.example\n',
    );
    expect(issueBody({ zoneId, failing: true, failures: ['x'], certificates: [], runUrl: undefined })).not.toContain('not enforced');
  });
});
