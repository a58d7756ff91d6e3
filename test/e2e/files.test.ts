// Local files through dist/ as the runner runs it: no write through a link, no loose permissions,
// every path checked before anything is issued, and a post step that deletes only what the main step made.
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEY_FILE_STATE } from '../../src/key-file.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newAccount } from '../support/fixtures.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';
import { DIST_POST_ENTRY, registerSecrets, runAction } from '../support/run-action.ts';

const account = newAccount();
const { token, zoneId } = account;
let double: CloudflareDouble;
let csr: GeneratedCsr;

beforeAll(async () => {
  double = await CloudflareDouble.start(account.doubleOptions);
  csr = await generateCsr();
  registerSecrets(token, csr.privateKeyPem);
});
afterAll(() => double.close());
afterEach(() => double.reset());

const create = (extra: Record<string, string>): Record<string, string> => ({
  'zone-id': zoneId,
  'api-token': token,
  'api-url': double.url,
  csr: csr.csrPem,
  ...extra,
});

describe('output paths are checked before anything is issued', () => {
  it.each([
    [
      'a symbolic link to a file elsewhere',
      async (w: string) => {
        await writeFile(join(w, 'elsewhere.txt'), 'precious');
        await symlink(join(w, 'elsewhere.txt'), join(w, 'client.pem'));
      },
      'client.pem',
      /^Input certificate-file is a symbolic link .*; the action never writes through a link/,
    ],
    ['a dangling symbolic link', async (w: string) => symlink('/nonexistent/target', join(w, 'client.pem')), 'client.pem', /is a symbolic link/],
    ['a folder', async (w: string) => mkdir(join(w, 'client.pem')), 'client.pem', /^Input certificate-file is a folder/],
    [
      'a file in a symlinked folder',
      async (w: string) => {
        await mkdir(join(w, 'real'));
        await symlink(join(w, 'real'), join(w, 'certs'));
      },
      'certs/client.pem',
      /is in a folder that is a symbolic link/,
    ],
    ['a file under a file', async (w: string) => writeFile(join(w, 'certs'), 'x'), 'certs/client.pem', /is in .*certs, which is not a folder/],
  ])('certificate-file that is %s: one input error, no request, nothing written', async (_name, prepare, path, message) => {
    const run = await runAction(create({ 'certificate-file': path }), { beforeRun: prepare });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(message)]);
    expect(run.outputs).toEqual({});
    expect(double.requests).toHaveLength(0);
  });

  it('private-key-file through a link is refused before the key is generated or anything is issued', async () => {
    const run = await runAction(
      { 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, 'generate-key': 'true', 'private-key-file': 'key.pem' },
      { beforeRun: async w => symlink('/tmp', join(w, 'key.pem')) },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Input private-key-file is a symbolic link/)]);
    expect(double.requests).toHaveLength(0);
  });
});

