// The whole rollout wired through the commands and publishing, in the test process (the end-to-end tests
// run the same through dist/ in test/e2e/waf-rule.test.ts): config from parseConfig, executeCommand with one
// client and one deadline (sleeps recorded), then publish. Certificate, hostnames, the WAF rule, in that order.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { executeCommand } from '../../src/commands/index.ts';
import type { CommandResult } from '../../src/commands/result.ts';
import { parseConfig } from '../../src/config/parse.ts';
import type { Config } from '../../src/config/types.ts';
import { Deadline } from '../../src/deadline.ts';
import { FileWriteError, publish } from '../../src/publish.ts';
import { RULE_DESCRIPTION, RULE_REF, ruleExpression } from '../../src/waf-rule.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newId, newToken, rawInputs } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';

const zoneId = newId();
const tokens = { edit: newToken(), wafRead: newToken(), check: newToken(), noWaf: newToken() };
const HOSTNAMES = ['api.example.com', 'admin.example.com'];
let double: CloudflareDouble;
let csr: GeneratedCsr;
let workspace: string;

beforeAll(async () => {
  double = await CloudflareDouble.start({
    tokens: [
      { token: tokens.edit, permission: 'write', waf: 'edit' },
      { token: tokens.wafRead, permission: 'write', waf: 'read' },
      { token: tokens.check, permission: 'read', waf: 'read' },
      { token: tokens.noWaf, permission: 'read' },
    ],
    zones: [zoneId],
    profile: 'schema',
  });
  csr = await generateCsr();
  workspace = await mkdtemp(join(tmpdir(), 'cf-mtls-rollout-'));
});
afterAll(() => double.close());
afterEach(() => {
  expect(double.rulesets.entrypointReplacements.size).toBe(0);
  double.reset();
  double.rulesets.clear();
  double.setHostnameAssociations(zoneId, []);
});

