import { canonicalId, ID_SHAPES } from '../identifier.js';
import { LIST_PAGE_SIZE, MAX_ZONE_NAME_LENGTH, MAX_ZONE_PAGES } from '../limits.js';
import { describe } from './certificate-object.js';
import type { CloudflareClient } from './client.js';
import { type Envelope, isRecord } from './envelope.js';
import { UnexpectedResponseError } from './errors.js';
import { collectPages, pageClaims } from './paging.js';

/** A zone of an account, as the listing gave it, checked. */
export interface AccountZone {
  /** 32 hexadecimal characters, lowercase. */
  readonly id: string;
  /** A DNS name (letters, digits, hyphens and dots only), lowercase. */
  readonly name: string;
}

/** The zone statuses GET /zones filters on (the schema's enum). */
export const ZONE_STATUSES = ['initializing', 'pending', 'active', 'moved'] as const;
export type ZoneStatus = (typeof ZONE_STATUSES)[number];

/** The schema's pattern for a zone's name (zones_zone.name), which the live API's names follow. */
const ZONE_NAME = /^([a-zA-Z0-9][-a-zA-Z0-9]*\.)+[-a-zA-Z0-9]{2,20}$/;

/**
 * Every zone of the account (`GET /zones?account.id=…`, "Zone: Read"), 50 a page, every page, in the
 * order the API lists them, with the status when given (every status when not). The paging rules are the
 * certificate listing's: never relying on total_pages (not in the schema), a page shorter than per_page
 * ends the listing, a count claimed in result_info ends it at the pages it justifies, and no listing goes
 * past MAX_ZONE_PAGES (1,200 zones: more than one run's largest budget could check) — a claim past it
 * stops the listing after its first page. Pages are fetched one after another. Zones are de-duplicated
 * by id (a listing may shift while it is paged); each is checked by readZoneList.
 */
export async function listAccountZones(client: CloudflareClient, accountId: string, options: { readonly status?: ZoneStatus } = {}): Promise<AccountZone[]> {
  const account = canonicalId('account', accountId);
  if (account === undefined) throw new Error('internal error: listing the zones of something that is not an account id');
  const listed = await collectPages(
    async page => {
      const query = { 'account.id': account, ...(options.status ? { status: options.status } : {}), page, per_page: LIST_PAGE_SIZE };
      const envelope = await client.call('GET', ['zones'], { query });
      return { items: readZoneList(envelope, page, account), claims: pageClaims(envelope.resultInfo, LIST_PAGE_SIZE) };
    },
    // One page at a time: an inventory spends its request budget on certificates first.
    { maxPages: MAX_ZONE_PAGES, concurrency: 1, tooMany: claimed => tooManyZones(account, claimed) },
  );
  const byId = new Map<string, AccountZone>();
  for (const zone of listed) if (!byId.has(zone.id)) byId.set(zone.id, zone);
  return [...byId.values()];
}

/**
 * The zones of one listing page, each checked before anything uses it: an object, an id of the zone kind,
 * a name that is a DNS name of at most 253 characters (the schema's pattern), and an account that is the
 * one asked for (a zone of another account is never checked under this one). Refusals name the entry and
 * the field, and describe a bad value by its type and size only: never its content.
 */
function readZoneList(envelope: Envelope, page: number, accountId: string): AccountZone[] {
  const refuse = (detail: string): UnexpectedResponseError => new UnexpectedResponseError(detail, envelope.response);
  if (!Array.isArray(envelope.result)) throw refuse(`with a zone listing (page ${page}) whose "result" is not an array`);
  return envelope.result.map((entry: unknown, index) => {
    const where = `zone listing entry ${index + 1} of page ${page}`;
    if (!isRecord(entry)) throw refuse(`with ${where} that is not a zone object`);
    const id = canonicalId('zone', entry.id);
    if (id === undefined) throw refuse(`with ${where} whose "id" is ${describe(entry.id)}, not a zone id (${ID_SHAPES.zone})`);
    const name = entry.name;
    if (typeof name !== 'string' || name.length > MAX_ZONE_NAME_LENGTH || !ZONE_NAME.test(name) || name.split('.').some(label => label.length > 63)) {
      throw refuse(`with ${where} (zone ${id}) whose "name" is ${describe(name)}, not a DNS name of at most ${MAX_ZONE_NAME_LENGTH} characters`);
    }
    const given = isRecord(entry.account) ? entry.account.id : undefined;
    const account = canonicalId('account', given);
    if (account !== accountId) {
      const what = account ?? (given === undefined || given === null ? 'missing' : describe(given));
      throw refuse(`with ${where} (zone ${id}) whose "account.id" is ${what}, not the account asked for (${accountId})`);
    }
    return { id, name: name.toLowerCase() };
  });
}

function tooManyZones(accountId: string, claimed: number | undefined): UnexpectedResponseError {
  const max = MAX_ZONE_PAGES * LIST_PAGE_SIZE;
  const what = claimed === undefined ? `kept returning full pages past ${MAX_ZONE_PAGES} pages` : `reports ${claimed} zones`;
  return new UnexpectedResponseError(
    `with a zone listing of account ${accountId} that ${what}: more than the ${max} zones one run can check (${MAX_ZONE_PAGES} pages of ${LIST_PAGE_SIZE}; the largest request budget, 1,200, checks at most that many); the listing was stopped. Check the zones in groups with zone-id instead`,
    { status: 200 },
  );
}
