import { MIN_REDACTED_LENGTH } from '../redact.js';
import { type Credentials, DEFAULT_ISSUE_LABEL, type Environment, type RawInputs, type ReportProblem, type TrackingIssueConfig } from './types.js';

/**
 * The credentials (api-token, or api-email and api-key; github-token for the tracking issue) and the
 * checks of their shape. A shape is only ever a warning or a hint, never a refusal: Cloudflare changes
 * its formats. What is refused is what no credential can be (spaces, a pasted "Bearer " scheme, a value
 * too short to be kept out of outside text).
 */

/** Cloudflare API tokens have long been 40 characters of this alphabet (newer formats may differ). */
const API_TOKEN_SHAPE = /^[A-Za-z0-9_-]{40}$/;
/** A Global API Key: 37 lowercase hexadecimal characters. */
const GLOBAL_KEY_SHAPE = /^[0-9a-f]{37}$/;

export const looksLikeApiToken = (value: string): boolean => API_TOKEN_SHAPE.test(value);
export const looksLikeGlobalKey = (value: string): boolean => GLOBAL_KEY_SHAPE.test(value);

const HEADER_SAFE = /^[\x21-\x7e]+$/;
/** An Authorization header's scheme pasted with the token ("Bearer abc…", as curl examples show it). */
const AUTHORIZATION_SCHEME = /^(bearer|token)\s/i;

/**
 * The credentials, and a warning (never a refusal) when a value has the shape of the other kind: shapes
 * change, so they only ever help the message.
 */
export function readCredentials(raw: RawInputs, problem: ReportProblem, warnings: string[]): Credentials | undefined {
  const token = raw['api-token'];
  const email = raw['api-email'];
  const key = raw['api-key'];
  if (token !== '' && (email !== '' || key !== '')) {
    const other = email !== '' ? 'api-email' : 'api-key';
    return problem('api-token', `cannot be combined with ${other}: give either api-token (recommended) or the api-email and api-key pair, not both`);
  }
  if (token !== '') {
    const scheme = AUTHORIZATION_SCHEME.exec(token)?.[1];
    if (scheme !== undefined)
      return problem('api-token', `starts with "${scheme} ": give the token alone, without the prefix (the action sends it as "Authorization: Bearer …")`);
    if (!HEADER_SAFE.test(token)) return problem('api-token', 'contains spaces, line breaks or other characters no API token has; copy the token again');
    if (token.length < MIN_REDACTED_LENGTH)
      return problem('api-token', `is shorter than ${MIN_REDACTED_LENGTH} characters, which no API token is: copy the whole token again`);
    if (looksLikeGlobalKey(token)) {
      warnings.push('api-token looks like a Global API Key (37 hexadecimal characters), which Cloudflare accepts only as api-key with api-email');
    }
    return { kind: 'api-token', token };
  }
  if (email === '' && key === '') {
    return problem('api-token', 'is required: give an API token with the "SSL and Certificates" permission (or the legacy api-email and api-key pair)');
  }
  if (key === '') return problem('api-key', 'is required when api-email is set: give the Global API Key, or use api-token instead');
  if (email === '' && looksLikeApiToken(key)) {
    return problem('api-key', 'looks like an API token (40 characters): give it as api-token instead (a Global API Key would also need api-email)');
  }
  if (email === '') return problem('api-email', 'is required when api-key is set: give the email address of the Cloudflare account');
  if (!HEADER_SAFE.test(key)) return problem('api-key', 'contains spaces, line breaks or other characters no API key has; copy the key again');
  if (key.length < MIN_REDACTED_LENGTH)
    return problem('api-key', `is shorter than ${MIN_REDACTED_LENGTH} characters, which no Global API Key is (they have 37): copy the whole key again`);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) return problem('api-email', 'is not an email address');
  if (looksLikeApiToken(key)) warnings.push('api-key looks like an API token (40 characters): if it is one, give it as api-token and remove api-email');
  return { kind: 'global-api-key', email, key };
}

/** The tracking issue: github-token (checked like the other credentials), its label, and the repository it is opened in. */
export function readTrackingIssue(
  raw: RawInputs,
  env: Environment,
  problem: ReportProblem,
  defaultLabel: string = DEFAULT_ISSUE_LABEL,
): TrackingIssueConfig | undefined {
  const token = raw['github-token'];
  if (token === '') return undefined;
  const scheme = AUTHORIZATION_SCHEME.exec(token)?.[1];
  if (scheme !== undefined) return problem('github-token', `starts with "${scheme} ": give the token alone, without the prefix`);
  if (!HEADER_SAFE.test(token))
    return problem('github-token', 'contains spaces or line breaks; pass the workflow token (github.token) or a token from a secret');
  if (token.length < MIN_REDACTED_LENGTH)
    return problem(
      'github-token',
      `is shorter than ${MIN_REDACTED_LENGTH} characters, which no GitHub token is: pass the workflow token (github.token) or a token from a secret`,
    );
  const label = raw['issue-label'] === '' ? defaultLabel : raw['issue-label'];
  if (label.length > 50 || /[\r\n,]/.test(label)) return problem('issue-label', 'must be one label name of at most 50 characters, without commas');
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0)
    return problem('github-token', 'needs GITHUB_REPOSITORY (owner/repo), which the runner sets, to know where to open the tracking issue');
  return { token, label, repository: { owner, repo } };
}
