// Bad inputs through dist/ as the runner runs it: each gives exactly one ::error:: line that names the
// input, exit code 1, no request to the API double, no output, nothing on stderr.
import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble } from '../double/server.ts';
import { newGlobalKey, newId, newToken } from '../support/fixtures.ts';
import { generateCsr } from '../support/pki.ts';
import { registerSecrets, runAction } from '../support/run-action.ts';

const token = newToken();
const globalKey = newGlobalKey();
const zoneId = newId();
const csr = await generateCsr({ keyType: 'ec-p256' });
let double: CloudflareDouble;

beforeAll(async () => {
  double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });
  registerSecrets(token, globalKey, csr.privateKeyPem);
});
afterAll(() => double.close());

const create = (inputs: Record<string, string>): Record<string, string> => ({
  'zone-id': zoneId,
  'api-token': token,
  'api-url': double?.url ?? 'http://127.0.0.1:9/client/v4',
  csr: csr.csrPem,
  ...inputs,
});
const get = (inputs: Record<string, string>): Record<string, string> => ({ ...create({ csr: '' }), command: 'get', 'certificate-id': newId(), ...inputs });
const list = (inputs: Record<string, string>): Record<string, string> => ({ ...create({ csr: '' }), command: 'list', ...inputs });
/** list with account-id instead of zone-id: every zone of an account. */
const account = (inputs: Record<string, string>): Record<string, string> => list({ 'zone-id': '', 'account-id': newId(), ...inputs });

