import { policyFailures, verifyCertificate } from '../certificate.js';
import type { CloudflareClient } from '../cloudflare/client.js';
import type { GetConfig } from '../inputs.js';
import type { CommandResult } from './result.js';

/** Fetches one certificate's details and checks them against the certificate itself. */
export async function getCertificate(config: GetConfig, client: CloudflareClient): Promise<CommandResult> {
  const details = await client.getCertificate(config.zoneId, config.certificateId);
  const certificate = verifyCertificate(details, { id: config.certificateId });
  return { certificate, failures: policyFailures(certificate, config), requests: client.requestCount };
}