describe('no folder on the way is a link, from the workspace or RUNNER_TEMP down', () => {
  /** A link `deploy` in the workspace to a folder elsewhere that holds tls/, as a checked-out repository can carry. */
  const linkedDeploy = async (workspace: string): Promise<void> => {
    await mkdir(join(workspace, '..', 'elsewhere', 'tls'), { recursive: true });
    await symlink(join(workspace, '..', 'elsewhere'), join(workspace, 'deploy'));
  };
  const generate = (extra: Record<string, string>): Record<string, string> => ({
    'zone-id': zoneId,
    'api-token': token,
    'api-url': double.url,
    'generate-key': 'true',
    ...extra,
  });

  it.each([
    ['private-key-file', () => generate({ 'private-key-file': 'deploy/tls/client.key' })],
    ['pkcs12-file', () => generate({ 'pkcs12-file': 'deploy/tls/client.p12', 'pkcs12-password': 'bundle password 1' })],
    ['certificate-file', () => create({ 'certificate-file': 'deploy/tls/client.pem' })],
    ['certificate-file', () => create({ 'certificate-file': 'deploy/new/deeper/client.pem' })],
  ])('%s under a linked folder higher up: one input error naming the link, no request, nothing written', async (input, inputs) => {
    registerSecrets('bundle password 1');
    const run = await runAction(inputs(), { beforeRun: linkedDeploy });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Input ${input} is in a folder that is a symbolic link \\(.*[/\\\\]workspace[/\\\\]deploy\\); the action never writes`),
      ),
    ]);
    expect(run.outputs).toEqual({});
    expect(double.requests).toHaveLength(0);
    expect(await readdir(join(run.workspace, '..', 'elsewhere', 'tls'))).toEqual([]);
    expect(await readdir(join(run.workspace, '..', 'elsewhere'))).toEqual(['tls']);
  });

  it('a link inside RUNNER_TEMP is refused too', async () => {
    const runnerTemp = await mkdtemp(join(tmpdir(), 'cf-mtls-temp-'));
    await mkdir(join(runnerTemp, '..', `${basename(runnerTemp)}-elsewhere`));
    await symlink(join(runnerTemp, '..', `${basename(runnerTemp)}-elsewhere`), join(runnerTemp, 'keys'));
    const run = await runAction(generate({ 'private-key-file': join(runnerTemp, 'keys', 'client.key') }), { runnerTemp });
    expect(run.errors).toEqual([expect.stringMatching(/^Input private-key-file is in a folder that is a symbolic link \(.*[/\\]keys\)/)]);
    expect(double.requests).toHaveLength(0);
    expect(await readdir(join(runnerTemp, '..', `${basename(runnerTemp)}-elsewhere`))).toEqual([]);
  });

  it("outside both, links above the folders the action checks are the system's (macOS /tmp): the key is written there", async () => {
    const outside = await mkdtemp(join(tmpdir(), 'cf-mtls-outside-'));
    await mkdir(join(outside, 'real'));
    await symlink(join(outside, 'real'), join(outside, 'system-link'));
    const run = await runAction(generate({ 'private-key-file': join(outside, 'system-link', 'keys', 'client.key') }));
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const written = await readFile(join(outside, 'real', 'keys', 'client.key'), 'utf8');
    registerSecrets(written);
    expect((await lstat(join(outside, 'real', 'keys', 'client.key'))).mode & 0o777).toBe(0o600);
  });
});

describe('writing', () => {
  it('a write that fails after the certificate was issued names it and says how to revoke it', async () => {
    // /proc accepts no new file, even for root, yet it is a real folder: the pre-flight check passes.
    const run = await runAction(create({ 'certificate-file': '/proc/cf-mtls-client.pem' }));
    expect(run.exitCode).toBe(1);
    const issued = double.certificates(zoneId).at(-1)?.id ?? '';
    expect(run.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Could not write a file: .*Certificate ${issued} was issued all the same .*: revoke it \\(command: revoke, certificate-id: ${issued}\\) unless you will use it`,
        ),
      ),
    ]);
    expect(run.outputs).toEqual({});
  });

  it('refuses the same path for the certificate and the private key, before anything is generated or issued', async () => {
    const run = await runAction({
      'zone-id': zoneId,
      'api-token': token,
      'api-url': double.url,
      'generate-key': 'true',
      'private-key-file': 'client.pem',
      'certificate-file': './client.pem',
    });
    expect(run.errors).toEqual([expect.stringMatching(/^Input private-key-file is the same file as certificate-file/)]);
    expect(double.requests).toHaveLength(0);
  });

  it('replaces an existing file with loose permissions by a new one with the right mode', async () => {
    const run = await runAction(create({ 'certificate-file': 'client.pem' }), {
      beforeRun: async w => {
        await writeFile(join(w, 'client.pem'), 'old');
        await chmod(join(w, 'client.pem'), 0o666);
      },
    });
    expect(run.exitCode).toBe(0);
    const file = join(run.workspace, 'client.pem');
    expect(await readFile(file, 'utf8')).toBe(run.outputs.certificate);
    expect((await stat(file)).mode & 0o777).toBe(0o644);
  });

  it('writes a private key 0600 in a 0700 folder it makes, and warns when that is inside the workspace', async () => {
    const run = await runAction({
      'zone-id': zoneId,
      'api-token': token,
      'api-url': double.url,
      'generate-key': 'true',
      'private-key-file': 'secrets/deep/client.key',
    });
    expect(run.exitCode).toBe(0);
    const file = join(run.workspace, 'secrets/deep/client.key');
    expect((await lstat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(run.workspace, 'secrets/deep'))).mode & 0o777).toBe(0o700);
    expect(run.warnings).toContainEqual(
      expect.stringMatching(/private-key-file .*client\.key is inside the workspace: a later step could commit, cache or upload it/),
    );
    registerSecrets(await readFile(file, 'utf8'));
  });
});

