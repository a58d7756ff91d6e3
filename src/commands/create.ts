import { policyFailures, verifyCertificate } from '../certificate.js';
import type { CloudflareClient } from '../cloudflare/client.js';
import { CloudflareApiError, TransportError, UnexpectedResponseError, VerificationError } from '../cloudflare/errors.js';
import type { CreateConfig } from '../inputs.js';
import type { CommandResult } from './result.js';

/** Issues a certificate for the CSR, then checks that what came back was issued for the CSR's key. */
export async function createCertificate(config: CreateConfig, client: CloudflareClient): Promise<CommandResult> {
  let issued;
  try {
    issued = await client.createCertificate(config.zoneId, config.csr.pem, config.validityDays);
  } catch (error) {
    throw mayHaveIssued(error, config.zoneId);
  }
  let certificate;
  try {
    certificate = verifyCertificate(issued, { publicKeySpki: config.csr.publicKeySpki });
  } catch (error) {
    // Nothing is half-done silently: the API did issue something, and it counts against the quota.
    const id = typeof issued.id === 'string' ? ` (id ${issued.id})` : '';
    throw new VerificationError(`${(error as Error).message}. The API issued this certificate${id}, but it is not handed on: revoke it`, { cause: error });
  }
  return { certificate, failures: policyFailures(certificate, config), requests: client.requestCount };
}

/**
 * A create that failed without a clear "no" from the API (no answer, a 5xx, a garbled body) may still
 * have issued a certificate. Say so, so that nobody re-runs blindly into the zone's quota.
 */
function mayHaveIssued(error: unknown, zoneId: string): unknown {
  const ambiguous =
    (error instanceof TransportError && error.maybeDelivered) ||
    (error instanceof CloudflareApiError && error.response.status >= 500) ||
    (error instanceof UnexpectedResponseError && (error.response.status >= 500 || error.response.status < 300));
  if (!ambiguous) return error;
  return new TransportError(
    `${(error as Error).message}. The certificate may have been issued all the same: list the zone's client certificates ` +
      `(dashboard: SSL/TLS > Client Certificates, or GET /zones/${zoneId}/client_certificates) before creating again, ` +
      'and revoke any you do not use',
    true,
    { cause: error },
  );
}
