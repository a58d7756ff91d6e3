import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FileReadError, readRegularFile } from '../../src/config/files.ts';
import { InputError, parseConfig } from '../../src/config/parse.ts';
import type { Config, InputName } from '../../src/config/types.ts';
import { newGlobalKey, newId, newToken, rawInputs } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';

// Generated before the tables below are built, as they embed it.
const csr: GeneratedCsr = await generateCsr({ keyType: 'ec-p256' });
let workspace: string;
const token = newToken();
const zoneId = newId();

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'inputs-'));
  await writeFile(join(workspace, 'client.csr'), csr.csrPem);
  await mkdir(join(workspace, 'a-folder'));
});

const runnerEnv = { RUNNER_TEMP: '/runner/temp', GITHUB_REPOSITORY: 'octo-org/payments-api' };
let env: Record<string, string | undefined> = runnerEnv;
const parse = (values: Parameters<typeof rawInputs>[0]): Promise<Config> => parseConfig(rawInputs(values), { workingDirectory: workspace, env });

async function problemsOf(values: Parameters<typeof rawInputs>[0]): Promise<{ input: InputName; message: string }[]> {
  try {
    await parse(values);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return [...(error as InputError).problems];
  }
  throw new Error('expected the inputs to be rejected');
}

const create = (extra: Parameters<typeof rawInputs>[0] = {}): Parameters<typeof rawInputs>[0] => ({
  'zone-id': zoneId,
  'api-token': token,
  csr: csr.csrPem,
  ...extra,
});
const get = (extra: Parameters<typeof rawInputs>[0] = {}): Parameters<typeof rawInputs>[0] => ({
  command: 'get',
  'zone-id': zoneId,
  'api-token': token,
  'certificate-id': newId(),
  ...extra,
});

describe('valid inputs', () => {
  it('gives create with its defaults', async () => {
    const config = await parse(create());
    expect(config).toMatchObject({
      command: 'create',
      zoneId,
      credentials: { kind: 'api-token', token },
      apiUrl: 'https://api.cloudflare.com/client/v4',
      validityDays: 3650,
      requireActive: true,
      minDaysRemaining: undefined,
      certificateFile: undefined,
      timeoutMs: 60_000,
      maxRetries: 3,
    });
    expect(config.command === 'create' && config.csr.kind === 'given' && config.csr.request.pem).toBe(csr.csrPem.replace(/\r?\n?$/, '\n'));
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads a CSR file relative to the workspace and resolves the certificate file there', async () => {
    const config = await parse(create({ csr: '', 'csr-file': 'client.csr', 'certificate-file': 'out/client.pem' }));
    expect(config.command).toBe('create');
    expect(config.certificateFile).toBe(join(workspace, 'out/client.pem'));
  });

  it('takes the legacy Global API Key pair', async () => {
    const key = newGlobalKey();
    const config = await parse(create({ 'api-token': '', 'api-email': 'ops@example.com', 'api-key': key }));
    expect(config.credentials).toEqual({ kind: 'global-api-key', email: 'ops@example.com', key });
  });

  it('lower-cases identifiers and accepts get with its options', async () => {
    const id = newId();
    const config = await parse(
      get({ 'zone-id': zoneId.toUpperCase(), 'certificate-id': id.toUpperCase(), 'min-days-remaining': '30', 'require-active': 'false' }),
    );
    expect(config).toMatchObject({ command: 'get', zoneId, certificateId: id, minDaysRemaining: 30, requireActive: false });
  });

  it.each([
    ['http://127.0.0.1:8080/client/v4/', 'http://127.0.0.1:8080/client/v4'],
    ['http://localhost:9/api', 'http://localhost:9/api'],
    ['http://[::1]:9/client/v4', 'http://[::1]:9/client/v4'],
    ['https://api.cloudflare.com/client/v4', 'https://api.cloudflare.com/client/v4'],
  ])('accepts api-url %s', async (url, expected) => {
    expect((await parse(create({ 'api-url': url }))).apiUrl).toBe(expected);
  });

  it('accepts get with validity-days set, as the runner always passes its default', async () => {
    expect((await parse(get({ 'validity-days': '3650' }))).command).toBe('get');
  });

  it.each(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])('accepts require-active %s', async value => {
    expect((await parse(get({ 'require-active': value }))).requireActive).toBe(value.toLowerCase() === 'true');
  });
});

