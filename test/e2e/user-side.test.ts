// The user's side through dist/ as the runner runs it: errors from Cloudflare that say what to check,
// credentials from the environment, and settings that would otherwise quietly defeat themselves.
import { type AddressInfo, createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble } from '../double/server.ts';
import { newAccount, newGlobalKey, newId, newToken } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';
import { type ActionRun, registerSecrets, runAction } from '../support/run-action.ts';
import { SCRIPTED_API_PATH, type ScriptedServer, startScriptedServer } from '../support/scripted-server.ts';

const account = newAccount();
const { token, readToken, globalKey, zoneId } = account;
const otherZone = newId();
const otherZoneToken = newToken();
let double: CloudflareDouble;
let csr: GeneratedCsr;

beforeAll(async () => {
  double = await CloudflareDouble.start({
    ...account.doubleOptions,
    zones: [zoneId, otherZone],
    tokens: [...(account.doubleOptions.tokens ?? []), { token: otherZoneToken, permission: 'write', zones: [otherZone] }],
    githubToken: 'ghs_right',
  });
  csr = await generateCsr();
  registerSecrets(token, readToken, globalKey.key, otherZoneToken, csr.privateKeyPem);
});
afterAll(() => double.close());
afterEach(() => double.reset());

const base = (): Record<string, string> => ({ 'zone-id': zoneId, 'api-url': double.url });

describe('errors from Cloudflare say what to check', () => {
  it.each([
    ['a read-only token on revoke', { 'api-token': readToken, command: 'revoke', 'certificate-id': newId() }, /"SSL and Certificates: Edit" on zone/],
    [
      'a token scoped to another zone on get',
      { 'api-token': otherZoneToken, command: 'get', 'certificate-id': newId() },
      /"SSL and Certificates: Read" on zone .*Zone Resources must include this zone/,
    ],
    [
      'an account id as zone-id on list',
      { 'api-token': token, command: 'list', 'zone-id': newId() },
      /If [0-9a-f]{32} is your account ID .* use the Zone ID from the zone's Overview page/,
    ],
    [
      'a Global API Key given as api-token',
      { 'api-token': globalKey.key, command: 'list' },
      /6111.*: api-token looks like a Global API Key .* give it as api-key with the account email as api-email/,
    ],
    [
      'an API token given as api-key',
      { 'api-key': token, 'api-email': globalKey.email, command: 'list' },
      /6103.*: api-key looks like an API token \(40 characters\): give it as api-token instead/,
    ],
  ])('%s', async (_name, inputs, hint) => {
    const run = await runAction({ ...base(), ...inputs });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Cloudflare API error \d+/)]);
    expect(run.errors[0]).toMatch(hint);
    expect(run.outputs).toEqual({});
  });

  it('warns before the request when api-token has the shape of a Global API Key', async () => {
    const run = await runAction({ ...base(), 'api-token': newGlobalKey(), command: 'list' });
    expect(run.warnings[0]).toMatch(/^api-token looks like a Global API Key/);
  });

  it('a bad github-token is reported as not accepted, not as a missing permission', async () => {
    const { id } = await double.seed(zoneId, csr.csrPem, 365);
    double.tamper(zoneId, id, { status: 'revoked' });
    const run = await runAction(
      { ...base(), 'api-token': token, command: 'get', 'certificate-id': id, 'github-token': 'ghs_wrong' },
      { env: { GITHUB_API_URL: double.githubUrl } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.warnings).toContainEqual(
      expect.stringMatching(/GitHub answered HTTP 401 \(Bad credentials[^)]*\): github-token was not accepted\. Pass the workflow token/),
    );
    expect(run.warnings.join('\n')).not.toMatch(/issues: write/);
  });

  it('api-url without /client/v4: "no route" says to check api-url, not only zone-id', async () => {
    const root = await runAction({ ...base(), 'api-token': token, command: 'list', 'api-url': double.url.replace('/client/v4', '') });
    expect(run7003(root)).toMatch(
      /7003: No route for the URI \(HTTP 404.*\): check api-url: its path \("\/"\) does not end in \/client\/v4, where Cloudflare's API is/,
    );
    const prefixed = await runAction({ ...base(), 'api-token': token, command: 'list', 'api-url': double.url.replace('/client/v4', '/proxy/v4') });
    expect(run7003(prefixed)).toMatch(
      /check api-url: its path \("\/proxy\/v4"\) does not end in \/client\/v4.*If it is a proxy that adds that path, check zone-id/,
    );
  });
});

/** The one error line of a run that failed on a "no route" answer. */
function run7003(run: ActionRun): string {
  expect(run.exitCode).toBe(1);
  expect(run.errors).toHaveLength(1);
  return run.errors[0] ?? '';
}