const cases: [string, () => Record<string, string>, RegExp][] = [
  [
    'unknown command',
    () => create({ command: 'renew' }),
    /^Input command is "renew", which is not a command; use one of: create, get, revoke, reactivate, list$/,
  ],
  ['zone-id missing', () => create({ 'zone-id': '' }), /^Input zone-id is required/],
  ['zone-id too short', () => create({ 'zone-id': 'abc' }), /^Input zone-id must be 32 hexadecimal characters/],
  ['zone-id path traversal', () => create({ 'zone-id': '../../accounts/abc/tokens' }), /^Input zone-id must be 32 hexadecimal characters/],
  ['zone-id URL-encoded traversal', () => create({ 'zone-id': '%2e%2e%2f%2e%2e%2faccounts00000000' }), /^Input zone-id must be 32 hexadecimal/],
  ['no credentials', () => create({ 'api-token': '' }), /^Input api-token is required/],
  ['token and Global API Key', () => create({ 'api-key': globalKey, 'api-email': 'ops@example.com' }), /^Input api-token cannot be combined with api-email/],
  ['email without key', () => create({ 'api-token': '', 'api-email': 'ops@example.com' }), /^Input api-key is required when api-email is set/],
  ['key without email', () => create({ 'api-token': '', 'api-key': globalKey }), /^Input api-email is required when api-key is set/],
  ['token with a space', () => create({ 'api-token': `${token} ${token}` }), /^Input api-token contains spaces/],
  [
    'token with the Bearer prefix',
    () => create({ 'api-token': `Bearer ${token}` }),
    /^Input api-token starts with "Bearer ": give the token alone, without the prefix \(the action sends it as "Authorization: Bearer …"\)$/,
  ],
  [
    'token too short to be one (nor to be redacted)',
    () => create({ 'api-token': 'abc123' }),
    /^Input api-token is shorter than 8 characters, which no API token is/,
  ],
  ['github-token with the token prefix', () => get({ 'github-token': `token ${token}` }), /^Input github-token starts with "token ": give the token alone/],
  [
    "api-url on Cloudflare's host without /client/v4",
    () => create({ 'api-url': 'https://api.cloudflare.com' }),
    /^Input api-url is Cloudflare's host with the path "\/", where its API is not: use https:\/\/api\.cloudflare\.com\/client\/v4, or leave api-url out/,
  ],
  [
    'hostnames as a JSON array',
    () => create({ hostnames: '["api.example.com", "www.example.com"]' }),
    /^Input hostnames must list DNS hostnames .*: the input is written as a JSON array \(\[…\]\); write the names alone, without brackets, quotes or dashes$/,
  ],
  [
    'hostnames as a YAML list',
    () => create({ hostnames: '- api.example.com\n- www.example.com\n' }),
    /^Input hostnames must list DNS hostnames .*: the input is written as a YAML list \("- " before a name\); write the names alone/,
  ],
  [
    'hostnames in quotes',
    () => create({ hostnames: '"api.example.com", "www.example.com"' }),
    /: the input has quotes; write the names alone, without brackets, quotes or dashes$/,
  ],
  ['validity-days abc', () => create({ 'validity-days': 'abc' }), /^Input validity-days must be a whole number/],
  ['validity-days 0', () => create({ 'validity-days': '0' }), /^Input validity-days must be between 1 and 36500, not 0$/],
  ['validity-days -5', () => create({ 'validity-days': '-5' }), /^Input validity-days must be a whole number/],
  ['validity-days 1.5', () => create({ 'validity-days': '1.5' }), /^Input validity-days must be a whole number/],
  ['validity-days 1e3', () => create({ 'validity-days': '1e3' }), /^Input validity-days must be a whole number/],
  ['csr missing (an unavailable secret)', () => create({ csr: '' }), /^Input csr is required by command "create"/],
  ['csr not PEM', () => create({ csr: 'hello' }), /^Input csr is not PEM/],
  ['csr is a certificate', () => create({ csr: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----' }), /^Input csr is a PEM "CERTIFICATE"/],
  ['csr is a private key', () => create({ csr: csr.privateKeyPem }), /^Input csr is a private key \(PEM "PRIVATE KEY"\), not a certificate request/],
  [
    'csr body damaged',
    () => create({ csr: csr.csrPem.replace(/\n(.)(.)/, '\n$2$1') }),
    /^Input csr (does not parse|has a signature that does not verify|holds a public key)/,
  ],
  ['csr and csr-file', () => create({ 'csr-file': 'client.csr' }), /^Input csr-file cannot be combined with csr/],
  [
    'csr-file unreadable',
    () => create({ csr: '', 'csr-file': 'missing/client.csr' }),
    /^Input csr-file cannot be read \(.*missing\/client\.csr: no such file\)/,
  ],
  ['csr over 64 KiB', () => create({ csr: `${csr.csrPem}${'#'.repeat(70 * 1024)}` }), /^Input csr is larger than 64 KiB/],
  [
    'csr-file of endless zeros (a device)',
    () => create({ csr: '', 'csr-file': '/dev/zero' }),
    /^Input csr-file cannot be read \(\/dev\/zero: it is a device, not a regular file\)/,
  ],
  [
    'generate-key yes: one error, not also a missing csr',
    () => create({ csr: '', 'generate-key': 'yes' }),
    /^Input generate-key must be true or false, not "yes"$/,
  ],
  [
    'a SHA-256 fingerprint as certificate-id',
    () => get({ 'certificate-id': 'ab'.repeat(32) }),
    /^Input certificate-id looks like a SHA-256 fingerprint \(64 hexadecimal characters\), not an id/,
  ],
  [
    'an API token as api-key without api-email',
    () => create({ 'api-token': '', 'api-key': newToken() }),
    /^Input api-key looks like an API token \(40 characters\): give it as api-token instead/,
  ],
  [
    'min-days-remaining not below validity-days on create',
    () => create({ 'validity-days': '30', 'min-days-remaining': '30' }),
    /^Input min-days-remaining \(30\) is not below validity-days \(30\): a new certificate has 29 whole days left, so the step would issue it and then fail/,
  ],
  ['list-status on get', () => get({ 'list-status': 'revoked' }), /^Input list-status is only used by command "list"/],
  ['fail-on-empty on get', () => get({ 'fail-on-empty': 'true' }), /^Input fail-on-empty is only used by command "list"/],
  ['output-private-key without generate-key', () => create({ 'output-private-key': 'true' }), /^Input output-private-key is only used with generate-key: true/],
  ['get without certificate-id', () => get({ 'certificate-id': '' }), /^Input certificate-id is required by command "get"/],
  [
    'certificate-id neither a UUID nor hex',
    () => get({ 'certificate-id': 'g'.repeat(32) }),
    /^Input certificate-id must be a UUID like 7bf7f70c-7600-42e1-81c4-e4c0da9aa515 \(or 32 hexadecimal characters\) \(the id output of the step that created the certificate\); got 32 characters with characters that are not hexadecimal$/,
  ],
  [
    'certificate-id a UUID cut short',
    () => get({ 'certificate-id': '7bf7f70c-7600-42e1-81c4-e4c0da9aa51' }),
    /^Input certificate-id must be a UUID .*; got 35 characters of hexadecimal and hyphens$/,
  ],
  [
    'certificate-id the same as zone-id',
    () => get({ 'certificate-id': zoneId.toUpperCase() }),
    /^Input certificate-id is the same as zone-id, so it is the zone's id, not a certificate's: give the certificate's id, a UUID like .* \(the id output of the step that created the certificate\)$/,
  ],
  ['certificate-id the same as zone-id, on revoke', () => get({ command: 'revoke', 'certificate-id': zoneId }), /^Input certificate-id is the same as zone-id/],
  [
    'zone-id given a UUID',
    () => get({ 'zone-id': '7bf7f70c-7600-42e1-81c4-e4c0da9aa515' }),
    /^Input zone-id must be 32 hexadecimal characters \(the Zone ID .*\); got 36 characters of hexadecimal and hyphens: a UUID is a certificate or CA id, not a zone id$/,
  ],
  ['get with a csr', () => get({ csr: csr.csrPem }), /^Input csr is only used by command "create"/],
  ['api-url malformed', () => create({ 'api-url': 'api.cloudflare.com' }), /^Input api-url is not a URL/],
  ['api-url plain http to a remote host', () => create({ 'api-url': 'http://api.cloudflare.com/client/v4' }), /^Input api-url must use https/],
  [
    'api-url with credentials',
    () => create({ 'api-url': `https://x:${token}@api.cloudflare.com/` }),
    /^Input api-url must not contain a user name or password/,
  ],
  ['min-days-remaining abc', () => get({ 'min-days-remaining': 'abc' }), /^Input min-days-remaining must be a whole number/],
  ['min-days-remaining -1', () => get({ 'min-days-remaining': '-1' }), /^Input min-days-remaining must be a whole number/],
  ['require-active yes', () => get({ 'require-active': 'yes' }), /^Input require-active must be true or false, not "yes"$/],
  ['timeout-seconds 0', () => get({ 'timeout-seconds': '0' }), /^Input timeout-seconds must be between 1 and 3600/],
  ['max-retries many', () => get({ 'max-retries': 'many' }), /^Input max-retries must be a whole number/],
  [
    'zone-id and account-id',
    () => list({ 'account-id': newId() }),
    /^Input account-id cannot be combined with zone-id: give zone-id to check one zone, or account-id to check every zone of the account, not both$/,
  ],
  [
    'neither zone-id nor account-id on list',
    () => list({ 'zone-id': '' }),
    /^Input zone-id is required: give the Zone ID on the zone's Overview page in the Cloudflare dashboard; or, to check every zone of an account, give account-id instead$/,
  ],
  [
    'account-id malformed',
    () => account({ 'account-id': 'abc' }),
    /^Input account-id must be 32 hexadecimal characters \(the Account ID .*\); got 3 characters/,
  ],
  [
    'account-id on get',
    () => get({ 'account-id': newId() }),
    /^Input account-id is only used by command "list" \(to check every zone of an account\); remove it, or change command$/,
  ],
  [
    'hostnames with account-id',
    () => account({ hostnames: 'api.example.com' }),
    /^Input hostnames is about one zone, and is not used with account-id \(every zone of an account\): remove it, or check that zone in a step of its own with zone-id$/,
  ],
  [
    'request-budget 0',
    () => account({ 'request-budget': '0' }),
    /^Input request-budget must be between 1 and 1200, not 0: Cloudflare allows 1200 requests per 5 minutes per user, counted across every tool and the dashboard/,
  ],
  [
    'request-budget past the rate limit',
    () => account({ 'request-budget': '5000' }),
    /^Input request-budget must be between 1 and 1200, not 5000: Cloudflare allows/,
  ],
  [
    'request-budget not a number',
    () => account({ 'request-budget': '1,000' }),
    /^Input request-budget must be a whole number of 1 or more written with digits only \(like 600\)/,
  ],
  ['request-budget without account-id', () => list({ 'request-budget': '100' }), /^Input request-budget is only used with account-id/],
  ['fail-on-incomplete without account-id', () => list({ 'fail-on-incomplete': 'false' }), /^Input fail-on-incomplete is only used with account-id/],
  ['fail-on-incomplete yes', () => account({ 'fail-on-incomplete': 'yes' }), /^Input fail-on-incomplete must be true or false, not "yes"$/],
];

describe('bad inputs', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)('%s', async (_name, inputs, message) => {
    const before = double.requests.length;
    const run = await runAction(inputs());
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(message);
    expect(run.outputs).toEqual({});
    // A summary on failure too: the verdict, and the same error with what to do.
    expect(run.summary).toMatch(/^### ❌ /);
    expect(run.summary).toContain('> [!CAUTION]');
    expect(run.stderr).toBe('');
    expect(double.requests.length).toBe(before);
  });
});

describe('a private key given as the CSR', () => {
  const openssl = (args: string[], input?: string): string => execFileSync('openssl', args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
  const keys: [label: string, make: () => string][] = [
    ['PRIVATE KEY', () => openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'])],
    ['RSA PRIVATE KEY', () => openssl(['genrsa', '-traditional', '2048'])],
    ['EC PRIVATE KEY', () => openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout'])],
    [
      'ENCRYPTED PRIVATE KEY',
      () => openssl(['pkcs8', '-topk8', '-v2', 'aes-256-cbc', '-passout', 'pass:secret'], openssl(['genpkey', '-algorithm', 'ed25519'])),
    ],
  ];

  /** One error naming the input, nothing sent, no output, and not a line of the key printed (runAction checks that). */
  const expectRefused = async (inputs: Record<string, string>, key: string, message: RegExp, beforeRun?: (workspace: string) => Promise<void>) => {
    registerSecrets(key);
    const before = double.requests.length;
    const run = await runAction(create(inputs), { beforeRun });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(message)]);
    expect(run.outputs).toEqual({});
    expect(double.requests.length).toBe(before);
    return run;
  };

  it.each(keys)('csr holding a %s: says it is a private key, masked and not sent, to be treated as exposed and replaced', async (label, make) => {
    const key = make();
    expect(key).toContain(`-----BEGIN ${label}-----`);
    const exposed = new RegExp(
      `^Input csr is a private key \\(PEM "${label}"\\), not a certificate request\\. It was masked in this log and not sent to Cloudflare, but treat it as exposed: .*Make a new key and a CSR for it`,
    );
    for (const csrText of [key, key.trim().replace(/\n/g, '\\n'), `${key}${csr.csrPem}`, `${csr.csrPem}${key.split('\n').slice(0, 3).join('\n')}`]) {
      const run = await expectRefused({ csr: csrText }, key, exposed);
      // Masked as a whole and line by line before anything was printed.
      const lines = key.split('\n').filter(line => line !== '' && !line.startsWith('-----'));
      for (const line of lines) if (csrText.includes(line)) expect(run.masks).toContain(line);
    }
  });

  it('csr-file naming a key file: says so, without calling the key exposed, and how to make the request from it', async () => {
    const key = keys[1]?.[1]() ?? '';
    const run = await expectRefused(
      { csr: '', 'csr-file': 'client.key' },
      key,
      /^Input csr-file is a private key \(PEM "RSA PRIVATE KEY"\), not a certificate request: nothing of it was printed or sent\. Give the path of the request made from it instead \(openssl req -new -key/,
      workspace => writeFile(join(workspace, 'client.key'), key),
    );
    expect(run.errors[0]).not.toMatch(/treat it as exposed/);
  });
});

describe('a csr-file that is not a regular file', () => {
  it.each([
    ['a named pipe (FIFO)', 'client.csr'],
    ['a link to a named pipe', 'link.csr'],
  ])('%s: refused at once, before any read could wait for a writer', async (_name, path) => {
    const run = await runAction(create({ csr: '', 'csr-file': path, 'timeout-seconds': '3600' }), {
      beforeRun: async workspace => {
        execFileSync('mkfifo', [join(workspace, 'client.csr')]);
        await symlink(join(workspace, 'client.csr'), join(workspace, 'link.csr'));
      },
      // A safety net, not a measurement: a step that waits on the FIFO is stopped so that the test fails
      // instead of leaving the process behind (timeout-seconds is an hour, so only the fix can end it sooner).
      onSpawn: child => setTimeout(() => child.kill('SIGKILL'), 20_000).unref(),
    });
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Input csr-file cannot be read \(.*\.csr: it is a named pipe \(FIFO\), not a regular file\)/)]);
    expect(run.outputs).toEqual({});
    expect(double.requests).toHaveLength(0);
  });
});
