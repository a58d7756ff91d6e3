import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { CERTIFICATE_STATUSES } from './cloudflare/types.js';
import { type CertificateRequest, CsrFormatError, PrivateKeyGivenError, parseCertificateRequest } from './csr.js';
import { checkWritablePath, writeRoots } from './file-writer.js';
import { looksLikeApiToken, looksLikeGlobalKey } from './hints.js';
import { parseHostnames } from './hostnames.js';
import { canonicalId, ID_SHAPES, type IdKind, isId } from './identifier.js';
import { MAX_CSR_BYTES } from './limits.js';
import { isLoopback } from './loopback.js';
import { MIN_REDACTED_LENGTH } from './redact.js';

/** Every input the action reads, exactly as named in action.yml. */
export const INPUT_NAMES = [
  'command',
  'zone-id',
  'api-token',
  'api-email',
  'api-key',
  'csr',
  'csr-file',
  'validity-days',
  'reuse-existing',
  'generate-key',
  'key-type',
  'common-name',
  'organization',
  'organizational-unit',
  'country',
  'state',
  'locality',
  'output-private-key',
  'private-key-file',
  'certificate-id',
  'wait',
  'list-status',
  'fail-on-empty',
  'certificate-file',
  'min-days-remaining',
  'require-active',
  'github-token',
  'issue-label',
  'api-url',
  'timeout-seconds',
  'max-retries',
  'hostnames',
  'mtls-certificate-id',
  'pkcs12-file',
  'pkcs12-password',
  'pkcs12-algorithms',
  'job-summary',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/** Inputs as the runner hands them over: trimmed strings, '' when not set. */
export type RawInputs = Readonly<Record<InputName, string>>;

export const COMMANDS = ['create', 'get', 'revoke', 'reactivate', 'list'] as const;
export type Command = (typeof COMMANDS)[number];

export const KEY_TYPES = ['ecdsa-p256', 'rsa-2048', 'rsa-3072'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

/** PKCS#12 algorithm sets: AES-256 with PBKDF2/SHA-256 (modern), or 3DES with SHA-1 for older Java and Windows (legacy). */
export const PKCS12_ALGORITHM_SETS = ['modern', 'legacy'] as const;
export type Pkcs12AlgorithmSet = (typeof PKCS12_ALGORITHM_SETS)[number];

export const LIST_STATUSES = ['all', ...CERTIFICATE_STATUSES] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export const DEFAULT_API_URL = 'https://api.cloudflare.com/client/v4';
export const DEFAULT_VALIDITY_DAYS = 3650;
export const MAX_VALIDITY_DAYS = 36500;
/**
 * Days a reused certificate must have left when min-days-remaining is not set: 30, or half the validity
 * when that is shorter, so that a certificate this action just issued is always reusable (one issued for
 * validity-days: 30 has 29 whole days left).
 */
export const DEFAULT_REUSE_MIN_DAYS = 30;

export function defaultReuseMinDays(validityDays: number): number {
  return Math.min(DEFAULT_REUSE_MIN_DAYS, Math.floor(validityDays / 2));
}
export const DEFAULT_ISSUE_LABEL = 'client-certificate-expiry';

export type Credentials =
  | { readonly kind: 'api-token'; readonly token: string }
  | { readonly kind: 'global-api-key'; readonly email: string; readonly key: string };

interface BaseConfig {
  readonly zoneId: string;
  readonly credentials: Credentials;
  readonly apiUrl: string;
  /** Absolute path the certificate PEM is written to, when asked. */
  readonly certificateFile: string | undefined;
  /** The workspace and RUNNER_TEMP: below them, no part of a path the action writes may be a link (file-writer.ts). */
  readonly writeRoots: readonly string[];
  readonly minDaysRemaining: number | undefined;
  readonly requireActive: boolean;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  /** Write the job summary (input job-summary, on by default). */
  readonly jobSummary: boolean;
  /** Not errors, but worth a warning before anything is done (a key file in the workspace, say). */
  readonly warnings: readonly string[];
}

/** The subject and key of a CSR the action generates itself. */
export interface KeyRequest {
  readonly keyType: KeyType;
  readonly commonName: string;
  readonly organization: string | undefined;
  readonly organizationalUnit: string | undefined;
  readonly country: string | undefined;
  readonly state: string | undefined;
  readonly locality: string | undefined;
  /** Where the private key goes: the path the user gave, or a new folder the action makes under RUNNER_TEMP. */
  readonly privateKeyFile: { readonly kind: 'given'; readonly path: string } | { readonly kind: 'runner-temp'; readonly runnerTemp: string };
}

/** Hostnames that must have mTLS enabled (create makes sure they do; get and list check). */
export interface HostnamesConfig {
  /** Lowercase ASCII hostnames, each once. */
  readonly names: readonly string[];
  /** Internationalized names converted to punycode: [as given, as sent]; said in the log. */
  readonly converted: readonly (readonly [string, string])[];
  /** An uploaded CA (mTLS Certificate Management) instead of the account's Cloudflare Managed CA. */
  readonly mtlsCertificateId: string | undefined;
}

/** A PKCS#12 bundle of the generated key and the certificate. */
export interface Pkcs12Config {
  /** The path the user gave, or a new folder the action makes under RUNNER_TEMP (removed by the post step). */
  readonly file: { readonly kind: 'given'; readonly path: string } | { readonly kind: 'runner-temp'; readonly runnerTemp: string };
  /** A secret: masked before anything can print. */
  readonly password: string;
  readonly algorithms: Pkcs12AlgorithmSet;
}

export interface CreateConfig extends BaseConfig {
  readonly command: 'create';
  /** A CSR the user gave, or the key and subject for one the action generates. */
  readonly csr: { readonly kind: 'given'; readonly request: CertificateRequest } | { readonly kind: 'generate'; readonly key: KeyRequest };
  readonly validityDays: number;
  readonly reuseExisting: boolean;
  /** Whether the generated private key is also set as the private-key output (opt-in; the file is the default channel). */
  readonly outputPrivateKey: boolean;
  /** With generate-key: also write a PKCS#12 bundle. */
  readonly pkcs12: Pkcs12Config | undefined;
  readonly hostnames: HostnamesConfig | undefined;
}

/** Opens, updates and closes one issue in the repository while a check fails (get and list). */
export interface TrackingIssueConfig {
  readonly token: string;
  readonly label: string;
  readonly repository: { readonly owner: string; readonly repo: string };
}

export interface GetConfig extends BaseConfig {
  readonly command: 'get';
  readonly certificateId: string;
  readonly trackingIssue: TrackingIssueConfig | undefined;
  /** Checked (read only) to still have mTLS enabled. */
  readonly hostnames: HostnamesConfig | undefined;
}

export interface ChangeStatusConfig extends BaseConfig {
  readonly command: 'revoke' | 'reactivate';
  readonly certificateId: string;
  /** Poll until the pending status settles, within the deadline. */
  readonly wait: boolean;
}

export interface ListConfig extends BaseConfig {
  readonly command: 'list';
  readonly status: ListStatus;
  /** Fail the step when no certificate of that status is listed (a check pointed at the wrong zone). */
  readonly failOnEmpty: boolean;
  readonly trackingIssue: TrackingIssueConfig | undefined;
  /** Checked (read only) to still have mTLS enabled. */
  readonly hostnames: HostnamesConfig | undefined;
}

export type Config = CreateConfig | GetConfig | ChangeStatusConfig | ListConfig;

/** One problem with one input; the message is printed as is, so it never quotes a secret. */
export interface InputProblem {
  readonly input: InputName;
  readonly message: string;
}

/** All problems found in the inputs, each to be reported on its own line. */
export class InputError extends Error {
  override name = 'InputError';
  readonly problems: readonly InputProblem[];

  constructor(problems: readonly InputProblem[]) {
    super(problems.map(p => `Input ${p.input} ${p.message}`).join('\n'));
    this.problems = problems;
  }
}

export interface ParseContext {
  /** Where relative paths point: the workspace on a runner. */
  readonly workingDirectory: string;
  /** The runner's environment: RUNNER_TEMP and GITHUB_REPOSITORY are read from it. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const WHOLE_NUMBER = /^(0|[1-9][0-9]*)$/;
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
const HEADER_SAFE = /^[\x21-\x7e]+$/;
/** An Authorization header's scheme pasted with the token ("Bearer abc…", as curl examples show it). */
const AUTHORIZATION_SCHEME = /^(bearer|token)\s/i;
const DEFAULT_TIMEOUT_SECONDS = 60;
const DEFAULT_MAX_RETRIES = 3;
/** Far above any password a person or a secret manager makes; the bundle's KDF hashes every character. */
const MAX_PKCS12_PASSWORD = 1024;
/** X.520's upper bound for a name attribute, which CAs enforce. */
const MAX_SUBJECT_LENGTH = 64;

type Report = (input: InputName, message: string) => undefined;

/**
 * Reads every input once into one validated, immutable config, or throws an InputError that lists
 * every bad input. Nothing here sends a request, so a bad input never costs an API call.
 *
 * The runner passes action.yml's defaults as if they were set, so an input with a default (status,
 * key-type, wait: false, …) is never reported as "not used by this command"; a flag set to true is.
 */
export async function parseConfig(raw: RawInputs, context: ParseContext): Promise<Config> {
  const problems: InputProblem[] = [];
  const problem: Report = (input, message) => {
    problems.push({ input, message });
    return undefined;
  };
  const env = context.env ?? {};

  const commandText = raw.command === '' ? 'create' : raw.command;
  const command = (COMMANDS as readonly string[]).includes(commandText) ? (commandText as Command) : undefined;
  if (command === undefined) {
    problem('command', `is "${printable(commandText)}", which is not a command; use one of: ${COMMANDS.join(', ')}`);
  }

  const zoneId = identifier(raw['zone-id'], 'zone-id', 'zone', problem, "the Zone ID on the zone's Overview page in the Cloudflare dashboard");
  const warnings: string[] = [];
  const credentials = readCredentials(raw, problem, warnings);
  const apiUrl = readApiUrl(raw['api-url'], problem);
  const minDaysRemaining =
    raw['min-days-remaining'] === '' ? undefined : wholeNumberInRange(raw['min-days-remaining'], 'min-days-remaining', 30, 0, MAX_VALIDITY_DAYS, problem);
  const requireActive = readBoolean(raw['require-active'], 'require-active', true, problem);
  const timeoutSeconds = wholeNumberInRange(raw['timeout-seconds'], 'timeout-seconds', DEFAULT_TIMEOUT_SECONDS, 1, 3600, problem);
  const maxRetries = wholeNumberInRange(raw['max-retries'], 'max-retries', DEFAULT_MAX_RETRIES, 0, 10, problem);
  const certificateFile = raw['certificate-file'] === '' ? undefined : absolutePath(raw['certificate-file'], context);
  const reuseExisting = readBoolean(raw['reuse-existing'], 'reuse-existing', false, problem);
  const generateKey = readBoolean(raw['generate-key'], 'generate-key', false, problem);
  const wait = readBoolean(raw.wait, 'wait', false, problem);
  const keyType = oneOf(raw['key-type'], 'key-type', KEY_TYPES, 'ecdsa-p256', problem);
  const status = oneOf(raw['list-status'], 'list-status', LIST_STATUSES, 'active', problem);
  const failOnEmpty = readBoolean(raw['fail-on-empty'], 'fail-on-empty', false, problem);
  const jobSummary = readBoolean(raw['job-summary'], 'job-summary', true, problem);
  const outputPrivateKey = readBoolean(raw['output-private-key'], 'output-private-key', false, problem);
  const pkcs12Algorithms = oneOf(raw['pkcs12-algorithms'], 'pkcs12-algorithms', PKCS12_ALGORITHM_SETS, 'modern', problem);

  // Checks of which input goes with which command need a known command: an unknown one is its own problem.
  const onlyFor = (input: InputName, commands: string): undefined =>
    command === undefined ? undefined : problem(input, `is only used by command ${commands}; remove it, or change command`);
  const creating = command === 'create';
  if (!creating) {
    for (const input of ['csr', 'csr-file'] as const) if (raw[input] !== '') onlyFor(input, '"create"');
    if (reuseExisting === true) onlyFor('reuse-existing', '"create"');
    if (generateKey === true) onlyFor('generate-key', '"create"');
  }
  if (raw['list-status'] !== '' && raw['list-status'] !== 'active' && command !== 'list') onlyFor('list-status', '"list"');
  if (failOnEmpty === true && command !== 'list') onlyFor('fail-on-empty', '"list"');
  if (outputPrivateKey === true && generateKey !== true)
    problem('output-private-key', 'is only used with generate-key: true; remove it, or set generate-key: true');
  if (generateKey !== true) {
    for (const input of [
      'common-name',
      'organization',
      'organizational-unit',
      'country',
      'state',
      'locality',
      'private-key-file',
      'pkcs12-file',
      'pkcs12-password',
    ] as const) {
      if (raw[input] !== '') problem(input, 'is only used with generate-key: true; remove it, or set generate-key: true');
    }
  }
  if (pkcs12Algorithms === 'legacy' && raw['pkcs12-file'] === '' && raw['pkcs12-password'] === '')
    problem('pkcs12-algorithms', 'is only used when a PKCS#12 bundle is written: set pkcs12-password (and pkcs12-file), or remove it');
  if (wait === true && command !== 'revoke' && command !== 'reactivate') onlyFor('wait', '"revoke" or "reactivate"');
  if (raw['min-days-remaining'] !== '' && (command === 'revoke' || command === 'reactivate')) onlyFor('min-days-remaining', '"create", "get" or "list"');
  if (raw['certificate-file'] !== '' && command === 'list')
    onlyFor('certificate-file', '"create", "get", "revoke" or "reactivate" (list has no single certificate)');
  if (raw['github-token'] !== '' && command !== 'get' && command !== 'list') onlyFor('github-token', '"get" or "list" (for the tracking issue)');
  const usesId = command === 'get' || command === 'revoke' || command === 'reactivate';
  if (!usesId && raw['certificate-id'] !== '') onlyFor('certificate-id', '"get", "revoke" or "reactivate"');
  const certificateId = !usesId
    ? undefined
    : raw['certificate-id'] === ''
      ? problem(
          'certificate-id',
          `is required by command "${command}": give the certificate's id, ${ID_SHAPES.certificate} (the id output of the step that created it)`,
        )
      : identifier(raw['certificate-id'], 'certificate-id', 'certificate', problem, 'the id output of the step that created the certificate');

  let validityDays: number | undefined;
  let csr: CreateConfig['csr'] | undefined;
  if (creating) {
    validityDays = wholeNumberInRange(raw['validity-days'], 'validity-days', DEFAULT_VALIDITY_DAYS, 1, MAX_VALIDITY_DAYS, problem);
    if (generateKey === true) {
      if (raw.csr !== '' || raw['csr-file'] !== '')
        problem('generate-key', `cannot be combined with ${raw.csr !== '' ? 'csr' : 'csr-file'}: either give a CSR or let the action generate the key and CSR`);
      if (reuseExisting === true) problem('reuse-existing', 'cannot be combined with generate-key: true: a new key never matches an existing certificate');
      const key = keyType === undefined ? undefined : readKeyRequest(raw, keyType, context, env, problem);
      csr = key && { kind: 'generate', key };
    } else if (generateKey === false || raw.csr !== '' || raw['csr-file'] !== '') {
      // An unreadable generate-key (already reported) does not also make a missing CSR an error.
      const request = await readCsr(raw, context, (timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000, problem);
      csr = request && { kind: 'given', request };
    }
    if (validityDays !== undefined && minDaysRemaining !== undefined && minDaysRemaining >= validityDays) {
      problem(
        'min-days-remaining',
        `(${minDaysRemaining}) is not below validity-days (${validityDays}): a new certificate has ${validityDays - 1} whole days left, so the step would issue it and then fail. Lower min-days-remaining or raise validity-days`,
      );
    }
  }

  const trackingIssue = readTrackingIssue(raw, env, problem);
  const hostnames = readHostnames(raw, command, problem);
  // Read even when pkcs12-algorithms is bad (already reported), so that one run names every problem.
  const pkcs12 = creating && generateKey === true ? readPkcs12(raw, pkcs12Algorithms ?? 'modern', context, env, problem, warnings) : undefined;

  // Every file the step may write is checked before any request: a bad path never leaves an issued
  // certificate behind.
  const roots = writeRoots(context.workingDirectory, env);
  if (certificateFile !== undefined && raw['certificate-file'] !== '' && command !== 'list') {
    const unsafe = await checkWritablePath(certificateFile, roots);
    if (unsafe !== undefined) problem('certificate-file', unsafe);
  }
  if (csr?.kind === 'generate' && csr.key.privateKeyFile.kind === 'given') {
    const { path } = csr.key.privateKeyFile;
    if (certificateFile !== undefined && resolve(certificateFile) === resolve(path)) {
      problem('private-key-file', 'is the same file as certificate-file: give each its own path (the key must never be overwritten by the certificate)');
    }
    const unsafe = await checkWritablePath(path, roots);
    if (unsafe !== undefined) problem('private-key-file', unsafe);
    if (isInside(env.GITHUB_WORKSPACE, path)) {
      warnings.push(
        `private-key-file ${path} is inside the workspace: a later step could commit, cache or upload it. Leave private-key-file empty to use RUNNER_TEMP, which the runner empties after the job`,
      );
    }
  }
  if (pkcs12?.file.kind === 'given') {
    const { path } = pkcs12.file;
    const keyFile = csr?.kind === 'generate' && csr.key.privateKeyFile.kind === 'given' ? csr.key.privateKeyFile.path : undefined;
    const clash = [
      ['certificate-file', certificateFile],
      ['private-key-file', keyFile],
    ].find(([, other]) => other !== undefined && resolve(other) === resolve(path));
    if (clash) problem('pkcs12-file', `is the same file as ${clash[0]}: give each its own path`);
    const unsafe = await checkWritablePath(path, roots);
    if (unsafe !== undefined) problem('pkcs12-file', unsafe);
    if (isInside(env.GITHUB_WORKSPACE, path)) {
      warnings.push(
        `pkcs12-file ${path} is inside the workspace: a later step could commit, cache or upload it (it holds the private key). Leave pkcs12-file empty to use RUNNER_TEMP, which the runner empties after the job`,
      );
    }
  }

  if (problems.length > 0 || command === undefined || zoneId === undefined || credentials === undefined || apiUrl === undefined) {
    throw new InputError(problems);
  }
  const base: BaseConfig = {
    zoneId,
    credentials,
    apiUrl,
    certificateFile,
    writeRoots: roots,
    minDaysRemaining,
    requireActive: requireActive ?? true,
    timeoutMs: (timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    maxRetries: maxRetries ?? DEFAULT_MAX_RETRIES,
    jobSummary: jobSummary ?? true,
    warnings,
  };
  switch (command) {
    case 'create':
      return Object.freeze({
        ...base,
        command,
        csr: required(csr),
        validityDays: required(validityDays),
        reuseExisting: reuseExisting ?? false,
        outputPrivateKey: outputPrivateKey ?? false,
        pkcs12,
        hostnames,
      });
    case 'get':
      return Object.freeze({ ...base, command, certificateId: required(certificateId), trackingIssue, hostnames });
    case 'revoke':
    case 'reactivate':
      return Object.freeze({ ...base, command, certificateId: required(certificateId), wait: wait ?? false });
    case 'list':
      return Object.freeze({ ...base, command, status: required(status), failOnEmpty: failOnEmpty ?? false, trackingIssue, hostnames });
  }
}

/** Narrows a value that is defined whenever no problem was reported. */
function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('internal error: a config field is missing although no input problem was reported');
  return value;
}

function identifier(value: string, input: InputName, kind: IdKind, problem: Report, hint: string): string | undefined {
  if (value === '') return problem(input, `is required: give ${hint}`);
  // Only ids of the kind's shape ever reach a URL path, so no input can walk to another endpoint.
  if (/^([0-9a-fA-F]{2}:?){31}[0-9a-fA-F]{2}$/.test(value)) {
    return problem(input, `looks like a SHA-256 fingerprint (64 hexadecimal characters), not an id: give ${hint} (${ID_SHAPES[kind]})`);
  }
  const id = canonicalId(kind, value);
  if (id !== undefined) return id;
  const other = kind === 'zone' && isId('certificate', value) ? ': a UUID is a certificate or CA id, not a zone id' : '';
  return problem(input, `must be ${ID_SHAPES[kind]} (${hint}); got ${describeLength(value)}${other}`);
}

/**
 * The credentials, and a warning (never a refusal) when a value has the shape of the other kind: shapes
 * change, so they only ever help the message.
 */
function readCredentials(raw: RawInputs, problem: Report, warnings: string[]): Credentials | undefined {
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

function readApiUrl(value: string, problem: Report): string | undefined {
  const text = value === '' ? DEFAULT_API_URL : value;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return problem('api-url', `is not a URL; use ${DEFAULT_API_URL}`);
  }
  if (url.username !== '' || url.password !== '') {
    return problem('api-url', 'must not contain a user name or password; pass credentials through api-token');
  }
  if (url.search !== '' || url.hash !== '') return problem('api-url', 'must not contain a query string or fragment');
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return problem('api-url', 'must use https: plain http is allowed only to a loopback host (127.0.0.1, ::1, localhost), for tests');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return problem('api-url', `must be an https URL, not ${url.protocol}`);
  // Cloudflare's own host serves the API under one path only; elsewhere (a proxy) any path may be right.
  const official = new URL(DEFAULT_API_URL);
  if (url.hostname === official.hostname && url.pathname.replace(/\/+$/, '') !== official.pathname) {
    return problem(
      'api-url',
      `is Cloudflare's host with the path "${url.pathname}", where its API is not: use ${DEFAULT_API_URL}, or leave api-url out (that is the default)`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

function readBoolean(value: string, input: InputName, fallback: boolean, problem: Report): boolean | undefined {
  if (value === '') return fallback;
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  return problem(input, `must be true or false, not "${printable(value)}"`);
}

function oneOf<T extends string>(value: string, input: InputName, allowed: readonly T[], fallback: T, problem: Report): T | undefined {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return problem(input, `is "${printable(value)}"; use one of: ${allowed.join(', ')}`);
}

function wholeNumberInRange(value: string, input: InputName, example: number, min: number, max: number, problem: Report): number | undefined {
  if (value === '') return example;
  if (!WHOLE_NUMBER.test(value)) {
    return problem(input, `must be a whole number of ${min} or more written with digits only (like ${example}), not "${printable(value)}"`);
  }
  const number = Number(value);
  if (number < min || number > max) return problem(input, `must be between ${min} and ${max}, not ${value}`);
  return number;
}

async function readCsr(raw: RawInputs, context: ParseContext, timeoutMs: number, problem: Report): Promise<CertificateRequest | undefined> {
  const inline = raw.csr;
  const file = raw['csr-file'];
  if (inline !== '' && file !== '') return problem('csr-file', 'cannot be combined with csr: give the request inline (csr) or as a file (csr-file), not both');
  if (inline === '' && file === '') {
    // A secret that is not available (a pull request from a fork) arrives as an empty string: that must
    // stay an error, never a silent switch to generating a key.
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

function readKeyRequest(
  raw: RawInputs,
  keyType: KeyType,
  context: ParseContext,
  env: Readonly<Record<string, string | undefined>>,
  problem: Report,
): KeyRequest | undefined {
  const subject = (input: InputName, fallback?: string): string | undefined => {
    const value = raw[input] === '' ? fallback : raw[input];
    if (value === undefined) return undefined;
    if (/[\r\n]/.test(value) || value.length > MAX_SUBJECT_LENGTH) return problem(input, `must be one line of at most ${MAX_SUBJECT_LENGTH} characters`);
    return value;
  };
  const repositoryName = env.GITHUB_REPOSITORY?.split('/')[1];
  const commonName = subject('common-name', repositoryName);
  if (commonName === undefined && raw['common-name'] === '')
    problem('common-name', 'is required with generate-key: true when GITHUB_REPOSITORY is not set (outside GitHub Actions)');
  const country = subject('country');
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) problem('country', 'must be a two-letter ISO 3166 country code in capitals, like US or DE');

  let privateKeyFile: KeyRequest['privateKeyFile'] | undefined;
  if (raw['private-key-file'] !== '') {
    privateKeyFile = { kind: 'given', path: absolutePath(raw['private-key-file'], context) };
  } else if (env.RUNNER_TEMP) {
    // Never in the workspace by default: RUNNER_TEMP is emptied after the job and is not uploaded by accident.
    privateKeyFile = { kind: 'runner-temp', runnerTemp: env.RUNNER_TEMP };
  } else {
    problem(
      'private-key-file',
      'is required with generate-key: true when RUNNER_TEMP is not set (outside GitHub Actions): give a path outside your repository',
    );
  }
  const organization = subject('organization');
  const organizationalUnit = subject('organizational-unit');
  const state = subject('state');
  const locality = subject('locality');
  if (commonName === undefined || privateKeyFile === undefined) return undefined;
  return { keyType, commonName, organization, organizationalUnit, country, state, locality, privateKeyFile };
}

function readTrackingIssue(raw: RawInputs, env: Readonly<Record<string, string | undefined>>, problem: Report): TrackingIssueConfig | undefined {
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
  const label = raw['issue-label'] === '' ? DEFAULT_ISSUE_LABEL : raw['issue-label'];
  if (label.length > 50 || /[\r\n,]/.test(label)) return problem('issue-label', 'must be one label name of at most 50 characters, without commas');
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0)
    return problem('github-token', 'needs GITHUB_REPOSITORY (owner/repo), which the runner sets, to know where to open the tracking issue');
  return { token, label, repository: { owner, repo } };
}

/**
 * The hostnames input (create, get, list) and the CA it is about. Every bad entry is named, in one line;
 * nothing is sent for a list that has one.
 */
function readHostnames(raw: RawInputs, command: Command | undefined, problem: Report): HostnamesConfig | undefined {
  const text = raw.hostnames;
  const uuidText = raw['mtls-certificate-id'];
  if (text === '') {
    if (uuidText !== '') problem('mtls-certificate-id', 'is only used with hostnames: list the hostnames that should trust that CA, or remove it');
    return undefined;
  }
  if (command === 'revoke' || command === 'reactivate') {
    return problem('hostnames', 'is only used by command "create" (to enable mTLS on them) or "get" and "list" (to check it); remove it, or change command');
  }
  // Both inputs are checked, so that one run names every problem.
  const mtlsCertificateId = uuidText === '' ? undefined : canonicalId('mtls-certificate', uuidText);
  if (uuidText !== '' && mtlsCertificateId === undefined) {
    const looksLikeId = isId('zone', uuidText) ? ' (32 hexadecimal characters is a zone or client certificate ID, not this)' : '';
    problem(
      'mtls-certificate-id',
      `must be the 36-character UUID of a CA certificate uploaded to mTLS Certificate Management, like b2134436-2555-4acf-be5b-26c48136575e${looksLikeId}; leave it empty for the Cloudflare Managed CA`,
    );
  }
  const parsed = parseHostnames(text);
  if (parsed.problems.length > 0) {
    const shown = parsed.problems.slice(0, 5).join('; ');
    const more = parsed.problems.length > 5 ? `; and ${parsed.problems.length - 5} more` : '';
    return problem('hostnames', `must list DNS hostnames like api.example.com, one per line or separated by commas: ${shown}${more}`);
  }
  if (parsed.hostnames.length === 0) return problem('hostnames', 'lists no hostname: give one per line, or separated by commas, or remove it');
  if (uuidText !== '' && mtlsCertificateId === undefined) return undefined;
  return { names: parsed.hostnames, converted: parsed.converted, mtlsCertificateId };
}

/** The PKCS#12 bundle, with generate-key: pkcs12-file or pkcs12-password asks for one; the password is required. */
function readPkcs12(
  raw: RawInputs,
  algorithms: Pkcs12AlgorithmSet,
  context: ParseContext,
  env: Readonly<Record<string, string | undefined>>,
  problem: Report,
  warnings: string[],
): Pkcs12Config | undefined {
  const fileText = raw['pkcs12-file'];
  const password = raw['pkcs12-password'];
  if (fileText === '' && password === '') return undefined;
  if (password === '') {
    // A secret that is not available (a pull request from a fork) arrives empty: never an unprotected bundle.
    return problem(
      'pkcs12-password',
      'is required with pkcs12-file: give the password that protects the bundle, from a secret. If it comes from a secret, check that the secret exists and is available to this workflow',
    );
  }
  if (password !== password.trim()) {
    // Tools disagree on whether such a password is trimmed (a secret saved with a final newline, say):
    // refused rather than guessed.
    return problem(
      'pkcs12-password',
      'begins or ends with whitespace (a space, tab or line break, as a secret saved with a final newline has): remove it from the secret, since keytool, openssl and the runner would disagree on the password',
    );
  }
  if (/[\r\n]/.test(password)) return problem('pkcs12-password', 'must be one line: it contains a line break');
  if (password.length > MAX_PKCS12_PASSWORD) return problem('pkcs12-password', `must be at most ${MAX_PKCS12_PASSWORD} characters`);
  if (!/^[\x20-\x7e]*$/.test(password)) {
    warnings.push(
      "pkcs12-password has characters outside printable ASCII: OpenSSL and Node open the bundle, but Java's keytool refuses any PKCS#12 password that is not ASCII",
    );
  }
  if (fileText !== '') return { file: { kind: 'given', path: absolutePath(fileText, context) }, password, algorithms };
  if (env.RUNNER_TEMP) return { file: { kind: 'runner-temp', runnerTemp: env.RUNNER_TEMP }, password, algorithms };
  return problem('pkcs12-file', 'is required with pkcs12-password when RUNNER_TEMP is not set (outside GitHub Actions): give a path outside your repository');
}

/** Whether path is inside folder (both absolute); false when there is no folder. */
function isInside(folder: string | undefined, path: string): boolean {
  if (!folder) return false;
  const inner = relative(resolve(folder), path);
  return !inner.startsWith('..') && !isAbsolute(inner);
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

function absolutePath(path: string, context: ParseContext): string {
  return isAbsolute(path) ? path : resolve(context.workingDirectory, path);
}

/** A short, single-line rendering of a (non-secret) input for an error message. */
function printable(value: string): string {
  const line = value.replace(/[\r\n]+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

function describeLength(value: string): string {
  const kind = /^[0-9a-fA-F]*$/.test(value)
    ? 'hexadecimal'
    : /^[0-9a-fA-F-]*$/.test(value)
      ? 'of hexadecimal and hyphens'
      : 'with characters that are not hexadecimal';
  return `${value.length} characters ${kind}`;
}
