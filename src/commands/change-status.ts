import { type VerifiedCertificate, verifyCertificate } from '../certificate.js';
import type { ChangeStatusConfig } from '../inputs.js';
import type { CertificateResult, CommandContext } from './result.js';

const TRANSITIONS = {
  revoke: { pending: 'pending_revocation', settled: 'revoked' },
  reactivate: { pending: 'pending_reactivation', settled: 'active' },
} as const;
const FIRST_POLL_MS = 2000;
const MAX_POLL_MS = 10_000;

/**
 * Revokes (DELETE) or reactivates (PATCH) a certificate. Cloudflare moves it through a pending status;
 * with wait, the details are polled until it settles, within the step's deadline.
 */
export async function changeStatus(config: ChangeStatusConfig, context: CommandContext): Promise<CertificateResult> {
  const { client, log } = context;
  const { pending, settled } = TRANSITIONS[config.command];
  const answer =
    config.command === 'revoke'
      ? await client.revokeCertificate(config.zoneId, config.certificateId)
      : await client.reactivateCertificate(config.zoneId, config.certificateId);
  let certificate = verifyCertificate(answer, { id: config.certificateId });
  log.info(`${config.command === 'revoke' ? 'Revoked' : 'Reactivated'} certificate ${certificate.id}: now ${certificate.status}`);

  const failures: string[] = [];
  if (certificate.status !== pending && certificate.status !== settled) {
    failures.push(`Cloudflare reports certificate ${certificate.id} as ${certificate.status} after ${config.command}, not ${pending} or ${settled}`);
  } else if (config.wait) {
    const waited = await waitUntilSettled(config, context, certificate, pending);
    certificate = waited.certificate;
    if (certificate.status !== settled) {
      failures.push(
        `certificate ${certificate.id} is still ${certificate.status} after ${Math.round(waited.ms / 1000)} s; it will become ${settled} on its own, or run again with a larger timeout-seconds`,
      );
    }
  }
  return { kind: 'certificate', certificate, failures, requests: client.requestCount };
}

async function waitUntilSettled(
  config: ChangeStatusConfig,
  context: CommandContext,
  first: VerifiedCertificate,
  pending: string,
): Promise<{ certificate: VerifiedCertificate; ms: number }> {
  const { client, deadline, log, sleep } = context;
  const started = Date.now();
  let certificate = first;
  for (let delay = FIRST_POLL_MS; certificate.status === pending; delay = Math.min(MAX_POLL_MS, delay * 2)) {
    // Keep time for the last look: stop polling when the next wait would use up the deadline.
    if (deadline.remainingMs() < delay + 1000) break;
    log.info(`Certificate ${certificate.id} is ${certificate.status}; looking again in ${delay / 1000} s`);
    await sleep(delay, deadline.signal);
    certificate = verifyCertificate(await client.getCertificate(config.zoneId, config.certificateId), { id: config.certificateId });
  }
  return { certificate, ms: Date.now() - started };
}
