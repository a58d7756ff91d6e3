import type { VerifiedCertificate } from '../certificate.js';

/** What a command may say while it works; main.ts maps it onto the runner's log. */
export interface CommandLog {
  debug(message: string): void;
  info(message: string): void;
  /** Becomes a warning annotation on the run. */
  warning(message: string): void;
}

/** What a command hands to the outputs: one verified certificate and the checks it failed, if any. */
export interface CommandResult {
  readonly certificate: VerifiedCertificate;
  /** Failures that make the step fail after the outputs are set (status, expiry). */
  readonly failures: readonly string[];
  /** HTTP requests the command sent, retries included. */
  readonly requests: number;
}
