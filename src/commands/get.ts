import { policyFailures, verifyCertificate } from '../certificate.js';
import type { GetConfig } from '../config/types.js';
import type { CertificateResult, CommandContext } from './result.js';

/** Fetches one certificate's details and checks them against the certificate itself. */
export async function getCertificate(config: GetConfig, { client, certificates }: CommandContext): Promise<CertificateResult> {
  const details = await certificates.get(config.zoneId, config.certificateId);
  const certificate = verifyCertificate(details, { id: config.certificateId });
  return { kind: 'certificate', certificate, failures: policyFailures(certificate, config), requests: client.requestCount };
}
