import { LIST_PAGE_SIZE, MAX_LIST_PAGES } from '../limits.js';
import { readCertificate, readCertificateList } from './certificate-object.js';
import type { CloudflareClient } from './client.js';
import type { Envelope } from './envelope.js';
import { UnexpectedResponseError } from './errors.js';
import type { CertificateStatus, ClientCertificate } from './types.js';

export type CertificateStatusFilter = CertificateStatus | 'all';

/** Pages of a listing fetched at once, after the first: enough to be quick, few enough to stay polite. */
const LIST_CONCURRENCY = 4;

/** What one page of a listing says about the whole. */
interface Page {
  readonly certificates: ClientCertificate[];
  /** The page size the answer reports when it is a sane one, else the one asked for. */
  readonly perPage: number;
  /** The total the answer claims (total_count, or total_pages × per_page, the smaller), if any. */
  readonly claimedTotal: number | undefined;
}

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
    const page = async (number: number): Promise<Page> => {
      const envelope = await this.#client.call('GET', path(zoneId), { query: { status, page: number, per_page: LIST_PAGE_SIZE } });
      return readPage(envelope, number);
    };
    const pages: Page[] = [await page(1)];
    const first = pages[0] as Page;
    const claimedPages = first.claimedTotal === undefined ? undefined : Math.ceil(first.claimedTotal / first.perPage);
    const isFull = (p: Page): boolean => p.certificates.length >= p.perPage;
    // A claim past the ceiling stops a listing that would go on, after one request; a short page has ended it.
    if (claimedPages !== undefined && claimedPages > MAX_LIST_PAGES && isFull(first)) throw tooManyPages(zoneId, first.claimedTotal);
    let next = 2;
    while (isFull(pages[pages.length - 1] as Page)) {
      // With a count, the pages it justifies are fetched a few at a time; without one, one by one.
      const last = claimedPages ?? next;
      if (next > last) break;
      if (next > MAX_LIST_PAGES) throw tooManyPages(zoneId, undefined);
      const batch: number[] = [];
      for (let number = next; number <= Math.min(last, next + LIST_CONCURRENCY - 1, MAX_LIST_PAGES); number++) batch.push(number);
      const fetched = await Promise.all(batch.map(page));
      next += batch.length;
      // A short page ends the listing; pages after it in the same batch are not used.
      const short = fetched.findIndex(p => !isFull(p));
      pages.push(...(short === -1 ? fetched : fetched.slice(0, short + 1)));
    }
    const byId = new Map<string, ClientCertificate>();
    for (const certificate of pages.flatMap(p => p.certificates)) byId.set(certificate.id as string, certificate);
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
function readPage(envelope: Envelope, number: number): Page {
  const certificates = readCertificateList(envelope, number);
  const info = envelope.resultInfo;
  const perPage = saneCount(info?.per_page, 1, LIST_PAGE_SIZE) ?? LIST_PAGE_SIZE;
  const totalCount = saneCount(info?.total_count, 0, Number.MAX_SAFE_INTEGER);
  const totalPages = saneCount(info?.total_pages, 0, Number.MAX_SAFE_INTEGER);
  // Believe the smaller claim when both are given.
  const claims = [totalCount, totalPages === undefined ? undefined : totalPages * perPage].filter((n): n is number => n !== undefined);
  return { certificates, perPage, claimedTotal: claims.length > 0 ? Math.min(...claims) : undefined };
}

function saneCount(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

function tooManyPages(zoneId: string, claimed: number | undefined): UnexpectedResponseError {
  const what = claimed === undefined ? `kept returning full pages past ${MAX_LIST_PAGES} pages` : `reports ${claimed} certificates`;
  return new UnexpectedResponseError(
    `with a listing of zone ${zoneId} that ${what}: more than the ${MAX_LIST_PAGES * LIST_PAGE_SIZE} this action lists (${MAX_LIST_PAGES} pages of ${LIST_PAGE_SIZE}, twenty times a zone's quota); the listing was stopped`,
    { status: 200 },
  );
}
