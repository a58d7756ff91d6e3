import type { ResultInfo } from './types.js';

/** What one page of a listing says about the whole. */
export interface PageClaims {
  /** The page size the answer reports when it is a sane one (1 to the size asked for), else the one asked for. */
  readonly perPage: number;
  /** The total the answer claims (total_count, or total_pages × per_page, the smaller), if any. */
  readonly claimedTotal: number | undefined;
}

/**
 * The paging claims of a listing page's result_info, every field checked, believing the smaller claim when
 * both total_count and total_pages (which Cloudflare's schema does not have) are given. A client never
 * relies on them to end a listing (a short page does); they only let it stop a listing whose claim passes
 * its ceiling after one request.
 */
export function pageClaims(info: ResultInfo | undefined, askedPerPage: number): PageClaims {
  const perPage = saneCount(info?.per_page, 1, askedPerPage) ?? askedPerPage;
  const totalCount = saneCount(info?.total_count, 0, Number.MAX_SAFE_INTEGER);
  const totalPages = saneCount(info?.total_pages, 0, Number.MAX_SAFE_INTEGER);
  const claims = [totalCount, totalPages === undefined ? undefined : totalPages * perPage].filter((n): n is number => n !== undefined);
  return { perPage, claimedTotal: claims.length > 0 ? Math.min(...claims) : undefined };
}

function saneCount(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

/** One page of a listing: its entries (already checked) and what it claims about the whole. */
export interface ListedPage<T> {
  readonly items: readonly T[];
  readonly claims: PageClaims;
}

export interface PagingLimits {
  /** No listing goes past this many pages. */
  readonly maxPages: number;
  /** Pages fetched at once after the first, when a count says how many there are. */
  readonly concurrency: number;
  /** The error for a listing past maxPages: claimed is the total the first page claims, or undefined when full pages kept coming. */
  readonly tooMany: (claimed: number | undefined) => Error;
}

/**
 * The one paging routine, for every listing (certificates of a zone, zones of an account), by the rules
 * Cloudflare's schema allows: the page count comes from the first page's claim (pageClaims), and without
 * one the listing goes on until a page comes back short. A page shorter than per_page always ends it,
 * whatever the counts claim (a short first page is the whole answer, even beside a count past the
 * ceiling); a claim past maxPages stops a listing that would go on, after one request; and no listing goes
 * past maxPages: a lying answer costs a handful of requests, never thousands. With a count, the pages it
 * justifies are fetched `concurrency` at a time; without one, one by one. Entries come back in page order.
 */
export async function collectPages<T>(fetchPage: (page: number) => Promise<ListedPage<T>>, limits: PagingLimits): Promise<T[]> {
  const first = await fetchPage(1);
  const pages: ListedPage<T>[] = [first];
  const isFull = (page: ListedPage<T>): boolean => page.items.length >= page.claims.perPage;
  const { claimedTotal, perPage } = first.claims;
  const claimedPages = claimedTotal === undefined ? undefined : Math.ceil(claimedTotal / perPage);
  if (claimedPages !== undefined && claimedPages > limits.maxPages && isFull(first)) throw limits.tooMany(claimedTotal);
  let next = 2;
  while (isFull(pages[pages.length - 1] as ListedPage<T>)) {
    const last = claimedPages ?? next;
    if (next > last) break;
    if (next > limits.maxPages) throw limits.tooMany(undefined);
    const batch: number[] = [];
    for (let number = next; number <= Math.min(last, next + limits.concurrency - 1, limits.maxPages); number++) batch.push(number);
    const fetched = await Promise.all(batch.map(fetchPage));
    next += batch.length;
    // A short page ends the listing; pages after it in the same batch are not used.
    const short = fetched.findIndex(page => !isFull(page));
    pages.push(...(short === -1 ? fetched : fetched.slice(0, short + 1)));
  }
  return pages.flatMap(page => page.items);
}
