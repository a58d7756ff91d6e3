import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isIP } from 'node:net';
import { CsrFormatError, parseCertificateRequest, type CertificateRequest } from './csr.js';

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
  'certificate-id',
  'certificate-file',
  'min-days-remaining',
  'require-active',
  'api-url',
  'timeout-seconds',
  'max-retries',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/** Inputs as the runner hands them over: trimmed strings, '' when not set. */
export type RawInputs = Readonly<Record<InputName, string>>;

export const COMMANDS = ['create', 'get'] as const;
export type Command = (typeof COMMANDS)[number];

export const DEFAULT_API_URL = 'https://api.cloudflare.com/client/v4';
export const DEFAULT_VALIDITY_DAYS = 3650;
export const MAX_VALIDITY_DAYS = 36500;

export type Credentials =
  | { readonly kind: 'api-token'; readonly token: string }
  | { readonly kind: 'global-api-key'; readonly email: string; readonly key: string };

interface BaseConfig {
  readonly zoneId: string;
  readonly credentials: Credentials;
  readonly apiUrl: string;
  /** Absolute path the certificate PEM is written to, when asked. */
  readonly certificateFile: string | undefined;
  readonly minDaysRemaining: number | undefined;
  readonly requireActive: boolean;
  readonly timeoutMs: number;
  readonly maxRetries: number;
}

export interface CreateConfig extends BaseConfig {
  readonly command: 'create';
  readonly csr: CertificateRequest;
  readonly validityDays: number;
}

export interface GetConfig extends BaseConfig {
  readonly command: 'get';
  readonly certificateId: string;
}

export type Config = CreateConfig | GetConfig;

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
}

const HEX32 = /^[0-9a-fA-F]{32}$/;
const WHOLE_NUMBER = /^(0|[1-9][0-9]*)$/;
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
const HEADER_SAFE = /^[\x21-\x7e]+$/;
const DEFAULT_TIMEOUT_SECONDS = 60;
const DEFAULT_MAX_RETRIES = 3;

/**
 * Reads every input once into one validated, immutable config, or throws an InputError that lists
 * every bad input. Nothing here sends a request, so a bad input never costs an API call.
 */
