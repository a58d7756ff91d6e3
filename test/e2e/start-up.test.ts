// What a step loads, through dist/ as the runner runs it: a refused input and the post step load neither
// node:crypto nor node:fs/promises (scripts/start-up-transform.ts, docs/performance.md), nor node:net
// (their lines go to fd 1 without a net.Socket: src/stdout.ts), and a run that needs them still gets them.
// And which of dist/'s chunks it loads (src/lazy.ts): a refused input none (unless a CSR, hostnames or a
// path to check were given), a get only the second stage,
// each other part only on the run that needs it. A preload records, at exit, Node's list of the builtins
// the process loaded and the files it required.

import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_FILE_STATE, newKeyFilePath } from '../../src/key-file.ts';
import { CloudflareDouble } from '../double/server.ts';
import { newId, newToken } from '../support/fixtures.ts';
import { readSources } from '../support/import-graph.ts';
import { generateCsr } from '../support/pki.ts';
import { type ActionRun, DIST_POST_ENTRY, type RunOptions, registerSecrets, runAction } from '../support/run-action.ts';

const token = newToken();
const zoneId = newId();
let double: CloudflareDouble;
let scratch: string;

beforeAll(async () => {
  double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });
  registerSecrets(token);
  scratch = await mkdtemp(join(tmpdir(), 'cf-mtls-start-up-'));
});
afterAll(() => double.close());

/** The builtins a heavy load would show: node:crypto, fs/promises (with the readline it pulls in), net (process.stdout on a pipe). */
const DEFERRED = [
  'NativeModule net',
  'NativeModule crypto',
  'NativeModule fs/promises',
  'NativeModule internal/fs/promises',
  'NativeModule internal/readline/interface',
];

let runs = 0;
/**
 * Runs the step with a preload that writes, when the process exits, process.moduleLoadList (the builtins)
 * and the files it required (require.cache: the bundle and each chunk it loaded); returns the run and both.
 */
