import { ActionError } from '../errors.js';
import { canonicalId, ID_SHAPES, isId } from '../identifier.js';
import { DEFAULT_REQUEST_BUDGET, MAX_REQUEST_BUDGET } from '../limits.js';
import { writeRoots } from '../write-roots.js';
import { readCredentials, readTrackingIssue } from './credentials.js';
import { absolutePath, checkFilesToWrite, readCsr } from './files.js';
import {
  type AccountListConfig,
  type BaseConfig,
  COMMANDS,
  type Command,
  type Config,
  type CreateConfig,
  DEFAULT_ACCOUNT_ISSUE_LABEL,
  DEFAULT_ISSUE_LABEL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_SECONDS,
  DEFAULT_VALIDITY_DAYS,
  type Environment,
  type HostnamesConfig,
  type InputName,
  type InputProblem,
  KEY_TYPES,
  type KeyRequest,
  type KeyType,
  LIST_STATUSES,
  MAX_VALIDITY_DAYS,
  type ParseContext,
  PKCS12_ALGORITHM_SETS,
  type Pkcs12AlgorithmSet,
  type Pkcs12Config,
  type RawInputs,
  type ReportProblem,
} from './types.js';
import { checkUsage, usedBy } from './usage.js';
import { identifier, oneOf, printable, readApiUrl, readBoolean, wholeNumberInRange } from './values.js';

/** Far above any password a person or a secret manager makes; the bundle's KDF hashes every character. */
const MAX_PKCS12_PASSWORD = 1024;
/** X.520's upper bound for a name attribute, which CAs enforce. */
const MAX_SUBJECT_LENGTH = 64;

/** How report() prints a problem: `Input <name> <message>`. */
const problemLine = (problem: InputProblem): string => `Input ${problem.input} ${problem.message}`;

/** All problems found in the inputs, each to be reported on its own line. */
export class InputError extends ActionError {
  override name = 'InputError';
  readonly problems: readonly InputProblem[];

  constructor(problems: readonly InputProblem[]) {
    super(problems.map(problemLine).join('\n'));
    this.problems = problems;
  }

  override get lines(): readonly string[] {
    return this.problems.map(problemLine);
  }
}

/**
 * Reads every input once into one validated, immutable config, or throws an InputError that lists
 * every bad input. Nothing here sends a request, so a bad input never costs an API call.
 *
 * The runner passes action.yml's defaults as if they were set, so an input with a default (status,
 * key-type, wait: false, …) is never reported as "not used by this command"; a flag set to true is.
 */
