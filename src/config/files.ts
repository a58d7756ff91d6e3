import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { CertificateRequest, PrivateKeyGivenError } from '../csr.js';
import { MAX_CSR_BYTES } from '../limits.js';
import type { Environment, InputName, ParseContext, RawInputs, ReportProblem } from './types.js';

/**
 * The files the inputs name: the CSR read from csr-file (or given inline as csr), and the paths the step
 * will write (certificate-file, private-key-file, pkcs12-file), checked before any request: each a safe
 * place to write, no two the same file, and a warning for a secret in the workspace.
 */

export function absolutePath(path: string, context: ParseContext): string {
  return isAbsolute(path) ? path : resolve(context.workingDirectory, path);
}

/** Whether path is inside folder (both absolute); false when there is no folder. */
function isInside(folder: string | undefined, path: string): boolean {
  if (!folder) return false;
  const inner = relative(resolve(folder), path);
  return !inner.startsWith('..') && !isAbsolute(inner);
}

/** The files a run will write, as absolute paths; undefined for one it will not write, or that the action places itself. */
export interface FilesToWrite {
  readonly certificate: string | undefined;
  readonly privateKey: string | undefined;
  readonly pkcs12: string | undefined;
}

/**
 * Every file the step may write is checked before any request: a bad path never leaves an issued
 * certificate behind.
 */
export async function checkFilesToWrite(
  files: FilesToWrite,
  roots: readonly string[],
  env: Environment,
  problem: ReportProblem,
  warnings: string[],
): Promise<void> {
  const { certificate, privateKey, pkcs12 } = files;
  if (certificate === undefined && privateKey === undefined && pkcs12 === undefined) return;
  // Loaded only with a path to check (file-writer.ts, the "file-writer" chunk: src/lazy.ts): a run that
  // writes no file of its own naming, and an input refused without one, never need it.
  const { checkWritablePath } = await import(/* webpackChunkName: "file-writer" */ '../file-writer.js');
  if (certificate !== undefined) {
    const unsafe = await checkWritablePath(certificate, roots);
    if (unsafe !== undefined) problem('certificate-file', unsafe);
  }
  if (privateKey !== undefined) {
    if (certificate !== undefined && resolve(certificate) === resolve(privateKey)) {
      problem('private-key-file', 'is the same file as certificate-file: give each its own path (the key must never be overwritten by the certificate)');
    }
    const unsafe = await checkWritablePath(privateKey, roots);
    if (unsafe !== undefined) problem('private-key-file', unsafe);
    if (isInside(env.GITHUB_WORKSPACE, privateKey)) {
      warnings.push(
        `private-key-file ${privateKey} is inside the workspace: a later step could commit, cache or upload it. Leave private-key-file empty to use RUNNER_TEMP, which the runner empties after the job`,
      );
    }
  }
  if (pkcs12 !== undefined) {
    const clash = [
      ['certificate-file', certificate],
      ['private-key-file', privateKey],
    ].find(([, other]) => other !== undefined && resolve(other) === resolve(pkcs12));
    if (clash) problem('pkcs12-file', `is the same file as ${clash[0]}: give each its own path`);
    const unsafe = await checkWritablePath(pkcs12, roots);
    if (unsafe !== undefined) problem('pkcs12-file', unsafe);
    if (isInside(env.GITHUB_WORKSPACE, pkcs12)) {
      warnings.push(
        `pkcs12-file ${pkcs12} is inside the workspace: a later step could commit, cache or upload it (it holds the private key). Leave pkcs12-file empty to use RUNNER_TEMP, which the runner empties after the job`,
      );
    }
  }
}

