// Secrets that come back from outside, through dist/ as the runner runs it: an API error, a proxy's HTML
// page or a certificate field that echoes the token (or the PKCS#12 password, or the account email) must
// show *** in the log, the job summary, the tracking issue and the outputs. The runner masks only its
// log, and no longer recognises a secret once markdown escaping changed it (cfut_… becomes cfut\_…).
// runAction also checks every run for every registered secret; these tests say so explicitly too.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble } from '../double/server.ts';
import { newAccount } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';
import { type ActionRun, registerSecrets, runAction } from '../support/run-action.ts';
import { type ScriptedServer, startScriptedServer } from '../support/scripted-server.ts';

const account = newAccount();
const { token, zoneId, globalKey } = account;
const githubToken = `ghs_${'k'.repeat(36)}`;
const password = 'hunter2-but-longer';
let double: CloudflareDouble;
let csr: GeneratedCsr;

beforeAll(async () => {
  double = await CloudflareDouble.start({ ...account.doubleOptions, githubToken });
  csr = await generateCsr();
  registerSecrets(token, githubToken, password, globalKey.key, csr.privateKeyPem);
});
afterAll(() => double.close());
afterEach(() => double.reset());

const base = (): Record<string, string> => ({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url });

/** Nowhere but in ::add-mask:: lines: not the log, the summary (escaped or not), the outputs. */
function expectNowhere(run: ActionRun, secret: string): void {
  const log = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n');
  expect(log).not.toContain(secret);
  expect(run.summary.replace(/\\(.)/g, '$1')).not.toContain(secret);
  expect(JSON.stringify(run.outputs)).not.toContain(secret);
}

describe('an API error that echoes a secret', () => {
  it('the token in an error message: *** in the error line and the job summary', async () => {
    double.faults.push({ type: 'status', status: 403, code: 10000, message: `Authentication error: token ${token} is not allowed here` });
    const run = await runAction({ ...base(), command: 'list' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Cloudflare API error 10000: Authentication error: token \*\*\* is not allowed here \(HTTP 403/)]);
    expect(run.summary).toContain('token \\*\\*\\* is not allowed here');
    expect(run.outputs).toEqual({});
    expectNowhere(run, token);
  });

  it("a proxy's HTML error page whose title echoes the token", async () => {
    double.faults.push({ type: 'html', status: 502, title: `Bad gateway for Bearer ${token}` });
    const run = await runAction({ ...base(), command: 'list', 'max-retries': '0' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/HTTP 502 with a non-JSON body \(text\/html\) titled "Bad gateway for Bearer \*\*\*"/)]);
    expectNowhere(run, token);
  });

  it('the PKCS#12 password and the account email: *** too', async () => {
    double.faults.push({ type: 'status', status: 400, code: 1400, message: `cannot use ${password} for ${globalKey.email}` });
    const run = await runAction({
      'zone-id': zoneId,
      'api-url': double.url,
      'api-email': globalKey.email,
      'api-key': globalKey.key,
      'generate-key': 'true',
      'pkcs12-password': password,
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/1400: cannot use \*\*\* for \*\*\* \(HTTP 400/)]);
    expectNowhere(run, password);
    expectNowhere(run, globalKey.email);
  });
});

describe('a secret echoed in another spelling', () => {
  it('the token upper- or lower-cased: *** in the error line and the job summary', async () => {
    double.faults.push({ type: 'status', status: 403, code: 10000, message: `token ${token.toUpperCase()} (as ${token.toLowerCase()}) is not allowed here` });
    const run = await runAction({ ...base(), command: 'list' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Cloudflare API error 10000: token \*\*\* \(as \*\*\*\) is not allowed here \(HTTP 403/)]);
    expect(run.summary).toContain('token \\*\\*\\* \\(as \\*\\*\\*\\) is not allowed here');
    for (const spelling of [token, token.toUpperCase(), token.toLowerCase()]) expectNowhere(run, spelling);
  });

  it('the email URL-encoded or with JSON \\u escapes, the password HTML-escaped, the key upper-cased: *** each', async () => {
    const email = 'deploy+ci@example.com';
    const markup = 'p&ss<w>rd"quoted';
    registerSecrets(markup, email);
    const spellings = {
      email: [encodeURIComponent(email), 'deploy+ci\\u0040example.com'],
      password: ['p&amp;ss&lt;w&gt;rd&quot;quoted'],
      key: [globalKey.key.toUpperCase()],
    };
    // The double answers the fault before it reads the credentials, so this email needs no account there.
    double.faults.push({
      type: 'status',
      status: 400,
      code: 1400,
      message: `cannot use ${spellings.password[0]} for ${spellings.email.join(' or ')} with ${spellings.key[0]}`,
    });
    const run = await runAction({
      'zone-id': zoneId,
      'api-url': double.url,
      'api-email': email,
      'api-key': globalKey.key,
      'generate-key': 'true',
      'pkcs12-password': markup,
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Cloudflare API error 1400: cannot use \*\*\* for \*\*\* or \*\*\* with \*\*\* \(HTTP 400/)]);
    expect(run.summary).toContain('cannot use \\*\\*\\* for \\*\\*\\* or \\*\\*\\* with \\*\\*\\*');
    for (const spelling of [email, markup, ...Object.values(spellings).flat()]) expectNowhere(run, spelling);
  });
});

describe('an answer with the token inside', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer();
  });
  afterAll(() => server.close());

  it('malformed JSON that starts with the token: not even its first characters are quoted', async () => {
    server.script = () => ({ status: 400, headers: { 'content-type': 'application/json' }, text: `${token} is not a valid token` });
    const run = await runAction({ ...base(), 'api-url': server.url, command: 'list' });
    expect(run.exitCode).toBe(1);
    // Whatever the token's first character (V8 words its message by it), no character of the body is quoted.
    expect(run.errors).toEqual([expect.stringMatching(/HTTP 400 with malformed JSON( \((at character \d+|cut short)\))?( \(cf-ray [^)]*\))?$/)]);
    expect(run.errors[0]).not.toContain(token.slice(0, 6));
    const log = run.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [log, run.summary]) expect(text).not.toContain(token.slice(1, 9));
  });

  it("a certificate field echoing the token: *** in the json output, the API's own answer", async () => {
    const { id } = await double.seed(zoneId, csr.csrPem, 365);
    double.tamper(zoneId, id, { location: `Berlin ${token}` });
    const run = await runAction({ ...base(), command: 'get', 'certificate-id': id });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.json ?? '{}')).toMatchObject({ id, location: 'Berlin ***' });
    expectNowhere(run, token);
  });
});

describe('the tracking issue, which nothing masks', () => {
  it('a failed hostname check whose error echoes the token: the issue says ***', async () => {
    const { id } = await double.seed(zoneId, csr.csrPem, 365);
    // The certificate reads fine; the hostname list's read fails with the token in the message.
    double.faults.push({ type: 'none' }, { type: 'status', status: 400, code: 1400, message: `bad request from ${token}` });
    const run = await runAction(
      { ...base(), command: 'get', 'certificate-id': id, hostnames: 'api.example.com', 'github-token': githubToken },
      { env: { GITHUB_API_URL: double.githubUrl } },
    );
    expect(run.exitCode).toBe(1);
    const [issue] = double.issues;
    expect(issue?.body).toContain('bad request from \\*\\*\\*');
    expect(issue?.body.replace(/\\(.)/g, '$1')).not.toContain(token);
    expectNowhere(run, token);
  });
});
