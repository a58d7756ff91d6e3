import { type VerifiedCertificate, verifyCertificate } from '../certificate.js';
import { CloudflareApiError } from '../cloudflare/errors.js';
import type { ChangeStatusConfig } from '../config/types.js';
import { pause, pollDelays } from '../poll.js';
import type { CertificateResult, CommandContext } from './result.js';

const TRANSITIONS = {
  revoke: { pending: 'pending_revocation', settled: 'revoked' },
  reactivate: { pending: 'pending_reactivation', settled: 'active' },
} as const;

/** Cloudflare's code for a revoke of a certificate that is already revoked ("already deleted"), on the live API. */
const ALREADY_REVOKED = 1407;

/**
 * Revokes (DELETE) or reactivates (PATCH) a certificate. Cloudflare moves it through a pending status,
 * which can last well past a minute; with wait, the details are polled with backoff until it settles,
 * within the step's deadline.
 *
 * A revoke of a certificate that is already revoked (or on its way there) is a success, so that a
 * rotation workflow can be run again: the live API answers it with code 1407, and the certificate's own
 * details then say where it stands.
 */
export async function changeStatus(config: ChangeStatusConfig, context: CommandContext): Promise<CertificateResult> {
  const { client, certificates, log } = context;
  const { pending, settled } = TRANSITIONS[config.command];
  const notices: string[] = [];
  let certificate: VerifiedCertificate;
  if (config.command === 'revoke') {
    try {
      certificate = verifyCertificate(await certificates.revoke(config.zoneId, config.certificateId), { id: config.certificateId });
      log.info(`Revoked certificate ${certificate.id}: now ${certificate.status}`);
    } catch (error) {
      if (!(error instanceof CloudflareApiError && error.hasCode(ALREADY_REVOKED))) throw error;
      certificate = verifyCertificate(await certificates.get(config.zoneId, config.certificateId), { id: config.certificateId });
      if (certificate.status !== pending && certificate.status !== settled) throw error;
      // An earlier run, or an earlier attempt of this step's own request (its answer lost, then retried),
      // may have revoked it: either way it is done, and the certificate's details say how far.
      const where = certificate.status === settled ? 'revoked' : 'being revoked (pending_revocation)';
      notices.push(`Certificate ${certificate.id} is already ${where}: nothing more to do (${error.message})`);
    }
  } else {
    certificate = verifyCertificate(await certificates.reactivate(config.zoneId, config.certificateId), { id: config.certificateId });
    log.info(`Reactivated certificate ${certificate.id}: now ${certificate.status}`);
  }

  const failures: string[] = [];
  if (certificate.status !== pending && certificate.status !== settled) {
    failures.push(`Cloudflare reports certificate ${certificate.id} as ${certificate.status} after ${config.command}, not ${pending} or ${settled}`);
  } else if (config.wait) {
    const waited = await waitUntilSettled(config, context, certificate, pending);
    certificate = waited.certificate;
    if (certificate.status !== settled) {
      failures.push(
        `certificate ${certificate.id} is still ${certificate.status} after ${Math.round(waited.ms / 1000)} s of waiting; it will become ${settled} on its own ` +
          `(revocation can take a few minutes): run a get step later, or give wait a larger timeout-seconds (${longerWait(config)})`,
      );
    }
  }
  return { kind: 'certificate', certificate, failures, notices, requests: client.requestCount };
}

async function waitUntilSettled(
  config: ChangeStatusConfig,
  context: CommandContext,
  first: VerifiedCertificate,
  pending: string,
): Promise<{ certificate: VerifiedCertificate; ms: number }> {
  const { certificates, deadline, log } = context;
  const started = Date.now();
  let certificate = first;
  // Keeps time for the last look: stops when the next wait would use up the deadline.
  for (const delay of pollDelays(deadline)) {
    if (certificate.status !== pending) break;
    log.info(`Certificate ${certificate.id} is ${certificate.status}; looking again in ${(delay / 1000).toFixed(1)} s`);
    await pause(delay, context);
    certificate = verifyCertificate(await certificates.get(config.zoneId, config.certificateId), { id: config.certificateId });
  }
  return { certificate, ms: Date.now() - started };
}

/** A timeout-seconds worth advising for wait: 300 (revocation can take minutes), or twice what was given. */
function longerWait(config: ChangeStatusConfig): number {
  return Math.max(300, Math.ceil((2 * config.timeoutMs) / 1000));
}
