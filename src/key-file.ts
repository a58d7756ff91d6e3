/** State name under which the main step records a private key file it created under RUNNER_TEMP. */
export const KEY_FILE_STATE = 'private-key-file';
/** The folder the main step creates under RUNNER_TEMP for a generated key; the post step removes it. */
export const KEY_FOLDER_PREFIX = 'cloudflare-mtls-';
