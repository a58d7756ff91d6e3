import { LIST_PAGE_SIZE, MAX_LIST_PAGES } from '../limits.js';
import { readCertificate, readCertificateList } from './certificate-object.js';
import type { CloudflareClient } from './client.js';
import { UnexpectedResponseError } from './errors.js';
import { collectPages, pageClaims } from './paging.js';
import type { CertificateStatus, ClientCertificate } from './types.js';

export type CertificateStatusFilter = CertificateStatus | 'all';

/** Pages of a listing fetched at once, after the first: enough to be quick, few enough to stay polite. */
const LIST_CONCURRENCY = 4;

/**
 * A zone's API Shield client certificates: `/zones/{zone_id}/client_certificates[/{id}]`. Every answer's
 * certificate object is checked before it is returned (certificate-object.ts); the certificate itself is
 * verified by the commands (certificate.ts).
 */
export class ClientCertificatesClient {
  readonly #client: CloudflareClient;

  constructor(client: CloudflareClient) {
    this.#client = client;
  }

  async create(zoneId: string, csrPem: string, validityDays: number): Promise<ClientCertificate> {
    return readCertificate(await this.#client.call('POST', path(zoneId), { body: { csr: csrPem, validity_days: validityDays } }));
  }

  async get(zoneId: string, certificateId: string): Promise<ClientCertificate> {
    return readCertificate(await this.#client.call('GET', path(zoneId, certificateId)));
  }

  /**
   * Every certificate of the zone with the status (the API's filter; 'all' for every one), 50 a page.
   * Cloudflare's schema gives `result_info` as {page, per_page, count, total_count}, with no total_pages:
   * the page count comes from total_count (or the smaller of the two when both are sent), and without
   * either the listing goes on until a page comes back short. A page shorter than per_page always ends
   * it, whatever the counts claim (a short first page is the whole answer, even beside a count past the
   * ceiling), and no listing goes past MAX_LIST_PAGES: a lying answer costs a handful of requests, never
   * thousands. Certificates are de-duplicated by id (a listing may shift while it is paged).
   */
  async list(zoneId: string, status: CertificateStatusFilter): Promise<ClientCertificate[]> {
    const listed = await collectPages(
      async number => {
        const envelope = await this.#client.call('GET', path(zoneId), { query: { status, page: number, per_page: LIST_PAGE_SIZE } });
        return { items: readCertificateList(envelope, number), claims: pageClaims(envelope.resultInfo, LIST_PAGE_SIZE) };
      },
      { maxPages: MAX_LIST_PAGES, concurrency: LIST_CONCURRENCY, tooMany: claimed => tooManyPages(zoneId, claimed) },
    );
    const byId = new Map<string, ClientCertificate>();
    for (const certificate of listed) byId.set(certificate.id as string, certificate);
    return [...byId.values()];
  }

  /**
   * Reactivates a certificate (PATCH): it becomes pending_reactivation, then active. No body is sent, as
   * the official TypeScript SDK's reactivate call (cloudflare-typescript, `clientCertificates` PATCH) sends none unless asked: the schema's body
   * `{"reactivate": boolean}` is optional, and the path alone asks for reactivation.
   */
  async reactivate(zoneId: string, certificateId: string): Promise<ClientCertificate> {
    return readCertificate(await this.#client.call('PATCH', path(zoneId, certificateId)));
  }

  /** Revokes a certificate (DELETE): it becomes pending_revocation, then revoked. */
  async revoke(zoneId: string, certificateId: string): Promise<ClientCertificate> {
    return readCertificate(await this.#client.call('DELETE', path(zoneId, certificateId)));
  }
}

function path(zoneId: string, certificateId?: string): string[] {
  const certificates = ['zones', zoneId, 'client_certificates'];
  return certificateId === undefined ? certificates : [...certificates, certificateId];
}

/** One page of a listing: its certificates (each checked) and what it claims about the whole. */
function tooManyPages(zoneId: string, claimed: number | undefined): UnexpectedResponseError {
  const what = claimed === undefined ? `kept returning full pages past ${MAX_LIST_PAGES} pages` : `reports ${claimed} certificates`;
  return new UnexpectedResponseError(
    `with a listing of zone ${zoneId} that ${what}: more than the ${MAX_LIST_PAGES * LIST_PAGE_SIZE} this action lists (${MAX_LIST_PAGES} pages of ${LIST_PAGE_SIZE}, twenty times a zone's quota); the listing was stopped`,
    { status: 200 },
  );
}
