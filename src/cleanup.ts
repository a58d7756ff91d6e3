import { lstat, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { logLine } from './escape.js';
import { KEY_FILE_NAME, KEY_FILE_STATE, KEY_FOLDER_PREFIX } from './key-file.js';

/** The folder mkdtemp makes: the prefix and six characters. */
const KEY_FOLDER = new RegExp(`^${KEY_FOLDER_PREFIX}[A-Za-z0-9]{6}$`);

/**
 * The post step: deletes the private key the main step generated under RUNNER_TEMP, with its folder,
 * whatever happened in between. Saved state is data like any other: only exactly
 * RUNNER_TEMP/cloudflare-mtls-XXXXXX/client.key is deleted, after lstat shows a real folder (not a link)
 * one level below RUNNER_TEMP holding a real file. Anything else gets a warning and nothing is deleted.
 * Files the user named in private-key-file are theirs to keep, and never recorded.
 */
export async function run(): Promise<void> {
  const file = core.getState(KEY_FILE_STATE);
  if (file === '') return;
  const problem = await whyNotOurs(file, process.env.RUNNER_TEMP ?? '');
  if (problem !== undefined) {
    core.warning(logLine(`Not deleting ${file}: ${problem}`));
    return;
  }
  try {
    await rm(dirname(file), { recursive: true });
    core.info(logLine(`Deleted the generated private key file ${file}`));
  } catch (error) {
    core.warning(logLine(`Could not delete the generated private key file ${file}: ${(error as Error).message}`));
  }
}

/** Undefined when the path is the key file the main step made; otherwise why it is not. */
async function whyNotOurs(file: string, runnerTemp: string): Promise<string | undefined> {
  if (runnerTemp === '' || !isAbsolute(runnerTemp)) return 'RUNNER_TEMP is not set to an absolute path';
  const folder = dirname(file);
  const expected = join(resolve(runnerTemp), basename(folder), KEY_FILE_NAME);
  if (!isAbsolute(file) || file !== expected || !KEY_FOLDER.test(basename(folder))) {
    return `it is not a key file this action makes (${join('RUNNER_TEMP', `${KEY_FOLDER_PREFIX}XXXXXX`, KEY_FILE_NAME)})`;
  }
  try {
    if (!(await lstat(folder)).isDirectory()) return 'its folder is not a real folder (a link, or a file)';
    const fileStat = await lstat(file).catch((error: NodeJS.ErrnoException) => {
      // The main step may have failed between recording the path and writing the key: the folder still goes.
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (fileStat !== undefined && !fileStat.isFile()) return 'it is not a regular file (a link, or a folder)';
  } catch (error) {
    return `it cannot be examined (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  return undefined;
}
