/** The action's version; a test keeps it equal to package.json's. */
export const ACTION_VERSION = '1.0.0';

export const USER_AGENT = `cloudflare-mtls-certificate-action/${ACTION_VERSION} (node ${process.version})`;