describe('lifecycle inputs', () => {
  it('generates a key under RUNNER_TEMP, named after the repository', async () => {
    const config = await parse(create({ csr: '', 'generate-key': 'true', organization: 'Example, Inc.' }));
    expect(config.command === 'create' && config.csr).toEqual({
      kind: 'generate',
      key: {
        keyType: 'ecdsa-p256',
        commonName: 'payments-api',
        organization: 'Example, Inc.',
        organizationalUnit: undefined,
        country: undefined,
        state: undefined,
        locality: undefined,
        privateKeyFile: { kind: 'runner-temp', runnerTemp: '/runner/temp' },
      },
    });
  });

  it('writes a generated key where private-key-file says, which the post step leaves alone', async () => {
    const config = await parse(create({ csr: '', 'generate-key': 'true', 'key-type': 'rsa-3072', 'private-key-file': 'keys/c.key', 'common-name': 'x' }));
    expect(config.command === 'create' && config.csr.kind === 'generate' && config.csr.key).toMatchObject({
      keyType: 'rsa-3072',
      privateKeyFile: { kind: 'given', path: join(workspace, 'keys/c.key') },
    });
  });

  it('reads revoke, reactivate and list', async () => {
    const id = newId();
    expect(await parse(get({ command: 'revoke', 'certificate-id': id, wait: 'true' }))).toMatchObject({ command: 'revoke', certificateId: id, wait: true });
    expect(await parse(get({ command: 'reactivate', 'certificate-id': id }))).toMatchObject({ command: 'reactivate', wait: false });
    expect(await parse(get({ command: 'list', 'certificate-id': '', 'list-status': 'all' }))).toMatchObject({
      command: 'list',
      status: 'all',
      trackingIssue: undefined,
    });
  });

  it('reads the tracking issue from github-token and GITHUB_REPOSITORY', async () => {
    const config = await parse(get({ 'github-token': 'ghs_abcdefgh', 'issue-label': 'cert-check' }));
    expect(config.command === 'get' && config.trackingIssue).toEqual({
      token: 'ghs_abcdefgh',
      label: 'cert-check',
      repository: { owner: 'octo-org', repo: 'payments-api' },
    });
  });

  it('tolerates the defaults the runner passes to every command', async () => {
    const defaults = {
      'key-type': 'ecdsa-p256',
      status: 'active',
      wait: 'false',
      'reuse-existing': 'false',
      'generate-key': 'false',
      'validity-days': '3650',
      'issue-label': 'client-certificate-expiry',
    };
    for (const command of ['create', 'get', 'revoke', 'reactivate', 'list']) {
      const values = command === 'create' ? create(defaults) : get({ ...defaults, command, 'certificate-id': command === 'list' ? '' : newId() });
      expect((await parse(values)).command).toBe(command);
    }
  });

  const withoutRunner = (values: Parameters<typeof rawInputs>[0]): Promise<Config> => {
    env = {};
    return parse(values).finally(() => (env = runnerEnv));
  };

  it.each([
    ['generate-key with csr', create({ 'generate-key': 'true' }), 'generate-key', /cannot be combined with csr/],
    ['generate-key with csr-file', create({ csr: '', 'csr-file': 'client.csr', 'generate-key': 'true' }), 'generate-key', /cannot be combined with csr-file/],
    ['generate-key with reuse-existing', create({ csr: '', 'generate-key': 'true', 'reuse-existing': 'true' }), 'reuse-existing', /a new key never matches/],
    ['generate-key on get', get({ 'generate-key': 'true' }), 'generate-key', /only used by command "create"/],
    ['reuse-existing on get', get({ 'reuse-existing': 'true' }), 'reuse-existing', /only used by command "create"/],
    ['reuse-existing maybe', create({ 'reuse-existing': 'maybe' }), 'reuse-existing', /true or false/],
    ['key-type dsa', create({ csr: '', 'generate-key': 'true', 'key-type': 'dsa' }), 'key-type', /"dsa"; use one of: ecdsa-p256, rsa-2048, rsa-3072/],
    ['common-name without generate-key', create({ 'common-name': 'x' }), 'common-name', /only used with generate-key: true/],
    ['private-key-file without generate-key', create({ 'private-key-file': 'k.pem' }), 'private-key-file', /only used with generate-key: true/],
    ['country USA', create({ csr: '', 'generate-key': 'true', country: 'USA' }), 'country', /two-letter ISO 3166/],
    ['common-name too long', create({ csr: '', 'generate-key': 'true', 'common-name': 'x'.repeat(65) }), 'common-name', /at most 64 characters/],
    ['wait on get', get({ wait: 'true' }), 'wait', /only used by command "revoke" or "reactivate"/],
    [
      'min-days-remaining on revoke',
      get({ command: 'revoke', 'min-days-remaining': '30' }),
      'min-days-remaining',
      /only used by command "create", "get" or "list"/,
    ],
    [
      'certificate-file on list',
      get({ command: 'list', 'certificate-id': '', 'certificate-file': 'c.pem' }),
      'certificate-file',
      /list has no single certificate/,
    ],
    [
      'status unknown',
      get({ command: 'list', 'certificate-id': '', 'list-status': 'expired' }),
      'list-status',
      /use one of: all, active, pending_reactivation, pending_revocation, revoked/,
    ],
    ['github-token on create', create({ 'github-token': 'ghs_abcdefgh' }), 'github-token', /only used by command "get" or "list"/],
    ['issue-label with a comma', get({ 'github-token': 'ghs_abcdefgh', 'issue-label': 'a,b' }), 'issue-label', /without commas/],
    ['revoke without certificate-id', get({ command: 'revoke', 'certificate-id': '' }), 'certificate-id', /required by command "revoke"/],
    ['list with certificate-id', get({ command: 'list' }), 'certificate-id', /only used by command "get", "revoke" or "reactivate"/],
    [
      'certificate-id the zone id (in another case)',
      get({ command: 'reactivate', 'certificate-id': zoneId.toUpperCase() }),
      'certificate-id',
      /^is the same as zone-id, so it is the zone's id, not a certificate's: give the certificate's id, .*\(the id output of the step that created the certificate\)$/,
    ],
  ])('%s', async (_name, values, input, message) => {
    await expect(parse(values)).rejects.toMatchObject({ problems: [{ input, message: expect.stringMatching(message) }] });
  });

  it.each([
    [
      'generate-key outside a runner, without private-key-file',
      create({ csr: '', 'generate-key': 'true', 'common-name': 'x' }),
      'private-key-file',
      /required with generate-key: true when RUNNER_TEMP is not set/,
    ],
    [
      'generate-key outside a runner, without common-name',
      create({ csr: '', 'generate-key': 'true', 'private-key-file': 'k' }),
      'common-name',
      /required with generate-key: true when GITHUB_REPOSITORY is not set/,
    ],
    ['github-token outside a runner', get({ 'github-token': 'ghs_abcdefgh' }), 'github-token', /needs GITHUB_REPOSITORY/],
  ])('%s', async (_name, values, input, message) => {
    await expect(withoutRunner(values)).rejects.toMatchObject({ problems: [{ input, message: expect.stringMatching(message) }] });
  });
});

