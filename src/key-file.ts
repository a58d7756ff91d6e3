import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';

/** State name under which the main step records a private key file it created under RUNNER_TEMP. */
export const KEY_FILE_STATE = 'private-key-file';
/** The folder the main step creates under RUNNER_TEMP for a generated key; the post step removes it. */
export const KEY_FOLDER_PREFIX = 'cloudflare-mtls-';
/** The key file's name in that folder. */
export const KEY_FILE_NAME = 'client.key';
/** State name under which the main step records a PKCS#12 bundle it wrote under RUNNER_TEMP. */
export const PKCS12_FILE_STATE = 'pkcs12-file';
/** The bundle's name in that folder (beside the key when both are the action's). */
export const PKCS12_FILE_NAME = 'client.p12';

/**
 * A new private folder (mode 0700, unique name) under RUNNER_TEMP for a generated key, and the key
 * file's path in it. Made when the key is written, not when the inputs are read: nothing is created
 * for a run that fails before it has a key.
 */
export async function newKeyFilePath(runnerTemp: string, name: typeof KEY_FILE_NAME | typeof PKCS12_FILE_NAME = KEY_FILE_NAME): Promise<string> {
  const folder = await mkdtemp(join(runnerTemp, KEY_FOLDER_PREFIX));
  return join(folder, name);
}
