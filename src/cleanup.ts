import { lstatSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { logLine } from './escape.js';
import { KEY_FILE_NAME, KEY_FILE_STATE, KEY_FOLDER_PREFIX, PKCS12_FILE_NAME, PKCS12_FILE_STATE } from './key-file.js';

/** The folder mkdtemp makes: the prefix and six characters. */
const KEY_FOLDER = new RegExp(`^${KEY_FOLDER_PREFIX}[A-Za-z0-9]{6}$`);

/** What the main step may record, and the one file name each may have. */
const RECORDED: readonly (readonly [state: string, name: string, what: string])[] = [
  [KEY_FILE_STATE, KEY_FILE_NAME, 'private key file'],
  [PKCS12_FILE_STATE, PKCS12_FILE_NAME, 'PKCS#12 bundle'],
];

/**
 * The post step: deletes the private key and the PKCS#12 bundle the main step wrote under RUNNER_TEMP,
 * with their folder, whatever happened in between. Saved state is data like any other: only exactly
 * RUNNER_TEMP/cloudflare-mtls-XXXXXX/client.key (or client.p12) is deleted, after lstat shows a real
 * folder (not a link) one level below RUNNER_TEMP holding a real file. Anything else gets a warning and
 * nothing is deleted. Files the user named in private-key-file or pkcs12-file are theirs to keep, and
 * never recorded. Synchronous file calls: a few on local paths, and node:fs/promises would cost the step
 * more to load (with readline and the REPL history it pulls in) than the calls take.
 */
export function run(): void {
  const runnerTemp = process.env.RUNNER_TEMP ?? '';
  // The key and the bundle may share a folder: each file is deleted (and named) first, the folders last.
  const folders = new Set<string>();
  for (const [state, name, what] of RECORDED) {
    const file = core.getState(state);
    if (file === '') continue;
    const reason = whyNotOurs(file, runnerTemp, name);
    if (reason !== undefined) {
      core.warning(logLine(`Not deleting ${file}: ${reason}`));
      continue;
    }
    try {
      // whyNotOurs found a regular file, or none: the main step may have stopped before writing it.
      const written = lstatsWithoutError(file);
      rmSync(file, { force: true });
      folders.add(dirname(file));
      core.info(logLine(written ? `Deleted the generated ${what} ${file}` : `The generated ${what} ${file} was never written: nothing to delete`));
    } catch (error) {
      core.warning(logLine(`Could not delete the generated ${what} ${file}: ${(error as Error).message}`));
    }
  }
  for (const folder of folders) {
    try {
      rmSync(folder, { recursive: true, force: true });
      core.info(logLine(`Deleted the folder ${folder}`));
    } catch (error) {
      core.warning(logLine(`Could not delete the folder ${folder}: ${(error as Error).message}`));
    }
  }
}

/** Whether lstat succeeds on the path (false on any error: the deletion that follows says what went wrong). */
function lstatsWithoutError(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Undefined when the path is the file (key or bundle) the main step made; otherwise why it is not. */
function whyNotOurs(file: string, runnerTemp: string, name: string): string | undefined {
  if (runnerTemp === '' || !isAbsolute(runnerTemp)) return 'RUNNER_TEMP is not set to an absolute path';
  const folder = dirname(file);
  const expected = join(resolve(runnerTemp), basename(folder), name);
  if (!isAbsolute(file) || file !== expected || !KEY_FOLDER.test(basename(folder))) {
    return `it is not a file this action makes (${join('RUNNER_TEMP', `${KEY_FOLDER_PREFIX}XXXXXX`, name)})`;
  }
  try {
    if (!lstatSync(folder).isDirectory()) return 'its folder is not a real folder (a link, or a file)';
    // The main step may have failed between recording the path and writing the key: the folder still goes.
    const fileStat = lstatSync(file, { throwIfNoEntry: false });
    if (fileStat !== undefined && !fileStat.isFile()) return 'it is not a regular file (a link, or a folder)';
  } catch (error) {
    return `it cannot be examined (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  return undefined;
}
