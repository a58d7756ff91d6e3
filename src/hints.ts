import type { CloudflareApiError } from './cloudflare/errors.js';
import type { Command, Credentials } from './inputs.js';

/** Cloudflare API tokens have long been 40 characters of this alphabet (newer formats may differ). */
const API_TOKEN_SHAPE = /^[A-Za-z0-9_-]{40}$/;
/** A Global API Key: 37 lowercase hexadecimal characters. */
const GLOBAL_KEY_SHAPE = /^[0-9a-f]{37}$/;

export const looksLikeApiToken = (value: string): boolean => API_TOKEN_SHAPE.test(value);
export const looksLikeGlobalKey = (value: string): boolean => GLOBAL_KEY_SHAPE.test(value);

/** The permission a command needs on the zone, as the dashboard names it. */
export function permissionFor(command: Command): string {
  return command === 'get' || command === 'list' ? 'SSL and Certificates: Read' : 'SSL and Certificates: Edit';
}

export interface HintContext {
  readonly command: Command;
  readonly zoneId: string;
  readonly credentials: Credentials;
}

/**
 * What to check after Cloudflare refused a call, from what the action knows (the command, the zone, the
 * shape of the credential): a sentence to add to Cloudflare's own code and message, or undefined. Shapes
 * only ever make a hint, never a refusal.
 */
export function hintFor(error: CloudflareApiError, context: HintContext): string | undefined {
  const { command, zoneId, credentials } = context;
  const token = credentials.kind === 'api-token' ? credentials.token : undefined;
  if (error.hasCode(6111) && token !== undefined && looksLikeGlobalKey(token)) {
    return 'api-token looks like a Global API Key (37 hexadecimal characters): give it as api-key with the account email as api-email, or better, create an API token';
  }
  if (error.hasCode(6111)) return 'api-token is not in the format of a Cloudflare API token: copy the token again (My Profile > API Tokens)';
  if (error.hasCode(6103) && credentials.kind === 'global-api-key' && looksLikeApiToken(credentials.key)) {
    return 'api-key looks like an API token (40 characters): give it as api-token instead, and remove api-email';
  }
  if (error.hasCode(6102) || error.hasCode(9103)) return 'check that api-email is the email address of the account the Global API Key belongs to';
  if (error.response.status === 403 && (error.hasCode(10000) || error.errors.length === 0)) {
    const who = credentials.kind === 'api-token' ? 'the token' : "the Global API Key's user";
    return (
      `check that ${who} has "${permissionFor(command)}" on zone ${zoneId} (for a token: its Zone Resources must include this zone). ` +
      `If ${zoneId} is your account ID (also 32 hexadecimal characters), use the Zone ID from the zone's Overview page instead`
    );
  }
  if (error.hasCode(7003) || error.hasCode(7000)) return `check zone-id: ${zoneId} is not a zone Cloudflare knows for these credentials`;
  if (error.response.status === 404 && command !== 'create' && command !== 'list') {
    return `check certificate-id: zone ${zoneId} has no client certificate with that id (it may belong to another zone)`;
  }
  return undefined;
}
