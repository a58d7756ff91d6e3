// The PKCS#12 bundle through dist/ as the runner runs it: written beside the generated key (or where the
// user says), mode 0600, opened by openssl and by Node's TLS stack, removed by the post step when the
// action chose the place, and every bad combination refused before anything is issued.
import { execFile } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { lstat, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEY_FILE_STATE, PKCS12_FILE_STATE } from '../../src/key-file.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newAccount } from '../support/fixtures.ts';
import { type ActionRun, DIST_POST_ENTRY, registerSecrets, runAction } from '../support/run-action.ts';

const run = promisify(execFile);
const account = newAccount();
const { token, zoneId } = account;
const password = 'correct horse battery staple 42';
let double: CloudflareDouble;

beforeAll(async () => {
  double = await CloudflareDouble.start(account.doubleOptions);
  registerSecrets(token, password);
});
afterAll(() => double.close());
afterEach(() => double.reset());

const generate = (extra: Record<string, string>): Record<string, string> => ({
  'zone-id': zoneId,
  'api-token': token,
  'api-url': double.url,
  'generate-key': 'true',
  'common-name': 'payments-client',
  ...extra,
});

/**
 * `openssl pkcs12 -info` on the bundle, the password from the environment: its combined output. With
 * pem, the key and certificate too (base64, which may hold any word: never search it for algorithm names).
 */
async function opensslInfo(file: string, pass = password, pem = false): Promise<string> {
  const { stdout, stderr } = await run('openssl', ['pkcs12', '-info', '-in', file, '-passin', 'env:P12_PASS', ...(pem ? ['-nodes'] : ['-noout'])], {
    env: { ...process.env, P12_PASS: pass },
  });
  return `${stdout}\n${stderr}`;
}

/** The bundle's key and certificate match the step's key file and certificate output. */
async function expectBundleOf(main: ActionRun, file: string): Promise<void> {
  const info = await opensslInfo(file, password, true);
  const keyPem = await readFile(main.outputs['private-key-file'] ?? '', 'utf8');
  registerSecrets(keyPem);
  const certificate = new X509Certificate(main.outputs.certificate ?? '');
  const bundledCertificate = new X509Certificate(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(info)?.[0] ?? '');
  expect(bundledCertificate.fingerprint256).toBe(certificate.fingerprint256);
  const bundledKey = createPrivateKey(/-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(info)?.[0] ?? '');
  expect(bundledKey.export({ type: 'pkcs8', format: 'der' }).equals(createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'der' }))).toBe(true);
  expect(info).toMatch(/friendlyName: payments-client/);
  // Node's own TLS stack opens it with the password, and refuses it without.
  const pfx = await readFile(file);
  expect(() => createSecureContext({ pfx, passphrase: password })).not.toThrow();
  expect(() => createSecureContext({ pfx, passphrase: 'wrong' })).toThrow(/mac verify failure/);
}

