// The WAF rule that enforces mTLS (src/commands/waf.ts, waf-check.ts), run in the test process against the API double
// as the action runs it: a real CloudflareClient, one deadline, and sleeps recorded instead of waited.
// Every test asserts the requests sent, in order, and what the zone's custom rules are afterwards.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareClient } from '../../src/cloudflare/client.ts';
import { ClientCertificatesClient } from '../../src/cloudflare/client-certificates.ts';
import { RulesetsClient } from '../../src/cloudflare/rulesets.ts';
import type { CommandContext, WafRuleReport } from '../../src/commands/result.ts';
import { ensureWafRule } from '../../src/commands/waf.ts';
import { checkWafRule } from '../../src/commands/waf-check.ts';
import { Deadline } from '../../src/deadline.ts';
import { logLine, markdownText } from '../../src/escape.ts';
import { RULE_DESCRIPTION, RULE_REF, ruleExpression } from '../../src/waf-rule.ts';
import type { RuleInput } from '../double/rulesets.ts';
import { CloudflareDouble, type Fault } from '../double/server.ts';
import { newId, newToken } from '../support/fixtures.ts';

const zoneId = newId();
/** "SSL and Certificates: Edit" and "Zone WAF: Edit"; "Zone WAF: Read" only; no WAF permission at all. */
const tokens = { edit: newToken(), read: newToken(), none: newToken() };
const HOSTNAMES = ['api.example.com', 'admin.example.com'];
const ENTRYPOINT = 'GET /rulesets/phases/http_request_firewall_custom/entrypoint';
let double: CloudflareDouble;

beforeAll(async () => {
  double = await CloudflareDouble.start({
    tokens: [
      { token: tokens.edit, permission: 'write', waf: 'edit' },
      { token: tokens.read, permission: 'read', waf: 'read' },
      { token: tokens.none, permission: 'write' },
    ],
    zones: [zoneId],
  });
});
afterAll(() => double.close());
afterEach(() => {
  double.reset();
  double.rulesets.clear();
});

interface Outcome {
  readonly report: WafRuleReport;
  /** Each request as "METHOD path below /zones/{zone_id}", ids as {id}. */
  readonly requests: string[];
  readonly waits: number[];
  readonly infos: string[];
  readonly warnings: string[];
}

async function run(
  what: 'ensure' | 'check',
  options: { token?: string; hostnames?: string[]; requireRule?: boolean; faults?: Fault[]; timeoutSeconds?: number; maxRetries?: number } = {},
): Promise<Outcome> {
  double.faults.push(...(options.faults ?? []));
  const waits: number[] = [];
  const infos: string[] = [];
  const warnings: string[] = [];
  const deadline = new Deadline((options.timeoutSeconds ?? 60) * 1000);
  // As main.ts maps the log onto the runner's: every line through logLine.
  const log = { debug: () => {}, info: (m: string) => void infos.push(logLine(m)), warning: (m: string) => void warnings.push(logLine(m)) };
  const sleep = async (ms: number) => void waits.push(ms);
  const credentials = { kind: 'api-token', token: options.token ?? tokens.edit } as const;
  const maxRetries = options.maxRetries ?? 2;
  const client = new CloudflareClient({ apiUrl: double.url, credentials, userAgent: 'waf-test', deadline, maxRetries, log, sleep });
  const context: CommandContext = { client, certificates: new ClientCertificatesClient(client), deadline, log, mask: () => {}, sleep };
  const target = {
    zoneId,
    hostnames: options.hostnames ?? HOSTNAMES,
    hint: { command: what === 'ensure' ? 'create' : 'get', credentials, apiUrl: double.url },
  } as const;
  const report = what === 'ensure' ? await ensureWafRule({ ...target, maxRetries }, context) : await checkWafRule(target, options.requireRule ?? true, context);
  for (const warning of report.warnings) log.warning(warning);
  const requests = double.requests.map(r => `${r.method} ${r.path.replace(`/client/v4/zones/${zoneId}`, '').replace(/[0-9a-f]{32}/g, '{id}')}`);
  return { report, requests, waits, infos, warnings };
}

