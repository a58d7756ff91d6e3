import type { VerifiedCertificate } from '../certificate.js';

/** What a command hands to the outputs: one verified certificate and the checks it failed, if any. */
export interface CommandResult {
  readonly certificate: VerifiedCertificate;
  /** Failures that make the step fail after the outputs are set (status, expiry). */
  readonly failures: readonly string[];
  /** HTTP requests the command sent, retries included. */
  readonly requests: number;
}
