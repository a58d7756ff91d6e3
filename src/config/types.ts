import { CERTIFICATE_STATUSES } from '../cloudflare/types.js';
import type { CertificateRequest } from '../csr.js';

/**
 * The config's one home for types and constants: every input's name, the validated Config the commands
 * get, and the defaults. Modules that need a type import it from here, never from the parser
 * (config/parse.ts), so that no module depends on how the inputs are read.
 */

/** Every input the action reads, exactly as named in action.yml. */
export const INPUT_NAMES = [
  'command',
  'zone-id',
  'account-id',
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
  'request-budget',
  'fail-on-incomplete',
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
  'block-without-certificate',
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
export const DEFAULT_TIMEOUT_SECONDS = 60;
export const DEFAULT_MAX_RETRIES = 3;
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
/**
 * The tracking issue's label for a check of every zone of an account when issue-label is not set: not a
 * zone's, so that a team with both kinds of check gets one issue for each.
 */
export const DEFAULT_ACCOUNT_ISSUE_LABEL = 'client-certificate-expiry-account';

export type Credentials =
  | { readonly kind: 'api-token'; readonly token: string }
  | { readonly kind: 'global-api-key'; readonly email: string; readonly key: string };

export interface BaseConfig {
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
  /** Not problems, but worth a warning before anything is done (a key file in the workspace, say). */
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
  /**
   * block-without-certificate: on create, make sure this action's WAF custom rule blocks requests to the
   * hostnames without a valid, unrevoked client certificate (docs/waf-rule.md); on get and list, require it.
   */
  readonly blockWithoutCertificate: boolean;
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

/**
 * list with account-id instead of zone-id: every zone of the account (src/commands/account-inventory.ts,
 * docs/account-inventory.md), within a request budget. No zone, so no hostnames.
 */
export interface AccountListConfig extends Omit<BaseConfig, 'zoneId'> {
  readonly command: 'list';
  /** Never a zone: every zone of the account. */
  readonly zoneId?: undefined;
  /** 32 hexadecimal characters, lowercase. */
  readonly accountId: string;
  readonly status: ListStatus;
  /** Fail the step when no zone checked holds a certificate of that status. */
  readonly failOnEmpty: boolean;
  readonly trackingIssue: TrackingIssueConfig | undefined;
  /** request-budget: the requests this run may send, retries included (1 to MAX_REQUEST_BUDGET). */
  readonly requestBudget: number;
  /** fail-on-incomplete: whether a run that stopped before every zone was checked (budget, rate limit, deadline) fails the step, or only warns. */
  readonly failOnIncomplete: boolean;
}

export type Config = CreateConfig | GetConfig | ChangeStatusConfig | ListConfig | AccountListConfig;

/** A config of one zone: every command but list with account-id. */
export type ZoneConfig = Exclude<Config, AccountListConfig>;

/** One problem with one input; the message is printed as is, so it never quotes a secret. */
export interface InputProblem {
  readonly input: InputName;
  readonly message: string;
}

/** How the readers report a problem: it is recorded, and the reader gets undefined to return. */
export type ReportProblem = (input: InputName, message: string) => undefined;

export interface ParseContext {
  /** Where relative paths point: the workspace on a runner. */
  readonly workingDirectory: string;
  /** The runner's environment: RUNNER_TEMP and GITHUB_REPOSITORY are read from it. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The runner's environment as the readers see it. */
export type Environment = Readonly<Record<string, string | undefined>>;
