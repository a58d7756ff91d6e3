import { type VerifiedCertificate, verifyCertificate } from '../certificate.js';
import type { ClientCertificate } from '../cloudflare/types.js';
import type { ListConfig } from '../config/types.js';
import type { CommandContext, ListResult } from './result.js';

/**
 * Every certificate of the zone with the status, each verified against its own bytes, sorted by
 * expiry. With min-days-remaining, active certificates under it make the step fail; an empty listing
 * warns, or fails with fail-on-empty.
 */
export async function listCertificates(config: ListConfig, context: CommandContext): Promise<ListResult> {
  const listed = await context.certificates.list(config.zoneId, config.status);
  const certificates = verifyListing(listed);
  const minDays = config.minDaysRemaining;
  const expiring = expiringAmong(certificates, minDays);
  const failures: string[] =
    expiring.length === 0
      ? []
      : [
          `${expiring.length} active client certificate${expiring.length === 1 ? '' : 's'} of zone ${config.zoneId} expire${expiring.length === 1 ? 's' : ''} in fewer than ${minDays} days (min-days-remaining): ${expiring.map(c => `${c.id} (${c.commonName}, ${c.daysRemaining} days)`).join(', ')}`,
        ];
  const warnings: string[] = [];
  if (certificates.length === 0) {
    // A scheduled check pointed at the wrong zone (or filter) would otherwise stay green for ever.
    const none = `Zone ${config.zoneId} has no client certificates with status ${config.status}: check zone-id and list-status`;
    if (config.failOnEmpty) failures.push(`${none} (fail-on-empty)`);
    else warnings.push(`${none}; set fail-on-empty: true to fail the step when this happens`);
  }
  return { kind: 'list', certificates, expiring, failures, warnings, requests: context.client.requestCount };
}

/** A listing's certificates, each verified against its own bytes (throws VerificationError), soonest expiry first. */
export function verifyListing(listed: readonly ClientCertificate[], now: Date = new Date()): VerifiedCertificate[] {
  return listed.map(certificate => verifyCertificate(certificate, {}, now)).sort((a, b) => a.notAfter.getTime() - b.notAfter.getTime());
}

/** The certificates min-days-remaining flags: active ones with fewer days left (none without it). */
export function expiringAmong<T extends VerifiedCertificate>(certificates: readonly T[], minDaysRemaining: number | undefined): T[] {
  return minDaysRemaining === undefined ? [] : certificates.filter(c => c.status === 'active' && c.daysRemaining < minDaysRemaining);
}