describe('each bad input gives exactly one problem that names it', () => {
  const cases: [string, Parameters<typeof rawInputs>[0], InputName, RegExp][] = [
    ['unknown command', create({ command: 'issue' }), 'command', /"issue", which is not a command; use one of: create, get, revoke, reactivate, list$/],
    ['zone-id missing', create({ 'zone-id': '' }), 'zone-id', /is required/],
    ['zone-id too short', create({ 'zone-id': 'abc123' }), 'zone-id', /32 hexadecimal characters.*got 6 characters/],
    ['zone-id path traversal', create({ 'zone-id': '../../../accounts/0123456789abcdef' }), 'zone-id', /32 hexadecimal characters/],
    ['zone-id with a slash', create({ 'zone-id': `${zoneId.slice(0, 31)}/` }), 'zone-id', /not hexadecimal/],
    ['no credentials', create({ 'api-token': '' }), 'api-token', /is required: give an API token/],
    ['token and key', create({ 'api-key': newGlobalKey() }), 'api-token', /cannot be combined with api-key/],
    ['token and email', create({ 'api-email': 'ops@example.com' }), 'api-token', /cannot be combined with api-email/],
    ['email without key', create({ 'api-token': '', 'api-email': 'ops@example.com' }), 'api-key', /required when api-email is set/],
    ['key without email', create({ 'api-token': '', 'api-key': newGlobalKey() }), 'api-email', /required when api-key is set/],
    ['email not an address', create({ 'api-token': '', 'api-email': 'ops', 'api-key': newGlobalKey() }), 'api-email', /not an email address/],
    ['token with a line break', create({ 'api-token': `${token}\nX-Injected: 1` }), 'api-token', /line breaks/],
    ['validity-days abc', create({ 'validity-days': 'abc' }), 'validity-days', /whole number.*not "abc"/],
    ['validity-days 0', create({ 'validity-days': '0' }), 'validity-days', /between 1 and 36500, not 0/],
    ['validity-days -5', create({ 'validity-days': '-5' }), 'validity-days', /whole number/],
    ['validity-days 1.5', create({ 'validity-days': '1.5' }), 'validity-days', /whole number/],
    ['validity-days 1e3', create({ 'validity-days': '1e3' }), 'validity-days', /whole number/],
    ['validity-days 0x10', create({ 'validity-days': '0x10' }), 'validity-days', /whole number/],
    ['validity-days too large', create({ 'validity-days': '36501' }), 'validity-days', /between 1 and 36500/],
    ['csr missing', create({ csr: '' }), 'csr', /is required by command "create".*secret/],
    ['csr and csr-file', create({ 'csr-file': 'client.csr' }), 'csr-file', /cannot be combined with csr/],
    ['csr-file missing', create({ csr: '', 'csr-file': 'nope.csr' }), 'csr-file', /cannot be read.*no such file/],
    ['csr-file is a folder', create({ csr: '', 'csr-file': 'a-folder' }), 'csr-file', /cannot be read.*folder/],
    ['csr not PEM', create({ csr: 'hello world' }), 'csr', /is not PEM/],
    ['csr PEM cut off', create({ csr: '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n' }), 'csr', /incomplete PEM block/],
    [
      'csr is a certificate',
      create({ csr: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----' }),
      'csr',
      /is a PEM "CERTIFICATE", not a "CERTIFICATE REQUEST"/,
    ],
    ['csr body not base64', create({ csr: '-----BEGIN CERTIFICATE REQUEST-----\nnot*base64!\n-----END CERTIFICATE REQUEST-----' }), 'csr', /not valid base64/],
    [
      'csr body does not parse',
      create({ csr: '-----BEGIN CERTIFICATE REQUEST-----\nAAAAAAAA\n-----END CERTIFICATE REQUEST-----' }),
      'csr',
      /does not parse as a PKCS#10/,
    ],
    ['get without certificate-id', get({ 'certificate-id': '' }), 'certificate-id', /is required by command "get"/],
    ['certificate-id not hex', get({ 'certificate-id': 'zz'.repeat(16) }), 'certificate-id', /32 hexadecimal characters/],
    ['get with csr', get({ csr: 'x' }), 'csr', /only used by command "create"/],
    ['get with csr-file', get({ 'csr-file': 'client.csr' }), 'csr-file', /only used by command "create"/],
    ['create with certificate-id', create({ 'certificate-id': newId() }), 'certificate-id', /only used by command "get"/],
    ['api-url malformed', create({ 'api-url': 'not a url' }), 'api-url', /is not a URL/],
    ['api-url plain http to a remote host', create({ 'api-url': 'http://api.cloudflare.com/client/v4' }), 'api-url', /must use https/],
    ['api-url http to a private address', create({ 'api-url': 'http://10.0.0.5/client/v4' }), 'api-url', /must use https/],
    ['api-url ftp', create({ 'api-url': 'ftp://127.0.0.1/' }), 'api-url', /must be an https URL/],
    ['api-url with a password', create({ 'api-url': 'https://user:pw@api.cloudflare.com/client/v4' }), 'api-url', /user name or password/],
    ['api-url with a query', create({ 'api-url': 'https://api.cloudflare.com/client/v4?x=1' }), 'api-url', /query string/],
    ['min-days-remaining abc', get({ 'min-days-remaining': 'abc' }), 'min-days-remaining', /whole number/],
    ['min-days-remaining -1', get({ 'min-days-remaining': '-1' }), 'min-days-remaining', /whole number/],
    ['min-days-remaining 2.5', get({ 'min-days-remaining': '2.5' }), 'min-days-remaining', /whole number/],
    ['require-active yes', get({ 'require-active': 'yes' }), 'require-active', /true or false/],
    ['timeout-seconds 0', get({ 'timeout-seconds': '0' }), 'timeout-seconds', /between 1 and 3600/],
    ['max-retries 11', get({ 'max-retries': '11' }), 'max-retries', /between 0 and 10/],
  ];

  it.each(cases)('%s', async (_name, values, input, message) => {
    const problems = await problemsOf(values);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.input).toBe(input);
    expect(problems[0]?.message).toMatch(message);
  });

  it('reports every bad input at once, one problem each', async () => {
    const problems = await problemsOf({ command: 'get', 'zone-id': 'x', 'api-token': '', 'certificate-id': '' });
    expect(problems.map(p => p.input)).toEqual(['zone-id', 'api-token', 'certificate-id']);
  });

  it('rejects a CSR whose signature does not verify (altered after signing)', async () => {
    const der = Buffer.from(csr.csrPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    // Flip one bit inside the subject: the structure still parses, the signature no longer matches.
    const subjectOffset = der.indexOf(Buffer.from('Example Corp'));
    der[subjectOffset] = (der[subjectOffset] ?? 0) ^ 0x01;
    const altered = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`;
    const problems = await problemsOf(create({ csr: altered }));
    expect(problems).toEqual([{ input: 'csr', message: expect.stringMatching(/signature that does not verify/) }]);
  });

  it('never quotes a private key pasted as the CSR', async () => {
    const problems = await problemsOf(create({ csr: csr.privateKeyPem }));
    expect(problems).toEqual([{ input: 'csr', message: expect.stringMatching(/^is a private key \(PEM "PRIVATE KEY"\), not a certificate request\. /) }]);
    const body = csr.privateKeyPem.split('\n')[1] ?? '';
    expect(body.length).toBeGreaterThan(20);
    expect(JSON.stringify(problems)).not.toContain(body.slice(0, 20));
  });

  it('never quotes a token in its complaint', async () => {
    const problems = await problemsOf(create({ 'api-key': 'abc', 'api-token': token }));
    expect(JSON.stringify(problems)).not.toContain(token);
  });
});

describe('inputs given where they do nothing (config/usage.ts)', () => {
  const generating = (extra: Parameters<typeof rawInputs>[0] = {}): Parameters<typeof rawInputs>[0] => create({ csr: '', 'generate-key': 'true', ...extra });

  it.each([
    [
      'mtls-certificate-id without hostnames',
      get({ 'mtls-certificate-id': 'b2134436-2555-4acf-be5b-26c48136575e' }),
      'mtls-certificate-id',
      /^is only used with hostnames: list the hostnames that should trust that CA, or remove it$/,
    ],
    [
      'hostnames on revoke',
      get({ command: 'revoke', hostnames: 'api.example.com' }),
      'hostnames',
      /^is only used by command "create" \(to enable mTLS on them\) or "get" and "list" \(to check it\); remove it, or change command$/,
    ],
    [
      'pkcs12-algorithms legacy without a bundle',
      generating({ 'pkcs12-algorithms': 'legacy' }),
      'pkcs12-algorithms',
      /^is only used when a PKCS#12 bundle is written: set pkcs12-password \(and pkcs12-file\), or remove it$/,
    ],
    [
      'output-private-key without generate-key',
      create({ 'output-private-key': 'true' }),
      'output-private-key',
      /^is only used with generate-key: true; remove it, or set generate-key: true$/,
    ],
    [
      'pkcs12-password without generate-key',
      create({ 'pkcs12-password': 'correct horse' }),
      'pkcs12-password',
      /^is only used with generate-key: true; remove it, or set generate-key: true$/,
    ],
    ['list-status on get', get({ 'list-status': 'revoked' }), 'list-status', /^is only used by command "list"; remove it, or change command$/],
    ['fail-on-empty on get', get({ 'fail-on-empty': 'True' }), 'fail-on-empty', /^is only used by command "list"; remove it, or change command$/],
    [
      'block-without-certificate without hostnames',
      create({ 'block-without-certificate': 'true' }),
      'block-without-certificate',
      /^is only used with hostnames: list the hostnames whose requests without a valid client certificate are to be blocked, or remove it$/,
    ],
    [
      'block-without-certificate on revoke without hostnames',
      get({ command: 'revoke', 'block-without-certificate': 'true' }),
      'block-without-certificate',
      /^is only used with hostnames: /,
    ],
    [
      'block-without-certificate that is not a boolean',
      create({ hostnames: 'api.example.com', 'block-without-certificate': 'on' }),
      'block-without-certificate',
      /^must be true or false, not "on"$/,
    ],
  ])('%s', async (_name, values, input, message) => {
    expect(await problemsOf(values)).toEqual([{ input, message: expect.stringMatching(message) }]);
  });

  it('does not judge inputs by command when the command is not one', async () => {
    const problems = await problemsOf(get({ command: 'renew', wait: 'true', 'list-status': 'revoked', 'output-private-key': 'true' }));
    expect(problems.map(p => p.input)).toEqual(['command', 'output-private-key']);
  });

  it('takes the defaults the runner passes as not given', async () => {
    await expect(
      parse(get({ 'list-status': 'active', wait: 'false', 'fail-on-empty': 'false', 'pkcs12-algorithms': 'modern', 'block-without-certificate': 'false' })),
    ).resolves.toMatchObject({
      command: 'get',
    });
  });

  it.each(['create', 'get', 'list'] as const)('reads block-without-certificate with hostnames on %s, off by default', async command => {
    const values =
      command === 'create'
        ? create({ hostnames: 'api.example.com' })
        : get({ command, hostnames: 'api.example.com', ...(command === 'list' ? { 'certificate-id': '' } : {}) });
    expect(await parse({ ...values, 'block-without-certificate': 'true' })).toMatchObject({
      hostnames: { names: ['api.example.com'], blockWithoutCertificate: true },
    });
    expect(await parse(values)).toMatchObject({ hostnames: { blockWithoutCertificate: false } });
  });
});

describe('every zone of an account: list with account-id instead of zone-id', () => {
  const accountId = newId();
  const account = (extra: Parameters<typeof rawInputs>[0] = {}): Parameters<typeof rawInputs>[0] => ({
    command: 'list',
    'account-id': accountId.toUpperCase(),
    'api-token': token,
    ...extra,
  });

  it('gives an account config with its defaults: a budget of 600, failing when incomplete, its own issue label', async () => {
    const config = await parse(account({ 'github-token': 'ghs_abcdefgh', 'min-days-remaining': '30', 'list-status': 'all', 'fail-on-empty': 'true' }));
    expect(config).toMatchObject({
      command: 'list',
      accountId,
      status: 'all',
      minDaysRemaining: 30,
      failOnEmpty: true,
      requestBudget: 600,
      failOnIncomplete: true,
      trackingIssue: { label: 'client-certificate-expiry-account' },
    });
    expect(config.zoneId).toBeUndefined();
    expect('hostnames' in config).toBe(false);
    // A zone's check keeps its own default label, so that a team with both gets two issues.
    expect(await parse(get({ 'github-token': 'ghs_abcdefgh' }))).toMatchObject({ trackingIssue: { label: 'client-certificate-expiry' } });
    expect(await parse(account({ 'github-token': 'ghs_abcdefgh', 'issue-label': 'certs' }))).toMatchObject({ trackingIssue: { label: 'certs' } });
  });

  it('reads request-budget and fail-on-incomplete, and takes the defaults the runner passes as not given', async () => {
    expect(await parse(account({ 'request-budget': '1200', 'fail-on-incomplete': 'False' }))).toMatchObject({ requestBudget: 1200, failOnIncomplete: false });
    expect(await parse(get({ 'request-budget': '600', 'fail-on-incomplete': 'true' }))).toMatchObject({ command: 'get' });
  });

  it.each([
    ['zone-id and account-id', account({ 'zone-id': zoneId }), 'account-id', /^cannot be combined with zone-id: give zone-id to check one zone, or account-id/],
    [
      'neither, on list',
      account({ 'account-id': '' }),
      'zone-id',
      /^is required: give the Zone ID .*; or, to check every zone of an account, give account-id instead$/,
    ],
    ['neither, on get', get({ 'zone-id': '' }), 'zone-id', /^is required: give the Zone ID on the zone's Overview page in the Cloudflare dashboard$/],
    ['account-id on get', get({ 'account-id': accountId }), 'account-id', /^is only used by command "list" \(to check every zone of an account\); remove it/],
    [
      'account-id a UUID',
      account({ 'account-id': '7bf7f70c-7600-42e1-81c4-e4c0da9aa515' }),
      'account-id',
      /^must be 32 hexadecimal characters \(the Account ID/,
    ],
    ['hostnames with account-id', account({ hostnames: 'api.example.com' }), 'hostnames', /^is about one zone, and is not used with account-id/],
    ['hostnames with account-id, even a bad list', account({ hostnames: 'not a host' }), 'hostnames', /^is about one zone/],
    [
      'request-budget 0',
      account({ 'request-budget': '0' }),
      'request-budget',
      /^must be between 1 and 1200, not 0: Cloudflare allows 1200 requests per 5 minutes per user/,
    ],
    ['request-budget 1201', account({ 'request-budget': '1201' }), 'request-budget', /^must be between 1 and 1200, not 1201: /],
    ['request-budget 6e2', account({ 'request-budget': '6e2' }), 'request-budget', /^must be a whole number of 1 or more/],
    [
      'request-budget without account-id',
      get({ command: 'list', 'certificate-id': '', 'request-budget': '100' }),
      'request-budget',
      /^is only used with account-id/,
    ],
    ['fail-on-incomplete false without account-id', get({ 'fail-on-incomplete': 'false' }), 'fail-on-incomplete', /^is only used with account-id/],
    ['fail-on-incomplete maybe', account({ 'fail-on-incomplete': 'maybe' }), 'fail-on-incomplete', /^must be true or false, not "maybe"$/],
  ])('%s: one problem', async (_name, values, input, message) => {
    expect(await problemsOf(values)).toEqual([{ input, message: expect.stringMatching(message) }]);
  });

  it('hostnames with account-id on create are not judged per zone: account-id is the problem there', async () => {
    const problems = await problemsOf(create({ 'zone-id': '', 'account-id': accountId, hostnames: 'api.example.com' }));
    expect(problems.map(p => p.input)).toEqual(['zone-id', 'account-id']);
  });
});

describe('the files a run will write (config/files.ts)', () => {
  const generating = (extra: Parameters<typeof rawInputs>[0] = {}): Parameters<typeof rawInputs>[0] =>
    create({ csr: '', 'generate-key': 'true', 'pkcs12-password': 'correct horse', ...extra });

  it.each([
    [
      'private-key-file as certificate-file',
      { 'private-key-file': 'out/a.pem', 'certificate-file': 'out/a.pem' },
      'private-key-file',
      /^is the same file as certificate-file: give each its own path/,
    ],
    [
      'pkcs12-file as private-key-file',
      { 'private-key-file': 'out/a', 'pkcs12-file': 'out/a' },
      'pkcs12-file',
      /^is the same file as private-key-file: give each its own path$/,
    ],
    [
      'pkcs12-file as certificate-file',
      { 'certificate-file': 'out/a', 'pkcs12-file': 'out/a' },
      'pkcs12-file',
      /^is the same file as certificate-file: give each its own path$/,
    ],
    ['private-key-file a folder', { 'private-key-file': 'a-folder' }, 'private-key-file', /^is a folder \(.*a-folder\); give the path of a file in it$/],
    ['pkcs12-file a folder', { 'pkcs12-file': 'a-folder' }, 'pkcs12-file', /^is a folder \(.*a-folder\); give the path of a file in it$/],
  ])('%s', async (_name, extra, input, message) => {
    expect(await problemsOf(generating(extra))).toEqual([{ input, message: expect.stringMatching(message) }]);
  });

  it('warns of a key or a bundle in the workspace, and of a password keytool refuses', async () => {
    env = { ...runnerEnv, GITHUB_WORKSPACE: workspace };
    try {
      const config = await parse(generating({ 'private-key-file': 'keys/client.key', 'pkcs12-file': 'keys/client.p12', 'pkcs12-password': 'pässwort' }));
      expect(config.warnings).toEqual([
        expect.stringMatching(/^pkcs12-password has characters outside printable ASCII/),
        `private-key-file ${join(workspace, 'keys/client.key')} is inside the workspace: a later step could commit, cache or upload it. Leave private-key-file empty to use RUNNER_TEMP, which the runner empties after the job`,
        expect.stringMatching(/^pkcs12-file .*client\.p12 is inside the workspace: a later step could commit, cache or upload it \(it holds the private key\)/),
      ]);
    } finally {
      env = runnerEnv;
    }
  });

  it('checks certificate-file on every command that writes it, and no other file', async () => {
    expect(await problemsOf(get({ 'certificate-file': 'a-folder' }))).toEqual([
      { input: 'certificate-file', message: expect.stringMatching(/^is a folder \(.*a-folder\); give the path of a file in it$/) },
    ]);
  });
});

describe('credentials (config/credentials.ts)', () => {
  it.each([
    ['api-token with its scheme', create({ 'api-token': `Bearer ${token}` }), 'api-token', /^starts with "Bearer ": give the token alone/],
    ['api-token too short', create({ 'api-token': 'abc' }), 'api-token', /^is shorter than 8 characters/],
    ['api-key too short', create({ 'api-token': '', 'api-email': 'ops@example.com', 'api-key': 'abc' }), 'api-key', /^is shorter than 8 characters/],
    ['api-key with a space', create({ 'api-token': '', 'api-email': 'ops@example.com', 'api-key': 'abc defgh' }), 'api-key', /^contains spaces/],
    [
      'an API token as api-key alone',
      create({ 'api-token': '', 'api-key': token }),
      'api-key',
      /^looks like an API token \(40 characters\): give it as api-token/,
    ],
    [
      'github-token with its scheme',
      get({ 'github-token': 'token ghs_abcdefgh' }),
      'github-token',
      /^starts with "token ": give the token alone, without the prefix$/,
    ],
    ['github-token with a space', get({ 'github-token': 'ghs_abc defgh' }), 'github-token', /^contains spaces or line breaks/],
    ['github-token too short', get({ 'github-token': 'ghs_a' }), 'github-token', /^is shorter than 8 characters/],
  ])('%s', async (_name, values, input, message) => {
    expect(await problemsOf(values)).toEqual([{ input, message: expect.stringMatching(message) }]);
  });

  it('warns when a credential has the shape of the other kind, and takes it all the same', async () => {
    const globalKey = newGlobalKey();
    expect((await parse(create({ 'api-token': globalKey }))).warnings).toEqual([
      'api-token looks like a Global API Key (37 hexadecimal characters), which Cloudflare accepts only as api-key with api-email',
    ]);
    expect((await parse(create({ 'api-token': '', 'api-email': 'ops@example.com', 'api-key': token }))).warnings).toEqual([
      'api-key looks like an API token (40 characters): if it is one, give it as api-token and remove api-email',
    ]);
  });
});

describe('readRegularFile', () => {
  it('reads at most the bytes asked for', async () => {
    expect(await readRegularFile(join(workspace, 'client.csr'), 10, 1000)).toBe(csr.csrPem.slice(0, 10));
  });

  it('gives up on a file system that never answers, after the time given', async () => {
    vi.useFakeTimers();
    try {
      const never = (() => new Promise(() => undefined)) as unknown as Parameters<typeof readRegularFile>[3];
      const reading = readRegularFile('/mnt/hung/client.csr', 100, 5000, never);
      const outcome = expect(reading).rejects.toThrow(new FileReadError('no answer from the file system within 5 s (timeout-seconds)'));
      await vi.advanceTimersByTimeAsync(4999);
      let settled = false;
      void reading.catch(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await outcome;
    } finally {
      vi.useRealTimers();
    }
  });
});
