import { MAX_ASSOCIATED_HOSTNAMES } from '../limits.js';
import type { CloudflareClient, SingleAttempt } from './client.js';
import { type Envelope, isRecord } from './envelope.js';
import { UnexpectedResponseError } from './errors.js';

/** The longest name DNS allows; a longer entry in an answer is not a hostname. */
const MAX_LISTED_HOSTNAME = 253;

/** A zone's mTLS hostname list as one read gave it. */
export interface HostnameList {
  /** The names, exactly as the API listed them. */
  readonly names: readonly string[];
  /**
   * False when the answer says it holds only part of the list (a `result_info.total_count` above the
   * names given): such a list is never written back, since every write replaces the whole list.
   */
  readonly complete: boolean;
}

/**
 * The zone's mTLS hostnames: `GET`/`PUT /zones/{zone_id}/certificate_authorities/hostname_associations`.
 * Without an mTLS certificate id the list is the one of the account's Cloudflare Managed CA; with one, the
 * list of that uploaded CA. A PUT replaces the whole list, so a caller must read it first and send back
 * every name it does not mean to remove; and since a read may lag a write (the live API is eventually
 * consistent), a write is never resent as it was: the caller rebuilds it from a fresh read.
 */
export class HostnameAssociationsClient {
  readonly #client: CloudflareClient;

  constructor(client: CloudflareClient) {
    this.#client = client;
  }

  /** The hostnames that have mTLS enabled with the CA, as the API lists them. */
  async get(zoneId: string, mtlsCertificateId: string | undefined): Promise<HostnameList> {
    const query = mtlsCertificateId === undefined ? undefined : { mtls_certificate_id: mtlsCertificateId };
    return readHostnames(await this.#client.call('GET', path(zoneId), query ? { query } : {}));
  }

  /**
   * Replaces the list with these hostnames, in one attempt that the HTTP layer never repeats (a retry would
   * resend a list that may be stale by then). Only the envelope of the answer is checked: what the list is
   * now is for the reads that follow to say (the schema's answer may leave the list out).
   */
  async replace(zoneId: string, hostnames: readonly string[], mtlsCertificateId: string | undefined, attempt: number): Promise<SingleAttempt> {
    const body = mtlsCertificateId === undefined ? { hostnames } : { hostnames, mtls_certificate_id: mtlsCertificateId };
    return this.#client.attemptOnce('PUT', path(zoneId), { body }, attempt);
  }
}

function path(zoneId: string): string[] {
  return ['zones', zoneId, 'certificate_authorities', 'hostname_associations'];
}

/**
 * The list in an answer, checked before anything relies on it: `result` must be an object whose
 * `hostnames`, when there, is an array of strings, each no longer than a DNS name, and no more than
 * MAX_ASSOCIATED_HOSTNAMES. A `hostnames` that is absent or null (the live API's answer for a zone with
 * none) in a result that holds nothing else is an empty list. Values are never echoed.
 */
export function readHostnames(envelope: Envelope): HostnameList {
  const refuse = (detail: string): UnexpectedResponseError => new UnexpectedResponseError(`with a hostname association list ${detail}`, envelope.response);
  const { result } = envelope;
  if (!isRecord(result)) throw refuse('whose "result" is not an object');
  const { hostnames } = result;
  let names: string[];
  if (hostnames === undefined || hostnames === null) {
    // Only a result that says nothing else is an empty list: an answer with other fields and no list
    // (a renamed field, say) would make the next write remove every hostname the zone protects.
    if (!Object.keys(result).every(key => key === 'hostnames' || key === 'mtls_certificate_id')) throw refuse('with fields but no "hostnames" list');
    names = [];
  } else {
    if (!Array.isArray(hostnames)) throw refuse('whose "hostnames" is not an array');
    if (hostnames.length > MAX_ASSOCIATED_HOSTNAMES)
      throw refuse(`of ${hostnames.length} hostnames, more than the ${MAX_ASSOCIATED_HOSTNAMES} this action reads`);
    hostnames.forEach((name, index) => {
      if (typeof name !== 'string') throw refuse(`whose entry ${index + 1} is not a string`);
      if (name.length === 0 || name.length > MAX_LISTED_HOSTNAME) throw refuse(`whose entry ${index + 1} is ${name.length} characters long, not a hostname`);
    });
    names = [...(hostnames as string[])];
  }
  // The schema sends no paging for this list; an answer that says it holds part of a longer one is believed.
  const total = envelope.resultInfo?.total_count;
  const complete = !(typeof total === 'number' && Number.isFinite(total) && total > names.length);
  return { names, complete };
}
