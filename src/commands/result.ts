import type { VerifiedCertificate } from '../certificate.js';

/** What a command may say while it works; main.ts maps it onto the runner's log. */
export interface CommandLog {
  debug(message: string): void;
  info(message: string): void;
  /** Becomes a warning annotation on the run. */
  warning(message: string): void;
}

/** One certificate: create, get, revoke, reactivate. */
export interface CertificateResult {
  readonly kind: 'certificate';
  readonly certificate: VerifiedCertificate;
  /** Failures that make the step fail after the outputs are set (status, expiry). */
  readonly failures: readonly string[];
  /** HTTP requests the command sent, retries included. */
  readonly requests: number;
  /** On create: whether an existing certificate was reused instead of issuing one. */
  readonly reused?: boolean;
  /** On create with generate-key: the new private key (already masked) for the outputs and its file. */
  readonly privateKeyPem?: string;
}

/** Every certificate of a zone with a status: list. */
export interface ListResult {
  readonly kind: 'list';
  /** Sorted by expiry, soonest first. */
  readonly certificates: readonly VerifiedCertificate[];
  /** Active certificates with fewer days left than min-days-remaining. */
  readonly expiring: readonly VerifiedCertificate[];
  readonly failures: readonly string[];
  readonly requests: number;
}

export type CommandResult = CertificateResult | ListResult;
