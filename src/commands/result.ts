import type { VerifiedCertificate } from '../certificate.js';
import type { CloudflareClient } from '../cloudflare/client.js';
import type { ClientCertificatesClient } from '../cloudflare/client-certificates.js';
import type { Deadline } from '../deadline.js';
import type { Sleep } from '../sleep.js';

/** What a command may say while it works; main.ts maps it onto the runner's log. */
export interface CommandLog {
  debug(message: string): void;
  info(message: string): void;
  /** Becomes a warning annotation on the run. */
  warning(message: string): void;
}

/** What every command works with: one API client, one deadline, the log, and the seams tests replace. */
export interface CommandContext {
  readonly client: CloudflareClient;
  /** The certificate endpoints, over that client. */
  readonly certificates: ClientCertificatesClient;
  readonly deadline: Deadline;
  readonly log: CommandLog;
  /** Registers a secret with the runner (a generated private key), before anything can print it. */
  readonly mask: (secret: string) => void;
  /** Waits between polls; rejects when the deadline's signal aborts. */
  readonly sleep: Sleep;
  readonly now?: () => Date;
}

/** The zone's mTLS hostnames after the step: enabled on create, checked on get and list. */
export interface HostnameReport {
  /** The hostnames input, normalized. */
  readonly requested: readonly string[];
  readonly mtlsCertificateId: string | undefined;
  /** Every hostname on the CA's list after the step, as the API lists them; undefined when it could not be read. */
  readonly associated: readonly string[] | undefined;
  /** What this step added (create only), confirmed by reading the list back. */
  readonly added: readonly string[];
  /** Requested hostnames a read showed without mTLS after the step (none when the list could not be read). */
  readonly missing: readonly string[];
  /** Worth a warning in the log and the summary (another writer removed someone's hostname, say). */
  readonly warnings: readonly string[];
  /** Why the step fails because of the hostnames, if it does; one sentence. */
  readonly failure: string | undefined;
}

/** One certificate: create, get, revoke, reactivate. */
export interface CertificateResult {
  readonly kind: 'certificate';
  readonly certificate: VerifiedCertificate;
  /** Failures that make the step fail after the outputs are set (status, expiry). */
  readonly failures: readonly string[];
  /** Worth knowing, not a problem (a revoke of a certificate that was already revoked); a notice in the log and the summary. */
  readonly notices?: readonly string[];
  /** HTTP requests the command sent, retries included. */
  readonly requests: number;
  /** On create: whether an existing certificate was reused instead of issuing one. */
  readonly reused?: boolean;
  /** On create with generate-key: the new private key (already masked) for the outputs and its file. */
  readonly privateKeyPem?: string;
  /** On create with generate-key and a PKCS#12 input: the bundle (a secret) for its file. */
  readonly pkcs12Bundle?: Buffer;
  /** With the hostnames input (create, get). */
  readonly hostnames?: HostnameReport;
}

/** Every certificate of a zone with a status: list. */
export interface ListResult {
  readonly kind: 'list';
  /** Sorted by expiry, soonest first. */
  readonly certificates: readonly VerifiedCertificate[];
  /** Active certificates with fewer days left than min-days-remaining. */
  readonly expiring: readonly VerifiedCertificate[];
  readonly failures: readonly string[];
  /** Worth a warning without failing the step (an empty listing, say); shown in the log and the summary. */
  readonly warnings: readonly string[];
  readonly requests: number;
  /** With the hostnames input. */
  readonly hostnames?: HostnameReport;
}

export type CommandResult = CertificateResult | ListResult;