/** The CSR given inline (csr) or as a file (csr-file), parsed and its signature verified. */
export async function readCsr(raw: RawInputs, context: ParseContext, timeoutMs: number, problem: ReportProblem): Promise<CertificateRequest | undefined> {
  const inline = raw.csr;
  const file = raw['csr-file'];
  if (inline !== '' && file !== '') return problem('csr-file', 'cannot be combined with csr: give the request inline (csr) or as a file (csr-file), not both');
  if (inline === '' && file === '') {
    // A secret that is not available (a pull request from a fork) arrives as an empty string: that must
    // stay a problem, never a silent switch to generating a key.
    return problem(
      'csr',
      'is required by command "create": give the PEM certificate request (csr), or a path to it (csr-file), or set generate-key: true. ' +
        'If it comes from a secret, check that the secret exists and is available to this workflow',
    );
  }
  let text = inline;
  let source: InputName = 'csr';
  if (file !== '') {
    source = 'csr-file';
    const path = absolutePath(file, context);
    try {
      text = await readRegularFile(path, MAX_CSR_BYTES + 1, timeoutMs);
    } catch (error) {
      if (error instanceof FileReadError) return problem('csr-file', `cannot be read (${path}: ${error.message}); give the path of the PEM request file`);
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
      return problem('csr-file', `cannot be read (${path}: ${reason}); check the path, relative to the workspace`);
    }
  }
  // Loaded only with a CSR to read (csr.ts, and node:crypto with it, the "csr" chunk:
  // src/lazy.ts): an input refused without one never needs it.
  const { CsrFormatError, PrivateKeyGivenError, parseCertificateRequest } = await import(/* webpackChunkName: "csr" */ '../csr.js');
  try {
    return await parseCertificateRequest(text);
  } catch (error) {
    if (error instanceof PrivateKeyGivenError) return problem(source, privateKeyGiven(source, error));
    if (error instanceof CsrFormatError) return problem(source, error.message);
    throw error;
  }
}

/**
 * What a private key given as the CSR means, by where it came from. Inline (csr), it was a workflow input:
 * masked here and sent nowhere, but it sits in the workflow file (and the repository's history) or in a
 * secret other steps can print, so it is treated as exposed. Read from a file (csr-file), this step
 * exposed nothing: the file only needs replacing by the request made from it.
 */
function privateKeyGiven(source: InputName, error: PrivateKeyGivenError): string {
  if (source === 'csr-file') {
    return (
      `${error.message}: nothing of it was printed or sent. Give the path of the request made from it instead ` +
      '(openssl req -new -key <the key file> -out client.csr), or set generate-key: true. If that key file is committed to the repository, treat the key as exposed and make a new one'
    );
  }
  return (
    `${error.message}. It was masked in this log and not sent to Cloudflare, but treat it as exposed: as a workflow input it is written in the workflow file, ` +
    'or kept in a secret that other steps and workflows can read. Make a new key and a CSR for it ' +
    '(openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout client.key -out client.csr) and give only the CSR ' +
    '(-----BEGIN CERTIFICATE REQUEST-----), or set generate-key: true to let the action make both'
  );
}

/** Why a file the action reads is refused: not a regular file, or no answer in time. */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

/** O_NONBLOCK does not exist on Windows, which has no FIFOs that open like files. */
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;

/**
 * The first bytes of a regular file, as UTF-8: a huge file costs at most that. Only a regular file is
 * read, as fstat on the opened descriptor says (a FIFO, a device, a socket, a folder, or a link to one,
 * is refused); it is opened with O_NONBLOCK, so that opening a FIFO returns at once instead of waiting
 * for a writer. The whole read is bounded in time too (a hung network file system): after timeoutMs it
 * is abandoned with a FileReadError. openFile is the seam a test replaces.
 */
export async function readRegularFile(path: string, bytes: number, timeoutMs: number, openFile: typeof open = open): Promise<string> {
  const reading = (async () => {
    const handle = await openFile(path, constants.O_RDONLY | NON_BLOCKING);
    try {
      const kind = await handle.stat();
      if (!kind.isFile()) throw new FileReadError(`it is ${describeKind(kind)}, not a regular file`);
      const buffer = Buffer.alloc(bytes);
      let filled = 0;
      while (filled < bytes) {
        const { bytesRead } = await handle.read(buffer, filled, bytes - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled).toString('utf8');
    } finally {
      await handle.close();
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FileReadError(`no answer from the file system within ${timeoutMs / 1000} s (timeout-seconds)`)), timeoutMs);
  });
  try {
    return await Promise.race([reading, late]);
  } finally {
    clearTimeout(timer);
    // A read abandoned at the deadline may still fail later: that is no longer anyone's concern.
    reading.catch(() => undefined);
  }
}

function describeKind(kind: Stats): string {
  if (kind.isFIFO()) return 'a named pipe (FIFO)';
  if (kind.isDirectory()) return 'a folder';
  if (kind.isSocket()) return 'a socket';
  if (kind.isCharacterDevice() || kind.isBlockDevice()) return 'a device';
  return 'not a regular file';
}