const rulesNow = () => double.rulesets.entrypoint(zoneId)?.rules ?? [];
const oursNow = () => rulesNow().filter(r => r.ref === RULE_REF);
const theirs: RuleInput[] = [
  { action: 'block', expression: 'ip.src in {192.0.2.0/24}', description: 'Block a bad network', ref: 'bad_network' },
  { action: 'managed_challenge', expression: 'http.request.uri.path contains "/login"', description: 'Challenge logins', enabled: false },
];
const seedTheirs = (rules = theirs) => rules.map(rule => double.rulesets.addRule(zoneId, rule));
const seedOurs = (hostnames: string[], change: Partial<RuleInput> = {}) =>
  double.rulesets.addRule(zoneId, { action: 'block', expression: ruleExpression(hostnames), description: RULE_DESCRIPTION, ref: RULE_REF, ...change });
/** The live profile's read after a write: one read still shows the rules as they were. */
const CONFIRMED = [ENTRYPOINT, ENTRYPOINT];

describe('ensureWafRule', () => {
  it('no entrypoint yet: creates it holding only our rule; never a PUT', async () => {
    const { report, requests, waits } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets', ...CONFIRMED]);
    expect(waits).toEqual([1000]);
    const stored = double.rulesets.entrypoint(zoneId);
    expect(stored?.rules).toEqual([
      expect.objectContaining({
        ref: RULE_REF,
        action: 'block',
        enabled: true,
        description: RULE_DESCRIPTION,
        expression: '(http.host in {"admin.example.com" "api.example.com"} and (not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked))',
      }),
    ]);
    expect(report).toMatchObject({ change: 'created-entrypoint', rulesetId: stored?.id, ruleId: stored?.rules[0]?.id, failure: undefined });
    expect(report.added).toEqual(['admin.example.com', 'api.example.com']);
    expect(report.rule).toMatchObject({ enabled: true, action: 'block', hostnames: ['admin.example.com', 'api.example.com'], position: 1, of: 1 });
    expect(double.rulesets.entrypointReplacements.size).toBe(0);
  });

  it('an entrypoint with 2 other rules: ours appended last, theirs byte for byte unchanged', async () => {
    seedTheirs();
    const before = JSON.stringify(rulesNow());
    const { report, requests } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets/{id}/rules', ...CONFIRMED]);
    const after = rulesNow();
    expect(after).toHaveLength(3);
    expect(JSON.stringify(after.slice(0, 2))).toBe(before);
    expect(after[2]?.ref).toBe(RULE_REF);
    expect(report).toMatchObject({ change: 'added', ruleId: after[2]?.id, failure: undefined, rule: { position: 3, of: 3 } });
  });

  it('ours already there with fewer hostnames: a PATCH of ours only, to the union (add-only)', async () => {
    seedTheirs();
    const ours = seedOurs(['api.example.com', 'shop.example.com']);
    const before = JSON.stringify(rulesNow().slice(0, 2));
    const { report, requests } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, `PATCH /rulesets/{id}/rules/{id}`, ...CONFIRMED]);
    expect(double.requests[1]?.path).toContain(`/rules/${ours.id}`);
    expect(JSON.stringify(rulesNow().slice(0, 2))).toBe(before);
    expect(oursNow()).toEqual([
      expect.objectContaining({ id: ours.id, expression: ruleExpression(['admin.example.com', 'api.example.com', 'shop.example.com']), version: '2' }),
    ]);
    expect(report).toMatchObject({ change: 'widened', added: ['admin.example.com'], ruleId: ours.id, failure: undefined });
  });

  it('nothing to change: one GET, no write', async () => {
    seedTheirs();
    seedOurs([...HOSTNAMES, 'shop.example.com']);
    const before = JSON.stringify(rulesNow());
    const { report, requests, waits } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT]);
    expect(waits).toEqual([]);
    expect(JSON.stringify(rulesNow())).toBe(before);
    expect(report).toMatchObject({ change: 'none', added: [], failure: undefined, warnings: [] });
  });

  it('ours disabled and set to log: enabled and set to block again, with a warning', async () => {
    const ours = seedOurs(HOSTNAMES, { enabled: false, action: 'log' });
    const { report, requests } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, 'PATCH /rulesets/{id}/rules/{id}', ...CONFIRMED]);
    expect(oursNow()).toEqual([expect.objectContaining({ id: ours.id, enabled: true, action: 'block' })]);
    expect(report.change).toBe('restored');
    expect(report.warnings).toEqual([expect.stringMatching(/was disabled and set to log: this step enabled it with action block/)]);
  });

  it('ours edited by hand: not changed, no write; the failure says what to do', async () => {
    const edited = '(http.host in {"api.example.com"} and not cf.tls_client_auth.cert_verified and not ip.src in {192.0.2.1})';
    seedOurs(HOSTNAMES, { expression: edited });
    const { report, requests } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT]);
    expect(oursNow()[0]?.expression).toBe(edited);
    expect(report.failure).toMatch(/has an expression that is not the one this action writes \(edited by hand\?\), so this step does not change it/);
    expect(report.failure).toMatch(/Put the expression back as this action writes it \(docs\/waf-rule\.md\), or delete the rule/);
    expect(report.failure).toMatch(/mTLS is enabled on api\.example\.com, admin\.example\.com but not enforced/);
  });

  it.each([
    ['"Zone WAF: Read" only: the write is refused', tokens.read, [ENTRYPOINT, 'POST /rulesets']],
    ['no WAF permission: the read is refused', tokens.none, [ENTRYPOINT]],
  ])('%s, naming "Zone WAF: Edit"; mTLS enabled but not enforced', async (_name, token, sent) => {
    const { report, requests } = await run('ensure', { token });
    expect(requests).toEqual(sent);
    expect(double.rulesets.entrypoint(zoneId)).toBeUndefined();
    expect(report.failure).toMatch(/the zone's WAF custom rules failed: Cloudflare API error 10000: Authentication error \(HTTP 403, cf-ray [^)]+\): /);
    expect(report.failure).toContain(`check that the token has "Zone WAF: Edit" on zone ${zoneId}`);
    expect(report.failure).toMatch(
      /mTLS is enabled on api\.example\.com, admin\.example\.com but not enforced: requests without a valid, unrevoked client certificate still reach the origin\. Fix the cause and run the step again, or add the rule yourself \(dashboard: Security > WAF > Custom rules\) with action Block and the expression \(http\.host in/,
    );
    expect(report.change).toBe('none');
  });

  it("the plan's limit (Free: 5 custom rules): Cloudflare's error with a hint that says so; nothing written", async () => {
    seedTheirs([...theirs, ...theirs.map(rule => ({ ...rule, ref: undefined })), { action: 'log', expression: 'true' }]);
    const before = JSON.stringify(rulesNow());
    const { report, requests } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets/{id}/rules']);
    expect(JSON.stringify(rulesNow())).toBe(before);
    expect(report.failure).toMatch(/Cloudflare API error 1410: .*\(HTTP 400, cf-ray [^)]+\): the zone may have reached its plan's limit of WAF custom rules/);
    expect(report.failure).toContain('(Free 5, Pro 20, Business 100, Enterprise 1000; the zone has 5)');
  });

  it('a plan that allows more rules (customRuleLimit): the same zone takes ours', async () => {
    seedTheirs([...theirs, ...theirs.map(rule => ({ ...rule, ref: undefined })), { action: 'log', expression: 'true' }]);
    double.rulesets.customRuleLimit = 20;
    const { report, requests } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets/{id}/rules', ...CONFIRMED]);
    expect(report.failure).toBeUndefined();
    expect(rulesNow()).toHaveLength(6);
  });

  it('a write that shows late: read back until it shows, with the poll schedule', async () => {
    double.rulesets.readLag = 3;
    const { report, requests, waits } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets', ENTRYPOINT, ENTRYPOINT, ENTRYPOINT, ENTRYPOINT]);
    expect(waits).toEqual([1000, 1500, 2250]);
    expect(report).toMatchObject({ change: 'created-entrypoint', failure: undefined });
  });

  it('a write that shows later than the deadline: fails saying it is written but not visible yet, without writing again', async () => {
    double.rulesets.readLag = 100;
    seedTheirs();
    const { report, requests } = await run('ensure', { timeoutSeconds: 10 });
    expect(requests.filter(r => !r.startsWith('GET'))).toEqual(['POST /rulesets/{id}/rules']);
    expect(requests.length).toBeGreaterThan(2);
    expect(report.failure).toMatch(
      /^The rule is written but not visible yet: Cloudflare accepted the write, and \d+ reads over \d+ s still show the rules as they were before it/,
    );
    expect(report.failure).toMatch(/mTLS is enabled on .* but not enforced/);
    expect(report.change).toBe('added');
    expect(oursNow()).toHaveLength(1);
  });

  it('another writer adds a rule between our read and our write: theirs kept, ours appended after it', async () => {
    seedTheirs(theirs.slice(0, 1));
    const late: RuleInput = { action: 'block', expression: 'ip.src eq 198.51.100.7', description: 'Added meanwhile' };
    double.rulesets.otherWriters.push({ after: 'GET', act: (rulesets, zone) => void rulesets.addRule(zone, late) });
    const { report, requests } = await run('ensure');
    // The first read back shows their rule but not ours yet: an older version than our write's answer.
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets/{id}/rules', ...CONFIRMED]);
    expect(rulesNow().map(r => r.description)).toEqual(['Block a bad network', 'Added meanwhile', RULE_DESCRIPTION]);
    expect(report.failure).toBeUndefined();
  });

  it('another writer creates the entrypoint between our read (404) and our create: ours added to theirs', async () => {
    double.rulesets.otherWriters.push({ after: 'GET', act: (rulesets, zone) => void rulesets.addRule(zone, theirs[0] as RuleInput) });
    const { report, requests } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets', ENTRYPOINT, 'POST /rulesets/{id}/rules', ...CONFIRMED]);
    expect(rulesNow().map(r => r.ref)).toEqual(['bad_network', RULE_REF]);
    expect(report).toMatchObject({ change: 'added', failure: undefined });
  });

  it('another writer removes a hostname from ours between our write and our read-back: fails, naming it', async () => {
    double.rulesets.readLag = 0;
    double.rulesets.otherWriters.push({
      after: 'POST',
      act: (rulesets, zone) => {
        const ours = rulesets.entrypoint(zone)?.rules.find(r => r.ref === RULE_REF);
        rulesets.changeRule(zone, ours?.id ?? '', { expression: ruleExpression(['api.example.com']) });
      },
    });
    const { report, requests } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets', ENTRYPOINT]);
    expect(report.failure).toMatch(/a read after the write shows the zone's custom rules changed since, where the rule does not cover admin\.example\.com/);
  });

  it('the answer to the POST is lost after Cloudflare added the rule: confirmed by reads, never a second copy', async () => {
    seedTheirs();
    const { report, requests } = await run('ensure', { faults: [{ type: 'none' }, { type: 'reset-after-processing' }] });
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets/{id}/rules', ...CONFIRMED]);
    expect(oursNow()).toHaveLength(1);
    expect(report.failure).toBeUndefined();
    expect(report.change).toBe('added');
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^Writing the zone's WAF custom rules failed: POST \/client\/v4\/zones\/[0-9a-f]{32}\/rulesets\/[0-9a-f]{32}\/rules failed: (ECONNRESET|UND_ERR_SOCKET).* all the same: the write was applied/,
      ),
    ]);
  });

  it('a 502 page in answer to the POST (nothing added): never sent again; fails saying the next run finds it by its ref', async () => {
    seedTheirs();
    const { report, requests } = await run('ensure', { faults: [{ type: 'none' }, { type: 'html', status: 502 }], timeoutSeconds: 10 });
    expect(requests.filter(r => !r.startsWith('GET'))).toEqual(['POST /rulesets/{id}/rules']);
    expect(oursNow()).toHaveLength(0);
    expect(report.failure).toMatch(/HTTP 502 .*The rules read back do not show the rule in place \(\d+ reads over \d+ s\)\. If the write was applied/);
    expect(report.failure).toMatch(/the next run finds it by its ref and does not add it twice/);
  });

  it('429 on the POST: nothing was added, so the rules are read again and the rule added then', async () => {
    const { report, requests, waits } = await run('ensure', { faults: [{ type: 'none' }, { type: 'status', status: 429, retryAfter: '2' }] });
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets', ENTRYPOINT, 'POST /rulesets', ...CONFIRMED]);
    expect(waits).toEqual([2000, 1000]);
    expect(oursNow()).toHaveLength(1);
    expect(report.failure).toBeUndefined();
  });

  it('503 on the PATCH: the rule is read again and the PATCH rebuilt from that read, keeping a hostname added meanwhile', async () => {
    const ours = seedOurs(['api.example.com']);
    double.rulesets.otherWriters.push({
      after: 'GET',
      act: (rulesets, zone) => rulesets.changeRule(zone, ours.id, { expression: ruleExpression(['api.example.com', 'shop.example.com']) }),
    });
    const { report, requests } = await run('ensure', { faults: [{ type: 'none' }, { type: 'status', status: 503 }] });
    expect(requests).toEqual([ENTRYPOINT, 'PATCH /rulesets/{id}/rules/{id}', ENTRYPOINT, 'PATCH /rulesets/{id}/rules/{id}', ...CONFIRMED]);
    expect(oursNow()[0]?.expression).toBe(ruleExpression(['admin.example.com', 'api.example.com', 'shop.example.com']));
    expect(report).toMatchObject({ change: 'widened', failure: undefined });
  });

  it('warns about an enabled skip rule before ours that names one of our hostnames', async () => {
    const skip = seedTheirs([
      {
        action: 'skip',
        expression: '(http.host eq "api.example.com" and ip.src in {192.0.2.0/24})',
        description: 'Office',
        action_parameters: { ruleset: 'current' },
      },
    ])[0];
    const { report, requests } = await run('ensure');
    expect(requests).toEqual([ENTRYPOINT, 'POST /rulesets/{id}/rules', ...CONFIRMED]);
    expect(report.findings).toEqual([
      { kind: 'skip-before', ruleId: skip?.id, position: 1, action: 'skip', description: 'Office', hostnames: ['api.example.com'] },
    ]);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^WAF custom rule "Office" \([0-9a-f]{32}, rule 1\) is enabled, skips, names api\.example\.com and comes before this action's rule/,
      ),
    ]);
  });

  it('hostnames that make an expression longer than Cloudflare takes: refused before any write', async () => {
    const hostnames = Array.from({ length: 100 }, (_, i) => `service-${i}-with-a-long-name.example.com`);
    const { report, requests } = await run('ensure', { hostnames });
    expect(requests).toEqual([ENTRYPOINT]);
    expect(report.failure).toMatch(
      /^The WAF custom rule cannot be written: the rule's expression for 100 hostnames would be \d+ characters, more than the 4096/,
    );
  });
});