interface Run {
  readonly config: Config;
  readonly result: Exclude<CommandResult, { kind: 'account-list' }>;
  readonly infos: string[];
  readonly warnings: string[];
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

async function run(values: Parameters<typeof rawInputs>[0]): Promise<Run> {
  const config = await parseConfig(
    rawInputs({ 'zone-id': zoneId, 'api-url': double.url, hostnames: HOSTNAMES.join('\n'), 'block-without-certificate': 'true', ...values }),
    { workingDirectory: workspace, env: { RUNNER_TEMP: workspace, GITHUB_REPOSITORY: 'octo-org/deploy' } },
  );
  const infos: string[] = [];
  const warnings: string[] = [];
  const log = { debug: () => {}, info: (m: string) => void infos.push(m), warning: (m: string) => void warnings.push(m) };
  const deadline = new Deadline(config.timeoutMs);
  const result = await executeCommand(config, { deadline, log, mask: () => {}, sleep: async () => {} });
  if (result.kind === 'account-list') throw new Error('a zone command gave an account inventory');
  const published = await publish(config, result, { deadline, log, saveState: () => {} });
  return { config, result, infos, warnings, outputs: published.outputs as Record<string, string>, summary: published.summary ?? '' };
}

const create = (values: Parameters<typeof rawInputs>[0] = {}) => run({ 'api-token': tokens.edit, csr: csr.csrPem, ...values });
const rulesNow = () => double.rulesets.entrypoint(zoneId)?.rules ?? [];
const seedOurs = (hostnames: readonly string[], change = {}) =>
  double.rulesets.addRule(zoneId, { action: 'block', expression: ruleExpression(hostnames), description: RULE_DESCRIPTION, ref: RULE_REF, ...change });

describe('create with hostnames and block-without-certificate', () => {
  it('certificate, then hostnames, then the rule: outputs and summary say so', async () => {
    const { result, outputs, summary } = await create();
    expect(double.requests.map(r => `${r.method} ${r.path.split('/').slice(5, 7).join('/')}`)).toEqual([
      'POST client_certificates',
      'GET certificate_authorities/hostname_associations',
      'PUT certificate_authorities/hostname_associations',
      'GET certificate_authorities/hostname_associations',
      'GET rulesets/phases',
      'POST rulesets',
      'GET rulesets/phases',
    ]);
    expect(result.failures).toEqual([]);
    expect(result.waf).toMatchObject({ required: true, change: 'created-entrypoint', unenforced: [], failure: undefined });
    expect(outputs['waf-rule-id']).toBe(rulesNow()[0]?.id);
    expect(outputs['waf-ruleset-id']).toBe(double.rulesets.entrypoint(zoneId)?.id);
    expect(summary).toContain("| This step | Created the zone's custom rules, holding only this rule |");
  });

  it('a rule that cannot be written fails after the certificate and hostnames, with what a re-run means for the certificate (CSR)', async () => {
    const { result, outputs, summary } = await create({ 'api-token': tokens.wafRead });
    expect(result.kind === 'certificate' && result.hostnames?.added).toEqual(HOSTNAMES);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(/"Zone WAF: Edit".* mTLS is enabled on api\.example\.com, admin\.example\.com but not enforced: /);
    expect(result.failures[0]).toMatch(
      /Certificate [0-9a-f-]{32,36} was issued and its outputs are set: run the step again with reuse-existing: true to add the rule without issuing another, or add it in the dashboard: Security > WAF > Custom rules\.$/,
    );
    expect(result.waf?.unenforced).toEqual(HOSTNAMES);
    expect(outputs.id).toBe(result.kind === 'certificate' ? result.certificate.id : '');
    expect(outputs['hostnames-added']).toBe(JSON.stringify(HOSTNAMES));
    expect(summary).toContain('| api.example.com | ❌ not blocked |');
  });

  it('with a generated key, says to add the rule by hand: a re-run issues another certificate and key', async () => {
    const { result } = await create({ 'api-token': tokens.wafRead, csr: '', 'generate-key': 'true', 'common-name': 'client' });
    expect(result.failures[0]).toMatch(
      /was issued for the key generated in this step, and its outputs and key file are set: add the rule in the dashboard: Security > WAF > Custom rules\. Running the step again issues another certificate and key/,
    );
  });

  it('with a reused certificate, says it is unchanged', async () => {
    double.listingLag = 0;
    const values = { 'reuse-existing': 'true' };
    await create({ ...values, 'block-without-certificate': 'false' });
    double.reset();
    const { result } = await create({ ...values, 'api-token': tokens.wafRead });
    expect(result.kind === 'certificate' && result.reused).toBe(true);
    expect(result.failures[0]).toMatch(
      /was reused and is unchanged; its outputs are set\. Run the step again, or add the rule in the dashboard: Security > WAF > Custom rules\.$/,
    );
  });

  it('does not write the rule when the hostnames failed, and warns that it was not written', async () => {
    const { result, warnings, outputs } = await create({ hostnames: 'api.example.com\nwww.other-zone.test' });
    expect(double.requests.some(r => r.path.includes('/rulesets'))).toBe(false);
    expect(result.failures).toHaveLength(1);
    expect(result.waf).toMatchObject({ change: 'none', unenforced: undefined, failure: undefined });
    expect(warnings.filter(w => w.startsWith('The WAF custom rule that blocks requests without a valid client certificate was not written'))).toHaveLength(1);
    expect(outputs['waf-rule-id']).toBeUndefined();
  });

  it('a file that cannot be written after the rule was added says the rule stays, and any failure of it', () => {
    const waf = { change: 'added', ruleId: 'ab'.repeat(16), failure: 'The rule is written but not visible yet.' } as const;
    const result = { kind: 'certificate', certificate: { id: 'c'.repeat(32) }, failures: [], requests: 1, reused: true, waf } as never;
    const error = new FileWriteError({ command: 'create' } as Config, result, new Error('EACCES'));
    expect(error.message).toBe(
      `Could not write a file: EACCES. Certificate ${'c'.repeat(32)} was reused and is unchanged. This step added the WAF custom rule that blocks requests without a valid client certificate (${'ab'.repeat(16)}); that stays. Also: The rule is written but not visible yet.`,
    );
  });
});

describe('get and list with hostnames', () => {
  it('get with block-without-certificate: a disabled rule fails the step, on every hostname', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    double.setHostnameAssociations(zoneId, HOSTNAMES);
    const ours = seedOurs(HOSTNAMES, { enabled: false });
    const { result, outputs } = await run({ command: 'get', 'api-token': tokens.check, 'certificate-id': seeded.id });
    expect(result.failures).toEqual([expect.stringMatching(/^mTLS is not enforced on api\.example\.com, admin\.example\.com in zone .*is disabled/)]);
    expect(result.waf?.unenforced).toEqual(HOSTNAMES);
    expect(outputs['waf-rule-id']).toBe(ours.id);
  });

  it('list with block-without-certificate: a rule without a hostname fails the step on that one', async () => {
    await double.seed(zoneId, csr.csrPem, 365);
    double.setHostnameAssociations(zoneId, HOSTNAMES);
    seedOurs(['api.example.com']);
    const { result, summary } = await run({ command: 'list', 'api-token': tokens.check });
    expect(result.failures).toEqual([expect.stringMatching(/^mTLS is not enforced on admin\.example\.com in zone /)]);
    expect(result.waf?.unenforced).toEqual(['admin.example.com']);
    expect(summary).toContain('| admin.example.com | ❌ not blocked |');
  });

  it('list without block-without-certificate, token without "Zone WAF: Read": an info line and the summary say the check was skipped; no warning', async () => {
    await double.seed(zoneId, csr.csrPem, 365);
    double.setHostnameAssociations(zoneId, HOSTNAMES);
    const { result, infos, warnings, summary } = await run({ command: 'list', 'api-token': tokens.noWaf, 'block-without-certificate': 'false' });
    expect(result.failures).toEqual([]);
    expect(warnings).toEqual([]);
    expect(infos.filter(line => line.startsWith("The zone's WAF custom rules were not checked for rules that revoked certificates pass"))).toHaveLength(1);
    expect(summary).toContain('#### WAF custom rules');
    expect(result.waf).toMatchObject({ required: false, unenforced: undefined, notes: [expect.stringContaining('"Zone WAF: Read"')] });
  });

  it('get without block-without-certificate: a foreign rule that revoked certificates pass is a warning, never a failure', async () => {
    const seeded = await double.seed(zoneId, csr.csrPem, 365);
    double.setHostnameAssociations(zoneId, HOSTNAMES);
    double.rulesets.addRule(zoneId, { action: 'block', expression: 'not cf.tls_client_auth.cert_verified', description: 'Template' });
    const { result, warnings } = await run({ command: 'get', 'api-token': tokens.check, 'certificate-id': seeded.id, 'block-without-certificate': 'false' });
    expect(result.failures).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^WAF custom rule "Template" \([0-9a-f]{32}, rule 1\) checks cf\.tls_client_auth\.cert_verified but not/)]);
  });
});
