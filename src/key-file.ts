import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';

/** State name under which the main step records a private key file it created under RUNNER_TEMP. */
export const KEY_FILE_STATE = 'private-key-file';
/** The folder the main step creates under RUNNER_TEMP for a generated key; the post step removes it. */
export const KEY_FOLDER_PREFIX = 'cloudflare-mtls-';
/** The key file's name in that folder. */
export const KEY_FILE_NAME = 'client.key';

/**
 * A new private folder (mode 0700, unique name) under RUNNER_TEMP for a generated key, and the key
 * file's path in it. Made when the key is written, not when the inputs are read: nothing is created
 * for a run that fails before it has a key.
 */
export async function newKeyFilePath(runnerTemp: string): Promise<string> {
  const folder = await mkdtemp(join(runnerTemp, KEY_FOLDER_PREFIX));
  return join(folder, KEY_FILE_NAME);
}