export async function parseConfig(raw: RawInputs, context: ParseContext): Promise<Config> {
  const problems: InputProblem[] = [];
  const problem = (input: InputName, message: string): undefined => {
    problems.push({ input, message });
    return undefined;
  };

  const commandText = raw.command === '' ? 'create' : raw.command;
  const command = (COMMANDS as readonly string[]).includes(commandText) ? (commandText as Command) : undefined;
  if (command === undefined) {
    problem('command', `is "${printable(commandText)}", which is not a command; use one of: ${COMMANDS.join(', ')}`);
  }

  const zoneId = identifier(raw['zone-id'], 'zone-id', problem, 'the Zone ID on the zone\'s Overview page in the Cloudflare dashboard');
  const credentials = readCredentials(raw, problem);
  const apiUrl = readApiUrl(raw['api-url'], problem);
  const minDaysRemaining = optionalWholeNumber(raw['min-days-remaining'], 'min-days-remaining', problem);
  const requireActive = readBoolean(raw['require-active'], 'require-active', true, problem);
  const timeoutSeconds = wholeNumberInRange(raw['timeout-seconds'], 'timeout-seconds', DEFAULT_TIMEOUT_SECONDS, 1, 3600, problem);
  const maxRetries = wholeNumberInRange(raw['max-retries'], 'max-retries', DEFAULT_MAX_RETRIES, 0, 10, problem);
  const certificateFile = raw['certificate-file'] === '' ? undefined : absolutePath(raw['certificate-file'], context);

  let commandFields: { command: 'create'; csr: CertificateRequest | undefined; validityDays: number | undefined } | { command: 'get'; certificateId: string | undefined } | undefined;
  if (command === 'create') {
    if (raw['certificate-id'] !== '') {
      problem('certificate-id', 'is only used by command "get"; remove it, or set command: get');
    }
    const validityDays = wholeNumberInRange(raw['validity-days'], 'validity-days', DEFAULT_VALIDITY_DAYS, 1, MAX_VALIDITY_DAYS, problem);
    const csr = await readCsr(raw, context, problem);
    commandFields = { command, csr, validityDays };
  } else if (command === 'get') {
    // validity-days is not checked here: the runner passes its default (3650) to every command.
    for (const input of ['csr', 'csr-file'] as const) {
      if (raw[input] !== '') problem(input, 'is only used by command "create"; remove it, or set command: create');
    }
    const certificateId =
      raw['certificate-id'] === ''
        ? problem('certificate-id', 'is required by command "get": give the 32-character ID of the certificate (the id output of the step that created it)')
        : identifier(raw['certificate-id'], 'certificate-id', problem, 'the id output of the step that created the certificate');
    commandFields = { command, certificateId };
  }

  if (problems.length > 0 || commandFields === undefined || zoneId === undefined || credentials === undefined || apiUrl === undefined) {
    throw new InputError(problems);
  }
  const base: BaseConfig = {
    zoneId,
    credentials,
    apiUrl,
    certificateFile,
    minDaysRemaining,
    requireActive: requireActive ?? true,
    timeoutMs: (timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    maxRetries: maxRetries ?? DEFAULT_MAX_RETRIES,
  };
  if (commandFields.command === 'create') {
    const { csr, validityDays } = commandFields;
    if (csr === undefined || validityDays === undefined) throw new InputError(problems);
    return Object.freeze({ ...base, command: 'create', csr, validityDays });
  }
  const { certificateId } = commandFields;
  if (certificateId === undefined) throw new InputError(problems);
  return Object.freeze({ ...base, command: 'get', certificateId });
}

type Report = (input: InputName, message: string) => undefined;

function identifier(value: string, input: InputName, problem: Report, hint: string): string | undefined {
  if (value === '') return problem(input, `is required: give ${hint}`);
  // Only 32 hex characters ever reach a URL path, so no input can walk to another endpoint.
  if (!HEX32.test(value)) return problem(input, `must be 32 hexadecimal characters (${hint}); got ${describeLength(value)}`);
  return value.toLowerCase();
}

function readCredentials(raw: RawInputs, problem: Report): Credentials | undefined {
  const token = raw['api-token'];
  const email = raw['api-email'];
  const key = raw['api-key'];
  if (token !== '' && (email !== '' || key !== '')) {
    const other = email !== '' ? 'api-email' : 'api-key';
    return problem('api-token', `cannot be combined with ${other}: give either api-token (recommended) or the api-email and api-key pair, not both`);
  }
  if (token !== '') {
    if (!HEADER_SAFE.test(token)) return problem('api-token', 'contains spaces, line breaks or other characters no API token has; copy the token again');
    return { kind: 'api-token', token };
  }
  if (email === '' && key === '') {
    return problem('api-token', 'is required: give an API token with the "SSL and Certificates" permission (or the legacy api-email and api-key pair)');
  }
  if (key === '') return problem('api-key', 'is required when api-email is set: give the Global API Key, or use api-token instead');
  if (email === '') return problem('api-email', 'is required when api-key is set: give the email address of the Cloudflare account');
  if (!HEADER_SAFE.test(key)) return problem('api-key', 'contains spaces, line breaks or other characters no API key has; copy the key again');
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) return problem('api-email', 'is not an email address');
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
  return url.href.replace(/\/+$/, '');
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

function readBoolean(value: string, input: InputName, fallback: boolean, problem: Report): boolean | undefined {
  if (value === '') return fallback;
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  return problem(input, `must be true or false, not "${printable(value)}"`);
}

function optionalWholeNumber(value: string, input: InputName, problem: Report): number | undefined {
  if (value === '') return undefined;
  return wholeNumberInRange(value, input, 0, 0, 36500, problem);
}

function wholeNumberInRange(value: string, input: InputName, fallback: number, min: number, max: number, problem: Report): number | undefined {
  if (value === '') return fallback;
  if (!WHOLE_NUMBER.test(value)) {
    return problem(input, `must be a whole number of ${min} or more written with digits only (like ${fallback || min + 30}), not "${printable(value)}"`);
  }
  const number = Number(value);
  if (number < min || number > max) return problem(input, `must be between ${min} and ${max}, not ${value}`);
  return number;
}

async function readCsr(raw: RawInputs, context: ParseContext, problem: Report): Promise<CertificateRequest | undefined> {
  const inline = raw.csr;
  const file = raw['csr-file'];
  if (inline !== '' && file !== '') return problem('csr-file', 'cannot be combined with csr: give the request inline (csr) or as a file (csr-file), not both');
  if (inline === '' && file === '') {
    // A secret that is not available (a pull request from a fork) arrives as an empty string.
    return problem('csr', 'is required by command "create": give the PEM certificate request (csr), or a path to it (csr-file). If it comes from a secret, check that the secret exists and is available to this workflow');
  }
  let text = inline;
  let source: InputName = 'csr';
  if (file !== '') {
    source = 'csr-file';
    const path = absolutePath(file, context);
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
      return problem('csr-file', `cannot be read (${path}: ${reason}); check the path, relative to the workspace`);
    }
  }
  try {
    return await parseCertificateRequest(text);
  } catch (error) {
    if (error instanceof CsrFormatError) return problem(source, error.message);
    throw error;
  }
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
  const kind = /^[0-9a-fA-F]*$/.test(value) ? 'hexadecimal' : 'with characters that are not hexadecimal';
  return `${value.length} characters ${kind}`;
}