describe('a PKCS#12 bundle with generate-key', () => {
  it('modern by default: beside the key under RUNNER_TEMP, 0600, masked password, removed by the post step', async () => {
    const main = await runAction(generate({ 'pkcs12-password': password }));
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    const file = main.outputs['pkcs12-file'] ?? '';
    expect(dirname(file)).toBe(dirname(main.outputs['private-key-file'] ?? ''));
    expect(file).toMatch(/[/\\]cloudflare-mtls-[A-Za-z0-9]{6}[/\\]client\.p12$/);
    expect(file.startsWith(main.runnerTemp)).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(main.masks).toContain(password);
    expect(main.state[PKCS12_FILE_STATE]).toBe(file);
    const info = await opensslInfo(file);
    expect(info).toContain('MAC: sha256, Iteration 100000');
    expect(info).toMatch(/PBES2, PBKDF2, AES-256-CBC, Iteration 100000, PRF hmacWithSHA256/);
    await expectBundleOf(main, file);
    expect(main.stdout).toContain('Built a PKCS#12 bundle of the key and certificate');

    const post = await runAction({}, { entry: DIST_POST_ENTRY, state: main.state, runnerTemp: main.runnerTemp });
    expect(post.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    await expect(lstat(file)).rejects.toThrow(/ENOENT/);
    await expect(lstat(dirname(file))).rejects.toThrow(/ENOENT/);
    // Each file it removed is named, the bundle too (it shares the key's folder), then the folder.
    expect(post.stdout.split('\n').filter(line => line.startsWith('Deleted'))).toEqual([
      `Deleted the generated private key file ${main.outputs['private-key-file']}`,
      `Deleted the generated PKCS#12 bundle ${file}`,
      `Deleted the folder ${dirname(file)}`,
    ]);
  });

  it('legacy: 3DES and a SHA-1 MAC, no PBES2, for older Java and Windows', async () => {
    const main = await runAction(generate({ 'pkcs12-password': password, 'pkcs12-algorithms': 'legacy' }));
    expect(main.exitCode).toBe(0);
    const file = main.outputs['pkcs12-file'] ?? '';
    const info = await opensslInfo(file);
    expect(info).toContain('MAC: sha1, Iteration 2048');
    expect(info).toMatch(/pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/);
    expect(info).not.toMatch(/PBES2|AES|RC2/);
    await expectBundleOf(main, file);
  });

  it('where pkcs12-file says, which the post step leaves alone; the key it placed itself still goes', async () => {
    const main = await runAction(generate({ 'pkcs12-password': password, 'pkcs12-file': 'out/client.p12' }));
    expect(main.exitCode).toBe(0);
    const file = join(main.workspace, 'out/client.p12');
    expect(main.outputs['pkcs12-file']).toBe(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(dirname(file))).mode & 0o777).toBe(0o700);
    expect(main.warnings).toEqual([expect.stringMatching(/^pkcs12-file .*client\.p12 is inside the workspace/)]);
    expect(main.state[PKCS12_FILE_STATE]).toBeUndefined();
    await expectBundleOf(main, file);
    const post = await runAction({}, { entry: DIST_POST_ENTRY, state: main.state, runnerTemp: main.runnerTemp });
    expect(post.exitCode).toBe(0);
    expect((await stat(file)).isFile()).toBe(true);
    await expect(lstat(main.state[KEY_FILE_STATE] ?? '')).rejects.toThrow(/ENOENT/);
  });

  it('in a folder of its own under RUNNER_TEMP when the key went where private-key-file says', async () => {
    const main = await runAction(generate({ 'pkcs12-password': password, 'private-key-file': join('..', 'keys', 'client.key') }));
    expect(main.exitCode).toBe(0);
    const file = main.outputs['pkcs12-file'] ?? '';
    expect(dirname(file)).not.toBe(dirname(main.outputs['private-key-file'] ?? ''));
    expect(main.state[KEY_FILE_STATE]).toBeUndefined();
    const post = await runAction({}, { entry: DIST_POST_ENTRY, state: main.state, runnerTemp: main.runnerTemp });
    expect(post.warnings).toEqual([]);
    await expect(lstat(dirname(file))).rejects.toThrow(/ENOENT/);
    expect(post.stdout.split('\n').filter(line => line.startsWith('Deleted'))).toEqual([
      `Deleted the generated PKCS#12 bundle ${file}`,
      `Deleted the folder ${dirname(file)}`,
    ]);
    expect((await stat(main.outputs['private-key-file'] ?? '')).isFile()).toBe(true);
  });

  it("names the bundle and sets common-name from the certificate's CN when the API's common_name says otherwise", async () => {
    double.tamperNextIssued = { common_name: 'admin' };
    const main = await runAction(generate({ 'pkcs12-password': password }));
    expect(main.exitCode).toBe(0);
    expect(double.certificates(zoneId).at(-1)?.common_name).toBe('admin');
    expect(main.outputs['common-name']).toBe('payments-client');
    expect(main.warnings).toContainEqual(expect.stringMatching(/reports common name "admin" .* the certificate itself says "payments-client"/));
    const info = await opensslInfo(main.outputs['pkcs12-file'] ?? '', password, true);
    registerSecrets(await readFile(main.outputs['private-key-file'] ?? '', 'utf8'));
    // The key's bag and the certificate's bag.
    expect(info.match(/friendlyName: .*/g)).toEqual(['friendlyName: payments-client', 'friendlyName: payments-client']);
    await expectBundleOf(main, main.outputs['pkcs12-file'] ?? '');
  });

  it('saved state naming something else as the bundle: a warning, nothing deleted', async () => {
    const empty = await runAction({}, { entry: DIST_POST_ENTRY, state: {} });
    const temp = empty.runnerTemp;
    const folder = join(temp, 'cloudflare-mtls-abcdef');
    await mkdir(folder);
    await writeFile(join(folder, 'client.key'), 'keep');
    const post = await runAction({}, { entry: DIST_POST_ENTRY, state: { [PKCS12_FILE_STATE]: join(folder, 'client.key') }, runnerTemp: temp });
    expect(post.warnings).toEqual([expect.stringMatching(/^Not deleting .*: it is not a file this action makes .*client\.p12/)]);
    expect(await readFile(join(folder, 'client.key'), 'utf8')).toBe('keep');
  });
});

