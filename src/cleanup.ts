import { rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative } from 'node:path';
import * as core from '@actions/core';
import { KEY_FILE_STATE, KEY_FOLDER_PREFIX } from './key-file.js';

/**
 * The post step: deletes the private key file the main step generated under RUNNER_TEMP (and its
 * folder), whatever happened in between. Files the user named in private-key-file are theirs to keep.
 */
export async function run(): Promise<void> {
  const file = core.getState(KEY_FILE_STATE);
  if (file === '') return;
  const runnerTemp = process.env.RUNNER_TEMP ?? '';
  const inside = runnerTemp !== '' && isAbsolute(file) && !relative(runnerTemp, file).startsWith('..');
  if (!inside) {
    core.warning(`Not deleting ${file}: it is not under RUNNER_TEMP`);
    return;
  }
  try {
    // The folder is the action's own (cloudflare-mtls-…): remove it with the key; anything else, only the file.
    const folder = dirname(file);
    await rm(basename(folder).startsWith(KEY_FOLDER_PREFIX) ? folder : file, { recursive: true, force: true });
    core.info(`Deleted the generated private key file ${file}`);
  } catch (error) {
    core.warning(`Could not delete the generated private key file ${file}: ${(error as Error).message}`);
  }
}
