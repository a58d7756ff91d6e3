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
 * its ceiling after one request. The zone listing uses it; the certificate listing (readPage in
 * client.ts) applies the same rules and is to use it when client.ts is split.
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