describe('the post step deletes only what the main step made', () => {
  it('deletes the generated key and its folder', async () => {
    const main = await runAction({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, 'generate-key': 'true' });
    expect(main.exitCode).toBe(0);
    const file = main.state[KEY_FILE_STATE] ?? '';
    registerSecrets(await readFile(file, 'utf8'));
    const post = await runAction({}, { entry: DIST_POST_ENTRY, state: main.state, runnerTemp: main.runnerTemp });
    expect(post.exitCode).toBe(0);
    await expect(lstat(file)).rejects.toThrow(/ENOENT/);
    await expect(lstat(join(file, '..'))).rejects.toThrow(/ENOENT/);
    expect(post.stdout.split('\n').filter(line => line.startsWith('Deleted'))).toEqual([
      `Deleted the generated private key file ${file}`,
      `Deleted the folder ${join(file, '..')}`,
    ]);
  });

  it('a key recorded but never written (the main step stopped first): says so, and deletes the folder', async () => {
    const empty = await runAction({}, { entry: DIST_POST_ENTRY, state: {} });
    const folder = join(empty.runnerTemp, 'cloudflare-mtls-nokey1');
    await mkdir(folder);
    const file = join(folder, 'client.key');
    const post = await runAction({}, { entry: DIST_POST_ENTRY, state: { [KEY_FILE_STATE]: file }, runnerTemp: empty.runnerTemp });
    expect(post.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(post.stdout).toContain(`The generated private key file ${file} was never written: nothing to delete`);
    expect(post.stdout).not.toContain('Deleted the generated');
    await expect(lstat(folder)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['RUNNER_TEMP itself', (temp: string) => temp],
    ['a file outside RUNNER_TEMP', (temp: string) => join(temp, '..', 'outside.txt')],
    ['a path that climbs out with ..', (temp: string) => join(temp, 'cloudflare-mtls-abcdef', '..', '..', 'outside.txt')],
    ['a folder two levels down', (temp: string) => join(temp, 'a', 'cloudflare-mtls-abcdef', 'client.key')],
    ['a folder without the action prefix', (temp: string) => join(temp, 'other-abcdef', 'client.key')],
    ['another file name', (temp: string) => join(temp, 'cloudflare-mtls-abcdef', 'id_rsa')],
  ])('saved state naming %s: a warning, nothing deleted', async (_name, path) => {
    const main = await runAction({}, { entry: DIST_POST_ENTRY, state: {} });
    const temp = main.runnerTemp;
    await writeFile(join(temp, '..', 'outside.txt'), 'keep');
    const target = path(temp);
    const post = await runAction({}, { entry: DIST_POST_ENTRY, state: { [KEY_FILE_STATE]: target }, runnerTemp: temp });
    expect(post.exitCode).toBe(0);
    expect(post.warnings).toEqual([expect.stringMatching(/^Not deleting .*: (it is not a file this action makes|RUNNER_TEMP)/)]);
    expect(await readFile(join(temp, '..', 'outside.txt'), 'utf8')).toBe('keep');
    expect((await stat(temp)).isDirectory()).toBe(true);
  });

  it('a key folder that is a symbolic link to a folder elsewhere: a warning, nothing deleted there', async () => {
    const main = await runAction({}, { entry: DIST_POST_ENTRY, state: {} });
    const temp = main.runnerTemp;
    const elsewhere = join(temp, '..', 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'client.key'), 'not ours');
    await symlink(elsewhere, join(temp, 'cloudflare-mtls-zzzzzz'));
    const post = await runAction(
      {},
      { entry: DIST_POST_ENTRY, state: { [KEY_FILE_STATE]: join(temp, 'cloudflare-mtls-zzzzzz', 'client.key') }, runnerTemp: temp },
    );
    expect(post.warnings).toEqual([expect.stringMatching(/its folder is not a real folder/)]);
    expect(await readFile(join(elsewhere, 'client.key'), 'utf8')).toBe('not ours');
    expect(await readlink(join(temp, 'cloudflare-mtls-zzzzzz'))).toBe(elsewhere);
  });

  it('a key file that is a symbolic link: a warning, its target kept', async () => {
    const main = await runAction({}, { entry: DIST_POST_ENTRY, state: {} });
    const temp = main.runnerTemp;
    await mkdir(join(temp, 'cloudflare-mtls-yyyyyy'));
    await writeFile(join(temp, '..', 'target.txt'), 'keep');
    await symlink(join(temp, '..', 'target.txt'), join(temp, 'cloudflare-mtls-yyyyyy', 'client.key'));
    const post = await runAction(
      {},
      { entry: DIST_POST_ENTRY, state: { [KEY_FILE_STATE]: join(temp, 'cloudflare-mtls-yyyyyy', 'client.key') }, runnerTemp: temp },
    );
    expect(post.warnings).toEqual([expect.stringMatching(/it is not a regular file/)]);
    expect(await readFile(join(temp, '..', 'target.txt'), 'utf8')).toBe('keep');
  });
});