describe('a tracking issue that cannot be updated: the warning says what happened', () => {
  let github: ScriptedServer;
  beforeAll(async () => {
    github = await startScriptedServer();
  });
  afterAll(() => github.close());

  /** A failing check (a revoked certificate) that tries to open the tracking issue at this GitHub API. */
  async function check(githubApiUrl: string): Promise<ActionRun> {
    const { id } = await double.seed(zoneId, csr.csrPem, 365);
    double.tamper(zoneId, id, { status: 'revoked' });
    const run = await runAction(
      { ...base(), 'api-token': token, command: 'get', 'certificate-id': id, 'github-token': 'ghs_right' },
      { env: { GITHUB_API_URL: githubApiUrl } },
    );
    // The check's own verdict stands, whatever happened to the issue.
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/is revoked, not active/)]);
    return run;
  }
  const issueWarning = (run: ActionRun): string => run.warnings.find(w => w.startsWith('Could not update the tracking issue')) ?? '';

  it('a refused connection: the network error and what to check, no permission hint', async () => {
    const port = await closedPort();
    const run = await check(`http://127.0.0.1:${port}`);
    expect(issueWarning(run)).toMatch(
      new RegExp(
        `^Could not update the tracking issue \\(label "client-certificate-expiry"\\): no answer from 127\\.0\\.0\\.1:${port} \\(.*ECONNREFUSED.*\\)\\. Check the runner's network and proxy settings`,
      ),
    );
    expect(issueWarning(run)).not.toMatch(/issues: write/);
  });

  it.each([
    [404, { message: 'Not Found' }, /GitHub answered HTTP 404 \(Not Found\): the token needs "issues: write" on this repository/],
    [
      403,
      { message: 'Resource not accessible by integration' },
      /GitHub answered HTTP 403 \(Resource not accessible by integration\): the token needs "issues: write"/,
    ],
    [
      403,
      { message: 'API rate limit exceeded for installation' },
      /HTTP 403 \(API rate limit exceeded for installation\): the token is rate limited\. The next run tries again$/,
    ],
    [502, { message: 'Server Error' }, /GitHub answered HTTP 502 \(Server Error\)\.$/],
  ])('GitHub answers HTTP %i: its status and message, a permission hint only when the status means one', async (status, body, expected) => {
    github.script = () => ({ status, json: body });
    const run = await check(github.url.replace(SCRIPTED_API_PATH, ''));
    expect(issueWarning(run)).toMatch(expected);
    if (!/issues: write/.test(expected.source)) expect(issueWarning(run)).not.toMatch(/issues: write/);
  });
});

/** A local port nothing listens on (bound, then closed): a connection there is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>(resolve => server.close(() => resolve()));
  return port;
}

describe('credentials from the environment, as Cloudflare tools read them', () => {
  it('CLOUDFLARE_API_TOKEN stands in for api-token, masked, and the debug log names the source', async () => {
    const run = await runAction({ ...base(), command: 'list' }, { env: { CLOUDFLARE_API_TOKEN: token } });
    expect(run.errors).toEqual([]);
    expect(run.masks).toContain(token);
    expect(run.stdout).toContain('::debug::api-token: from the CLOUDFLARE_API_TOKEN environment variable');
    expect(double.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY stand in for the legacy pair', async () => {
    const run = await runAction({ ...base(), command: 'list' }, { env: { CLOUDFLARE_EMAIL: globalKey.email, CLOUDFLARE_API_KEY: globalKey.key } });
    expect(run.errors).toEqual([]);
    expect(double.requests[0]?.headers['x-auth-key']).toBe(globalKey.key);
  });

  it('an input wins over the environment', async () => {
    const run = await runAction(
      { ...base(), 'api-token': token, command: 'list' },
      { env: { CLOUDFLARE_API_TOKEN: readToken, CLOUDFLARE_API_KEY: globalKey.key } },
    );
    expect(run.errors).toEqual([]);
    expect(double.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
    expect(run.stdout).not.toContain('environment variable');
  });
});

describe('settings that would defeat themselves', () => {
  it('reuse-existing with validity-days 30 reuses the certificate it issued (a fresh one has 29 days left)', async () => {
    const fresh = await generateCsr();
    const inputs = { ...base(), 'api-token': token, csr: fresh.csrPem, 'validity-days': '30', 'reuse-existing': 'true' };
    const first = await runAction(inputs);
    expect(first.outputs.reused).toBe('false');
    // The live API's listings show a new certificate late: the first listing after the create does not have it.
    const lagging = await runAction({ ...base(), 'api-token': token, command: 'list' });
    expect(JSON.parse(lagging.outputs.certificates ?? '[]')).not.toContainEqual(expect.objectContaining({ id: first.outputs.id }));
    const second = await runAction(inputs);
    expect(second.outputs).toMatchObject({ reused: 'true', id: first.outputs.id });
    const third = await runAction(inputs);
    expect(third.outputs).toMatchObject({ reused: 'true', id: first.outputs.id });
  });

  it('an empty listing warns, and fails with fail-on-empty after setting its outputs', async () => {
    const empty = { ...base(), 'api-token': token, command: 'list', 'list-status': 'pending_reactivation' };
    const warned = await runAction({ ...empty, 'min-days-remaining': '30' });
    expect(warned.exitCode).toBe(0);
    expect(warned.warnings).toContainEqual(
      expect.stringMatching(/has no client certificates with status pending_reactivation: check zone-id and list-status; set fail-on-empty/),
    );
    expect(warned.stdout).toMatch(/0 client certificates, 0 expiring soon \(1 request\)$/m);
    const failed = await runAction({ ...empty, 'fail-on-empty': 'true' });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs.count).toBe('0');
    expect(failed.errors).toEqual([expect.stringMatching(/has no client certificates with status pending_reactivation.*\(fail-on-empty\)$/)]);
  });
});