describe('bad PKCS#12 inputs: one error line each, nothing issued', () => {
  it.each([
    [{ 'pkcs12-file': 'client.p12' }, /^Input pkcs12-password is required with pkcs12-file: .*check that the secret exists/],
    [{ 'pkcs12-password': password, 'pkcs12-algorithms': 'des' }, /^Input pkcs12-algorithms is "des"; use one of: modern, legacy/],
    [{ 'pkcs12-password': password, 'pkcs12-file': 'same.pem', 'certificate-file': 'same.pem' }, /^Input pkcs12-file is the same file as certificate-file/],
    [{ 'pkcs12-password': password, 'pkcs12-file': 'k', 'private-key-file': 'k' }, /^Input pkcs12-file is the same file as private-key-file/],
    [{ 'pkcs12-password': 'two\nlines' }, /^Input pkcs12-password must be one line/],
    [{ 'pkcs12-password': '  padded password  ' }, /^Input pkcs12-password begins or ends with whitespace .*: remove it from the secret/],
    [{ 'pkcs12-password': 'saved-with-a-newline\n' }, /^Input pkcs12-password begins or ends with whitespace \(a space, tab or line break/],
    [{ 'pkcs12-algorithms': 'bogus' }, /^Input pkcs12-algorithms is "bogus"; use one of: modern, legacy$/],
    [{ 'pkcs12-algorithms': 'legacy' }, /^Input pkcs12-algorithms is only used when a PKCS#12 bundle is written/],
  ])('%o', async (extra, message) => {
    const main = await runAction(generate(extra));
    expect(main.exitCode).toBe(1);
    expect(main.errors).toEqual([expect.stringMatching(message)]);
    expect(main.outputs).toEqual({});
    expect(double.requests).toEqual([]);
  });

  it('names a bad pkcs12-algorithms and a bad pkcs12-password in one run', async () => {
    const main = await runAction(generate({ 'pkcs12-algorithms': 'bogus', 'pkcs12-password': ' padded ' }));
    expect(main.errors).toEqual([expect.stringMatching(/^Input pkcs12-algorithms is "bogus"/), expect.stringMatching(/^Input pkcs12-password begins or ends/)]);
    expect(double.requests).toEqual([]);
  });

  it('refuses pkcs12 inputs without generate-key, and a bundle path that is a link', async () => {
    const withCsr = await runAction({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, csr: 'x', 'pkcs12-password': password });
    expect(withCsr.errors).toContainEqual(expect.stringMatching(/^Input pkcs12-password is only used with generate-key: true/));
    const linked = await runAction(generate({ 'pkcs12-password': password, 'pkcs12-file': 'client.p12' }), {
      beforeRun: async workspace => {
        await writeFile(join(workspace, 'precious.txt'), 'keep');
        await symlink(join(workspace, 'precious.txt'), join(workspace, 'client.p12'));
      },
    });
    expect(linked.errors).toEqual([expect.stringMatching(/^Input pkcs12-file is a symbolic link/)]);
    expect(await readFile(join(linked.workspace, 'precious.txt'), 'utf8')).toBe('keep');
    expect(double.requests).toEqual([]);
  });

  it('warns that keytool refuses a non-ASCII password, and still writes a bundle openssl opens', async () => {
    const unicode = 'pässwörd-✓-bundle';
    registerSecrets(unicode);
    const main = await runAction(generate({ 'pkcs12-password': unicode }));
    expect(main.exitCode).toBe(0);
    expect(main.warnings).toContainEqual(expect.stringMatching(/Java's keytool refuses any PKCS#12 password that is not ASCII/));
    const info = await opensslInfo(main.outputs['pkcs12-file'] ?? '', unicode);
    expect(info).toContain('MAC: sha256');
  });
});