async function runRecorded(inputs: Record<string, string>, options: RunOptions = {}): Promise<{ run: ActionRun; loaded: string[]; files: string[] }> {
  runs += 1;
  const list = join(scratch, `loaded-${runs}.json`);
  const preload = join(scratch, `preload-${runs}.cjs`);
  await writeFile(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(require.cache) })));`,
  );
  const run = await runAction(inputs, { ...options, env: { ...options.env, NODE_OPTIONS: `--require ${preload}` } });
  const { builtins, files } = JSON.parse(await readFile(list, 'utf8')) as { builtins: string[]; files: string[] };
  return { run, loaded: builtins, files: files.filter(file => file !== preload) };
}

const DIST = resolve(import.meta.dirname, '../../dist');
/**
 * The parts of the main step that are chunks of their own (src/lazy.ts), each by a sentence only its module
 * of src/ says (dist/ is minified, so names are not kept; text is). Told apart by what a loaded file holds,
 * not by webpack's chunk numbers, which change.
 */
const PART_SOURCES: Record<string, [file: string, text: string]> = {
  'second stage': ['commands/index.ts', 'A proxy is set, but api-url is a loopback address'],
  csr: ['csr.ts', 'has a PEM body that is not valid base64'],
  create: ['commands/create.ts', 'internal error: no PKCS#12 settings'],
  'change-status': ['commands/change-status.ts', 'being revoked (pending_revocation)'],
  list: ['commands/list.ts', 'has no client certificates with status'],
  hostnames: ['commands/hostnames.ts', 'dashboard: SSL/TLS > Client Certificates > Hosts'],
  'hostnames input': ['hostnames.ts', 'is a wildcard: give each hostname to protect by name'],
  'file writer': ['file-writer.ts', 'the action never writes through a link: give the path of a regular file'],
  hints: ['hints.ts', 'Free 5, Pro 20, Business 100, Enterprise 1000'],
};
const PARTS: Record<string, string> = Object.fromEntries(Object.entries(PART_SOURCES).map(([part, [, text]]) => [part, text]));
/** The parts whose code the loaded files of dist/ define, in PARTS' order. */
function partsIn(files: readonly string[]): string[] {
  const texts = files.filter(file => dirname(file) === DIST).map(file => readFileSync(file, 'utf8'));
  return Object.keys(PARTS).filter(part => texts.some(text => text.includes(PARTS[part] as string)));
}

describe('which chunks of dist/ a main step loads', () => {
  it('tells each part by text that its module has, and no other module of src/', () => {
    const sources = [...readSources(resolve(import.meta.dirname, '../../src'))];
    for (const [part, [file, text]] of Object.entries(PART_SOURCES)) {
      expect(
        sources.filter(([, source]) => source.includes(text)).map(([module]) => module),
        part,
      ).toEqual([`src/${file}`]);
    }
  });

  it('has each part in a chunk of its own, none of them in index.js', () => {
    const chunks = readdirSync(DIST).filter(name => /^\d+\.index\.js$/.test(name));
    const entry = readFileSync(join(DIST, 'index.js'), 'utf8');
    const holders = (definition: string): string[] => chunks.filter(name => readFileSync(join(DIST, name), 'utf8').includes(definition));
    const [hostnamesChunk] = holders(PARTS.hostnames as string);
    const own = Object.entries(PARTS).map(([part, definition]) => {
      expect(entry, part).not.toContain(definition);
      // The hostnames chunk carries its own copies of the hints and the hostnames reader (src/lazy.ts).
      const files = holders(definition).filter(name => part === 'hostnames' || name !== hostnamesChunk);
      expect(files, part).toHaveLength(1);
      return files[0];
    });
    expect(new Set(own).size).toBe(own.length);
  });

  it('a refused input: index.js alone, none of the chunks', async () => {
    const { run, files } = await runRecorded({ command: 'get', 'zone-id': 'not-a-zone', 'api-token': token, 'api-url': double.url, 'certificate-id': newId() });
    expect(run.exitCode).toBe(1);
    expect(files.filter(file => dirname(file) === DIST).map(file => basename(file))).toEqual(['index.js']);
  });

  it('a get: the second stage only', async () => {
    const { csrPem } = await generateCsr({ keyType: 'ec-p256' });
    const seeded = await double.seed(zoneId, csrPem, 365);
    const { run, files } = await runRecorded({ command: 'get', 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, 'certificate-id': seeded.id });
    expect(run.exitCode).toBe(0);
    expect(files.filter(file => dirname(file) === DIST)).toHaveLength(2);
    expect(partsIn(files)).toEqual(['second stage']);
  });

  it('a create: the second stage, the CSR check and the create command', async () => {
    const { csrPem } = await generateCsr({ keyType: 'ec-p256' });
    const { run, files } = await runRecorded({ 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, csr: csrPem });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.id).toBeTruthy();
    expect(partsIn(files)).toEqual(['second stage', 'csr', 'create']);
  });

  it('a call Cloudflare refuses: the hints too, for what to check', async () => {
    const { run, files } = await runRecorded({ command: 'get', 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, 'certificate-id': newId() });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/Cloudflare API error 1415: .*\(HTTP 400.*Check certificate-id/);
    expect(partsIn(files)).toEqual(['second stage', 'hints']);
  });

  it('a certificate written to a file: the file writer too', async () => {
    const { csrPem } = await generateCsr({ keyType: 'ec-p256' });
    const seeded = await double.seed(zoneId, csrPem, 365);
    const runnerTemp = await mkdtemp(join(tmpdir(), 'cf-mtls-chunks-'));
    const { run, files } = await runRecorded(
      {
        command: 'get',
        'zone-id': zoneId,
        'api-token': token,
        'api-url': double.url,
        'certificate-id': seeded.id,
        'certificate-file': join(runnerTemp, 'client.pem'),
      },
      { runnerTemp },
    );
    expect(run.exitCode).toBe(0);
    expect(await readFile(join(runnerTemp, 'client.pem'), 'utf8')).toContain('BEGIN CERTIFICATE');
    expect(partsIn(files)).toEqual(['second stage', 'file writer']);
  });
});

describe('what a step loads', () => {
  it('a refused input: one error line and the summary, without node:crypto or node:fs/promises', async () => {
    const before = double.requests.length;
    const { run, loaded } = await runRecorded({
      command: 'get',
      'zone-id': 'not-a-zone',
      'api-token': token,
      'api-url': double.url,
      'certificate-id': newId(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Input zone-id must be 32 hexadecimal characters/)]);
    expect(run.summary).toContain('Input zone-id must be 32 hexadecimal characters');
    expect(double.requests).toHaveLength(before);
    expect(loaded.filter(name => DEFERRED.includes(name))).toEqual([]);
  });

  it('a refused input with a CSR still has the CSR verified, with node:crypto loaded on first use', async () => {
    const { csrPem } = await generateCsr({ keyType: 'ec-p256' });
    const { run, loaded } = await runRecorded({ 'zone-id': 'not-a-zone', 'api-token': token, 'api-url': double.url, csr: csrPem });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Input zone-id /)]);
    expect(loaded).toContain('NativeModule crypto');
  });

  it('a get verifies the certificate with node:crypto, loaded on first use', async () => {
    const { csrPem } = await generateCsr({ keyType: 'ec-p256' });
    const seeded = await double.seed(zoneId, csrPem, 365);
    const { run, loaded } = await runRecorded({ command: 'get', 'zone-id': zoneId, 'api-token': token, 'api-url': double.url, 'certificate-id': seeded.id });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(run.summary).toContain('Client certificate');
    expect(loaded).toContain('NativeModule crypto');
  });

  it('the post step with nothing to delete, and with a generated key to delete: neither builtin', async () => {
    const nothing = await runRecorded({}, { entry: DIST_POST_ENTRY, state: {} });
    expect(nothing.run.exitCode).toBe(0);
    expect(nothing.run.stdout).toBe('');
    expect(nothing.loaded.filter(name => DEFERRED.includes(name))).toEqual([]);

    const runnerTemp = await mkdtemp(join(tmpdir(), 'cf-mtls-post-'));
    const keyFile = await newKeyFilePath(runnerTemp);
    await writeFile(keyFile, 'a key\n', { mode: 0o600 });
    const deleting = await runRecorded({}, { entry: DIST_POST_ENTRY, state: { [KEY_FILE_STATE]: keyFile }, runnerTemp });
    expect(deleting.run.exitCode).toBe(0);
    expect(deleting.run.stdout).toContain(`Deleted the generated private key file ${keyFile}`);
    await expect(stat(dirname(keyFile))).rejects.toThrow(/ENOENT/);
    expect(deleting.loaded.filter(name => DEFERRED.includes(name))).toEqual([]);
  });
});
