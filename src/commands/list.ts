import { verifyCertificate } from '../certificate.js';
import type { ListConfig } from '../inputs.js';
import type { CommandContext, ListResult } from './result.js';

/**
 * Every certificate of the zone with the status, each verified against its own bytes, sorted by
 * expiry. With min-days-remaining, active certificates under it make the step fail.
 */
export async function listCertificates(config: ListConfig, { client }: CommandContext): Promise<ListResult> {
  const listed = await client.listCertificates(config.zoneId, config.status);
  const certificates = listed.map(certificate => verifyCertificate(certificate, {})).sort((a, b) => a.notAfter.getTime() - b.notAfter.getTime());
  const minDays = config.minDaysRemaining;
  const expiring = minDays === undefined ? [] : certificates.filter(c => c.status === 'active' && c.daysRemaining < minDays);
  const failures =
    expiring.length === 0
      ? []
      : [
          `${expiring.length} active client certificate${expiring.length === 1 ? '' : 's'} of zone ${config.zoneId} expire${expiring.length === 1 ? 's' : ''} in fewer than ${minDays} days (min-days-remaining): ${expiring.map(c => `${c.id} (${c.commonName}, ${c.daysRemaining} days)`).join(', ')}`,
        ];
  return { kind: 'list', certificates, expiring, failures, requests: client.requestCount };
}
