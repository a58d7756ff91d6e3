import { MAX_ASSOCIATED_HOSTNAMES } from '../limits.js';
import type { CloudflareClient } from './client.js';
import { type Envelope, isRecord } from './envelope.js';
import { UnexpectedResponseError } from './errors.js';

/** The longest name DNS allows; a longer entry in an answer is not a hostname. */
const MAX_LISTED_HOSTNAME = 253;

/**
 * The zone's mTLS hostnames: `GET`/`PUT /zones/{zone_id}/certificate_authorities/hostname_associations`.
 * Without an mTLS certificate id the list is the one of the account's Cloudflare Managed CA; with one, the
 * list of that uploaded CA. A PUT replaces the whole list, so a caller must read it first and send back
 * every name it does not mean to remove.
 */
export class HostnameAssociationsClient {
  readonly #client: CloudflareClient;

  constructor(client: CloudflareClient) {
    this.#client = client;
  }

  /** The hostnames that have mTLS enabled with the CA, as the API lists them. */
  async get(zoneId: string, mtlsCertificateId: string | undefined): Promise<string[]> {
    const query = mtlsCertificateId === undefined ? undefined : { mtls_certificate_id: mtlsCertificateId };
    return readHostnames(await this.#client.call('GET', path(zoneId), query ? { query } : {}));
  }

  /**
   * Replaces the list with these hostnames. Only the envelope of the answer is checked: what the list is
   * now is for a read-back to say (the schema's answer may leave the list out).
   */
  async replace(zoneId: string, hostnames: readonly string[], mtlsCertificateId: string | undefined): Promise<void> {
    const body = mtlsCertificateId === undefined ? { hostnames } : { hostnames, mtls_certificate_id: mtlsCertificateId };
    await this.#client.call('PUT', path(zoneId), { body });
  }
}

function path(zoneId: string): string[] {
  return ['zones', zoneId, 'certificate_authorities', 'hostname_associations'];
}

/**
 * The list in an answer, checked before anything relies on it: `result` must be an object whose
 * `hostnames`, when there, is an array of strings, each no longer than a DNS name, and no more than
 * MAX_ASSOCIATED_HOSTNAMES. A `hostnames` that is absent or null in a result that holds nothing else is
 * an empty list: the schema makes the field optional, and an API that leaves out empty lists must not make
 * every first rollout fail. Values are never echoed.
 */
export function readHostnames(envelope: Envelope): string[] {
  const refuse = (detail: string): UnexpectedResponseError => new UnexpectedResponseError(`with a hostname association list ${detail}`, envelope.response);
  const { result } = envelope;
  if (!isRecord(result)) throw refuse('whose "result" is not an object');
  const { hostnames } = result;
  if (hostnames === undefined || hostnames === null) {
    // Only a result that says nothing else is an empty list: an answer with other fields and no list
    // (a renamed field, say) would make the next write remove every hostname the zone protects.
    if (Object.keys(result).every(key => key === 'hostnames' || key === 'mtls_certificate_id')) return [];
    throw refuse('with fields but no "hostnames" list');
  }
  if (!Array.isArray(hostnames)) throw refuse('whose "hostnames" is not an array');
  if (hostnames.length > MAX_ASSOCIATED_HOSTNAMES)
    throw refuse(`of ${hostnames.length} hostnames, more than the ${MAX_ASSOCIATED_HOSTNAMES} this action reads`);
  hostnames.forEach((name, index) => {
    if (typeof name !== 'string') throw refuse(`whose entry ${index + 1} is not a string`);
    if (name.length === 0 || name.length > MAX_LISTED_HOSTNAME) throw refuse(`whose entry ${index + 1} is ${name.length} characters long, not a hostname`);
  });
  return [...(hostnames as string[])];
}