describe('checkWafRule (read only: one GET)', () => {
  it('passes when ours is there, enabled, block, and covers every hostname', async () => {
    seedTheirs();
    seedOurs(HOSTNAMES);
    const { report, requests } = await run('check');
    expect(requests).toEqual([ENTRYPOINT]);
    expect(report).toMatchObject({ failure: undefined, change: 'none', warnings: [] });
  });

  it('fails when the rule was disabled or a hostname removed, and passes again when restored', async () => {
    const ours = seedOurs(HOSTNAMES);
    double.rulesets.changeRule(zoneId, ours.id, { enabled: false });
    const disabled = await run('check');
    expect(disabled.requests).toEqual([ENTRYPOINT]);
    expect(disabled.report.failure).toMatch(
      new RegExp(
        `^mTLS is not enforced on api\\.example\\.com, admin\\.example\\.com in zone ${zoneId}: the WAF custom rule of this action \\(${ours.id}\\) is disabled, so requests`,
      ),
    );
    expect(disabled.report.failure).toMatch(/To restore it, run a create step with hostnames and block-without-certificate: true/);

    double.rulesets.changeRule(zoneId, ours.id, { enabled: true, expression: ruleExpression(['api.example.com']) });
    double.reset();
    const narrowed = await run('check');
    expect(narrowed.requests).toEqual([ENTRYPOINT]);
    expect(narrowed.report.failure).toMatch(
      /^mTLS is not enforced on admin\.example\.com in zone [0-9a-f]{32}: the WAF custom rule of this action \([0-9a-f]{32}\) does not cover admin\.example\.com/,
    );

    double.rulesets.changeRule(zoneId, ours.id, { expression: ruleExpression(HOSTNAMES) });
    double.reset();
    const restored = await run('check');
    expect(restored.requests).toEqual([ENTRYPOINT]);
    expect(restored.report.failure).toBeUndefined();
  });

  it('fails when ours was edited by hand, showing the form to put back', async () => {
    seedOurs(HOSTNAMES, { expression: '(http.host in {"api.example.com" "admin.example.com"} and not cf.tls_client_auth.cert_verified)' });
    const { report, requests } = await run('check');
    expect(requests).toEqual([ENTRYPOINT]);
    expect(report.failure).toMatch(
      /has an expression that is not the one this action writes \(edited by hand\?\): the step cannot tell whether it checks both/,
    );
    expect(report.failure).toContain(
      'Put the expression back in the form this action writes ((http.host in {"admin.example.com" "api.example.com"} and (not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked)), with every hostname',
    );
    expect(report.rule).toMatchObject({ hostnames: undefined, enabled: true });
  });

  it('two rules with our ref: create changes neither, the check fails; both name them', async () => {
    const first = seedOurs(HOSTNAMES);
    const second = seedOurs(['api.example.com']);
    const before = JSON.stringify(rulesNow());
    const ensured = await run('ensure');
    expect(ensured.requests).toEqual([ENTRYPOINT]);
    expect(JSON.stringify(rulesNow())).toBe(before);
    expect(ensured.report.failure).toContain(`hold 2 rules with this action's ref ${RULE_REF} (${first.id}, ${second.id}), where there should be one`);
    double.reset();
    const checked = await run('check');
    expect(checked.report.failure).toMatch(/^mTLS on api\.example\.com, admin\.example\.com may not be enforced: the zone's custom rules hold 2 rules/);
  });

  it('fails when the zone has no rule of ours, or no custom rules at all', async () => {
    const none = await run('check');
    expect(none.report.failure).toMatch(
      /the zone has no WAF custom rule of this action \(ref mtls_action_require_valid_client_certificate\), nor any custom rules/,
    );
    seedTheirs();
    double.reset();
    const others = await run('check');
    expect(others.requests).toEqual([ENTRYPOINT]);
    expect(others.report.failure).toMatch(/the zone has no WAF custom rule of this action \(ref [a-z_]+\), so requests/);
  });

  it('a read refused: fails with block-without-certificate, naming "Zone WAF: Read"; without it, a note', async () => {
    const required = await run('check', { token: tokens.none });
    expect(required.requests).toEqual([ENTRYPOINT]);
    expect(required.report.failure).toMatch(
      /^Could not check that mTLS is enforced on .*: Reading the zone's WAF custom rules failed: Cloudflare API error 10000/,
    );
    expect(required.report.failure).toContain('"Zone WAF: Read"');
    double.reset();
    const optional = await run('check', { token: tokens.none, requireRule: false });
    expect(optional.report.failure).toBeUndefined();
    expect(optional.report.notes).toEqual([
      expect.stringMatching(/^The zone's WAF custom rules were not checked for rules that revoked certificates pass: .*"Zone WAF: Read"/),
    ]);
  });

  it('warns about a foreign rule that checks cert_verified without cert_revoked, even without block-without-certificate; its description stays data', async () => {
    const description = 'mTLS\n::error::pwned [link](https://evil.example) @team';
    const template = double.rulesets.addRule(zoneId, {
      action: 'block',
      expression: '(http.host eq "api.example.com" and not cf.tls_client_auth.cert_verified)',
      description,
    });
    const { report, requests, warnings } = await run('check', { requireRule: false, token: tokens.read });
    expect(requests).toEqual([ENTRYPOINT]);
    expect(report.failure).toBeUndefined();
    expect(report.findings).toEqual([{ kind: 'revoked-pass', ruleId: template.id, position: 1, action: 'block', description, hostnames: [] }]);
    expect(report.warnings).toEqual([
      expect.stringContaining(`WAF custom rule "${description}" (${template.id}, rule 1) checks cf.tls_client_auth.cert_verified but not`),
    ]);
    // Where it is shown: one log line (the line break escaped, no command), and inert markdown.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('\n');
    expect(warnings[0]).toContain('mTLS\\n::error::pwned');
    expect(markdownText(report.warnings[0] ?? '', 2000)).toContain('\\[link\\]\\(https\\:\u200b//evil.example\\) \\@\u200bteam');
  });

  it('no warning for a foreign rule that checks cert_revoked too, or is disabled', async () => {
    double.rulesets.addRule(zoneId, { action: 'block', expression: '(not cf.tls_client_auth.cert_verified or cf.tls_client_auth.cert_revoked)' });
    double.rulesets.addRule(zoneId, { action: 'block', expression: '(not cf.tls_client_auth.cert_verified)', enabled: false });
    const { report } = await run('check', { requireRule: false });
    expect(report.warnings).toEqual([]);
  });
});

describe('RulesetsClient', () => {
  const client = () => {
    const deadline = new Deadline(30_000);
    const log = { debug: () => {}, info: () => {} };
    return new RulesetsClient(
      new CloudflareClient({ apiUrl: double.url, credentials: { kind: 'api-token', token: tokens.edit }, userAgent: 'waf-test', deadline, maxRetries: 0, log }),
    );
  };

  it('reads a ruleset by id, checked', async () => {
    const ours = seedOurs(HOSTNAMES);
    const stored = double.rulesets.entrypoint(zoneId);
    const read = await client().ruleset(zoneId, stored?.id ?? '');
    expect(read).toMatchObject({ id: stored?.id, version: stored?.version, rules: [expect.objectContaining({ id: ours.id, ref: RULE_REF, enabled: true })] });
  });

  it.each([
    ['a ruleset id that walks the path', () => client().ruleset(zoneId, '../../user/tokens')],
    [
      '"phases" where a rule id goes',
      () => client().updateRule(zoneId, newId(), 'phases', { ref: 'x', expression: 'true', action: 'block', description: '', enabled: true }, 1),
    ],
    ['a certificate id where a ruleset id goes', () => client().ruleset(zoneId, '7bf7f70c-7600-42e1-81c4-e4c0da9aa515')],
  ])('refuses %s before any request', async (_name, send) => {
    await expect(send()).rejects.toThrow(/internal error: refusing a path/);
    expect(double.requests).toEqual([]);
  });
});