export async function parseConfig(raw: RawInputs, context: ParseContext): Promise<Config> {
  const problems: InputProblem[] = [];
  const problem: ReportProblem = (input, message) => {
    problems.push({ input, message });
    return undefined;
  };
  const env = context.env ?? {};

  const commandText = raw.command === '' ? 'create' : raw.command;
  const command = (COMMANDS as readonly string[]).includes(commandText) ? (commandText as Command) : undefined;
  if (command === undefined) {
    problem('command', `is "${printable(commandText)}", which is not a command; use one of: ${COMMANDS.join(', ')}`);
  }

  const { zoneId, accountId } = readScope(raw, command, problem);
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
  const requestBudget = wholeNumberInRange(
    raw['request-budget'],
    'request-budget',
    DEFAULT_REQUEST_BUDGET,
    1,
    MAX_REQUEST_BUDGET,
    problem,
    `Cloudflare allows ${MAX_REQUEST_BUDGET} requests per 5 minutes per user, counted across every tool and the dashboard, and one run never plans more (the default, ${DEFAULT_REQUEST_BUDGET}, leaves half to the rest)`,
  );
  const failOnIncomplete = readBoolean(raw['fail-on-incomplete'], 'fail-on-incomplete', true, problem);
  const jobSummary = readBoolean(raw['job-summary'], 'job-summary', true, problem);
  const outputPrivateKey = readBoolean(raw['output-private-key'], 'output-private-key', false, problem);
  const pkcs12Algorithms = oneOf(raw['pkcs12-algorithms'], 'pkcs12-algorithms', PKCS12_ALGORITHM_SETS, 'modern', problem);

  // Which input goes with which command, or with which other input (config/usage.ts).
  checkUsage(raw, command, problem);
  const creating = command === 'create';
  const certificateId = !usedBy('certificate-id', command)
    ? undefined
    : raw['certificate-id'] === ''
      ? problem(
          'certificate-id',
          `is required by command "${command}": give the certificate's id, ${ID_SHAPES.certificate} (the id output of the step that created it)`,
        )
      : identifier(raw['certificate-id'], 'certificate-id', 'certificate', problem, 'the id output of the step that created the certificate');
  // A zone id has the schema's certificate id shape (32 hex) too: given as certificate-id, it would pass
  // and then meet the API's "1415 … no client certificate" about an id the user never meant.
  if (certificateId !== undefined && certificateId === zoneId) {
    problem(
      'certificate-id',
      `is the same as zone-id, so it is the zone's id, not a certificate's: give the certificate's id, ${ID_SHAPES.certificate} (the id output of the step that created the certificate)`,
    );
  }

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
      // An unreadable generate-key (already reported) does not also make a missing CSR a problem.
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

  const trackingIssue = readTrackingIssue(raw, env, problem, accountId === undefined ? DEFAULT_ISSUE_LABEL : DEFAULT_ACCOUNT_ISSUE_LABEL);
  const hostnames = await readHostnames(raw, command, problem);
  // Read even when pkcs12-algorithms is bad (already reported), so that one run names every problem.
  const pkcs12 = creating && generateKey === true ? readPkcs12(raw, pkcs12Algorithms ?? 'modern', context, env, problem, warnings) : undefined;

  const roots = writeRoots(context.workingDirectory, env);
  const toWrite = {
    // On list, certificate-file is refused above and never written.
    certificate: command === 'list' ? undefined : certificateFile,
    privateKey: csr?.kind === 'generate' && csr.key.privateKeyFile.kind === 'given' ? csr.key.privateKeyFile.path : undefined,
    pkcs12: pkcs12?.file.kind === 'given' ? pkcs12.file.path : undefined,
  };
  await checkFilesToWrite(toWrite, roots, env, problem, warnings);

  if (problems.length > 0 || command === undefined || (zoneId ?? accountId) === undefined || credentials === undefined || apiUrl === undefined) {
    throw new InputError(problems);
  }
  const shared: Omit<BaseConfig, 'zoneId'> = {
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
  if (accountId !== undefined) return accountListConfig(shared, accountId, status, failOnEmpty, trackingIssue, requestBudget, failOnIncomplete);
  const base: BaseConfig = { ...shared, zoneId: required(zoneId) };
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

/** Where the run looks: zone-id, or, on list, account-id instead (every zone of the account); one of them, never both. */
function readScope(raw: RawInputs, command: Command | undefined, problem: ReportProblem): { zoneId?: string; accountId?: string } {
  const zoneText = raw['zone-id'];
  const accountText = raw['account-id'];
  // account-id given with another command is named by its usage row (config/usage.ts); zone-id is then required as ever.
  const accountWide = accountText !== '' && usedBy('account-id', command);
  const accountId = accountWide ? identifier(accountText, 'account-id', 'account', problem, ACCOUNT_ID_HINT) : undefined;
  if (accountWide && zoneText !== '') {
    problem('account-id', 'cannot be combined with zone-id: give zone-id to check one zone, or account-id to check every zone of the account, not both');
    return {};
  }
  if (accountWide) return accountId === undefined ? {} : { accountId };
  const hint = "the Zone ID on the zone's Overview page in the Cloudflare dashboard";
  // On list, an empty zone-id may mean the user wanted every zone: say that account-id does that.
  const required = zoneText === '' && command === 'list' ? `${hint}; or, to check every zone of an account, give account-id instead` : hint;
  const zoneId = identifier(zoneText, 'zone-id', 'zone', problem, required);
  return zoneId === undefined ? {} : { zoneId };
}

const ACCOUNT_ID_HINT = "the Account ID shown beside the Zone ID on any of the account's zones' Overview page in the Cloudflare dashboard";

function accountListConfig(
  shared: Omit<BaseConfig, 'zoneId'>,
  accountId: string,
  status: AccountListConfig['status'] | undefined,
  failOnEmpty: boolean | undefined,
  trackingIssue: AccountListConfig['trackingIssue'],
  requestBudget: number | undefined,
  failOnIncomplete: boolean | undefined,
): AccountListConfig {
  return Object.freeze({
    ...shared,
    command: 'list',
    accountId,
    status: required(status),
    failOnEmpty: failOnEmpty ?? false,
    trackingIssue,
    requestBudget: required(requestBudget),
    failOnIncomplete: failOnIncomplete ?? true,
  });
}

/** Narrows a value that is defined whenever no problem was reported. */
function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('internal error: a config field is missing although no input problem was reported');
  return value;
}

function readKeyRequest(raw: RawInputs, keyType: KeyType, context: ParseContext, env: Environment, problem: ReportProblem): KeyRequest | undefined {
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

/**
 * The hostnames input (create, get, list) and the CA it is about. Every bad entry is named, in one line;
 * nothing is sent for a list that has one.
 */
async function readHostnames(raw: RawInputs, command: Command | undefined, problem: ReportProblem): Promise<HostnamesConfig | undefined> {
  // Given with a command that does not use them, or mtls-certificate-id without them (config/usage.ts).
  checkUsage(raw, command, problem, 'hostnames');
  // Read first, so that a value that is not a boolean is named whatever else is given.
  const blockWithoutCertificate = readBoolean(raw['block-without-certificate'], 'block-without-certificate', false, problem);
  const text = raw.hostnames;
  const uuidText = raw['mtls-certificate-id'];
  if (text === '' || (command !== undefined && !usedBy('hostnames', command, raw))) return undefined;
  // Both inputs are checked, so that one run names every problem.
  const mtlsCertificateId = uuidText === '' ? undefined : canonicalId('mtls-certificate', uuidText);
  if (uuidText !== '' && mtlsCertificateId === undefined) {
    const looksLikeId = isId('zone', uuidText) ? ' (32 hexadecimal characters is a zone or client certificate ID, not this)' : '';
    problem(
      'mtls-certificate-id',
      `must be the 36-character UUID of a CA certificate uploaded to mTLS Certificate Management, like b2134436-2555-4acf-be5b-26c48136575e${looksLikeId}; leave it empty for the Cloudflare Managed CA`,
    );
  }
  // Loaded only when hostnames are given (hostnames.ts, the "hostnames-input" chunk: src/lazy.ts): a run
  // without them, or an input refused without them, never needs it.
  const { parseHostnames } = await import(/* webpackChunkName: "hostnames-input" */ '../hostnames.js');
  const parsed = parseHostnames(text);
  if (parsed.problems.length > 0) {
    const shown = parsed.problems.slice(0, 5).join('; ');
    const more = parsed.problems.length > 5 ? `; and ${parsed.problems.length - 5} more` : '';
    return problem('hostnames', `must list DNS hostnames like api.example.com, one per line or separated by commas: ${shown}${more}`);
  }
  if (parsed.hostnames.length === 0) return problem('hostnames', 'lists no hostname: give one per line, or separated by commas, or remove it');
  if ((uuidText !== '' && mtlsCertificateId === undefined) || blockWithoutCertificate === undefined) return undefined;
  return { names: parsed.hostnames, converted: parsed.converted, mtlsCertificateId, blockWithoutCertificate };
}

/** The PKCS#12 bundle, with generate-key: pkcs12-file or pkcs12-password asks for one; the password is required. */
function readPkcs12(
  raw: RawInputs,
  algorithms: Pkcs12AlgorithmSet,
  context: ParseContext,
  env: Environment,
  problem: ReportProblem,
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
