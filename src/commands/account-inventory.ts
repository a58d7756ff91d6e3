import type { VerifiedCertificate } from '../certificate.js';
import { type ClientOptions, CloudflareClient } from '../cloudflare/client.js';
import { type CertificateStatusFilter, ClientCertificatesClient } from '../cloudflare/client-certificates.js';
import { CloudflareApiError } from '../cloudflare/errors.js';
import { DEFAULT_POOL, describeStop, type GovernorStop, RequestGovernor, RequestsStopped } from '../cloudflare/request-governor.js';
import type { ClientCertificate } from '../cloudflare/types.js';
import { type AccountZone, listAccountZones } from '../cloudflare/zones.js';
import { DeadlineError } from '../deadline.js';
import { shorten } from '../escape.js';
import { canonicalId } from '../identifier.js';
import { DEFAULT_REQUEST_BUDGET, LIST_PAGE_SIZE } from '../limits.js';
import { expiringAmong, verifyListing } from './list.js';
import type { CheckedZone, CommandLog, InventoryResult, InventoryStop, ZoneCertificate, ZoneNote, ZoneRef } from './result.js';

/**
 * `list` with an account instead of a zone: every zone of the account, then each zone's certificates,
 * checked exactly as a one-zone list checks them, within a request budget and Cloudflare's rate limit.
 * docs/account-inventory.md describes it; the numbers live in src/cloudflare/request-governor.ts and rate-limit.ts.
 */

/** The one call of the certificate listing routine (its paging, its checks of every entry), as a one-zone list makes it. */
const listZoneCertificates = (client: CloudflareClient, zoneId: string, status: CertificateStatusFilter): Promise<ClientCertificate[]> =>
  new ClientCertificatesClient(client).list(zoneId, status);

/** Zones that failed in a row (server errors, garbled answers) after which no new zone is started: an outage is not worth the rate limit. */
export const MAX_FAILED_ZONES_IN_A_ROW = 3;
/** Characters of an error kept in a zone's note. */
const MAX_WHY_CHARACTERS = 500;

export interface InventoryConfig {
  /** The account, 32 hexadecimal characters. */
  readonly accountId: string;
  /** list-status. */
  readonly status: CertificateStatusFilter;
  readonly minDaysRemaining: number | undefined;
  readonly failOnEmpty: boolean;
  /** Whether a run that stopped before every zone was checked (budget, rate limit, deadline) fails; true by default. */
  readonly failWhenIncomplete?: boolean;
}

export interface InventoryServices {
  /** How every command reaches the API; the inventory adds its gate (the budget, pool and pacing) and turns off 429 retries. */
  readonly clientOptions: ClientOptions;
  /** Requests this run may send, retries included (1 to 1,200; DEFAULT_REQUEST_BUDGET when absent). */
  readonly budget?: number;
  /** Requests in flight at once (DEFAULT_POOL when absent); also the zones checked at once. */
  readonly pool?: number;
  readonly log: CommandLog;
  /** The date certificates are checked against (now by default). */
  readonly now?: () => Date;
  /** The clock that ages rate-limit readings (Date.now by default). */
  readonly clock?: () => number;
}

type Outcome =
  | { readonly kind: 'checked'; readonly certificates: readonly VerifiedCertificate[] }
  | { readonly kind: 'skipped' | 'failed' | 'not-checked'; readonly why: string };

/**
 * Lists the account's zones, then checks them, `pool` zones at a time, through one client whose every
 * request goes through one RequestGovernor. A zone whose certificates answer 403 is skipped with a note;
 * any other error fails that zone (the others go on, up to MAX_FAILED_ZONES_IN_A_ROW failures in a row);
 * a spent budget, a 429, the API's count at its reserve, the deadline or a refused credential stop new
 * requests, and the zones left are named. Requests in flight are waited for before it returns. A failure
 * to list the zones themselves is thrown (nothing was read), unless the governor stopped it.
 */
export async function inventoryAccount(config: InventoryConfig, services: InventoryServices): Promise<InventoryResult> {
  const accountId = canonicalId('account', config.accountId);
  if (accountId === undefined) throw new Error('internal error: an inventory of something that is not an account id');
  const { log } = services;
  const pool = services.pool ?? DEFAULT_POOL;
  const budget = services.budget ?? DEFAULT_REQUEST_BUDGET;
  const governor = new RequestGovernor({
    budget,
    pool,
    deadline: services.clientOptions.deadline,
    ...(services.clientOptions.sleep ? { sleep: services.clientOptions.sleep } : {}),
    ...(services.clock ? { now: services.clock } : {}),
    log,
  });
  const client = new CloudflareClient({ ...services.clientOptions, ...governor.clientOptions() });
  const now = services.now?.() ?? new Date();

  let zones: AccountZone[];
  try {
    zones = await listAccountZones(client, accountId);
  } catch (error) {
    await governor.idle();
    if (!(error instanceof RequestsStopped) && !isRateLimited(error)) throw error;
    const stop = governor.stopped as GovernorStop;
    return finish(config, accountId, [], [], stop, governor);
  }
  log.info(
    `Account ${accountId}: ${zones.length} zone${zones.length === 1 ? '' : 's'} listed; checking them, ${pool} requests at a time, within a budget of ${budget} requests`,
  );

  const outcomes: (Outcome | undefined)[] = zones.map(() => undefined);
  let halt: InventoryStop | undefined;
  let failedInARow = 0;
  let next = 0;
  const checkZone = async (index: number): Promise<void> => {
    const zone = zones[index] as AccountZone;
    try {
      const certificates = verifyListing(await listZoneCertificates(client, zone.id, config.status), now);
      outcomes[index] = { kind: 'checked', certificates };
      failedInARow = 0;
      log.debug(`Zone ${zone.name} (${zone.id}): ${certificates.length} certificate${certificates.length === 1 ? '' : 's'} with status ${config.status}`);
    } catch (error) {
      const outcome = classify(error, zone);
      outcomes[index] = outcome;
      if (error instanceof DeadlineError) halt ??= { reason: 'deadline', message: error.message };
      else if (error instanceof CloudflareApiError && error.response.status === 401) halt ??= { reason: 'credentials', message: error.message };
      if (outcome.kind === 'failed' && ++failedInARow >= MAX_FAILED_ZONES_IN_A_ROW) halt ??= { reason: 'failing', zones: failedInARow };
      if (outcome.kind === 'skipped') log.info(`Zone ${zone.name} (${zone.id}) skipped: ${outcome.why}`);
      if (outcome.kind === 'failed') log.info(`Zone ${zone.name} (${zone.id}) could not be checked: ${outcome.why}`);
    }
  };
  const worker = async (): Promise<void> => {
    while (next < zones.length && halt === undefined && governor.stopped === undefined) await checkZone(next++);
  };
  await Promise.all(Array.from({ length: Math.min(pool, zones.length) }, worker));
  await governor.idle();

  const stop: InventoryStop | undefined = governor.stopped ?? halt;
  const why = stop === undefined ? '' : zoneWhy(stop);
  const settled = outcomes.map((outcome): Outcome => outcome ?? { kind: 'not-checked', why });
  return finish(config, accountId, zones, settled, stop, governor);
}

/** What an error means for the zone it came from. */
function classify(error: unknown, zone: AccountZone): Exclude<Outcome, { kind: 'checked' }> {
  if (error instanceof RequestsStopped) return { kind: 'not-checked', why: zoneWhy(error.stop) };
  if (isRateLimited(error)) return { kind: 'not-checked', why: 'the API answered HTTP 429 (rate limited) during its check' };
  if (error instanceof DeadlineError) return { kind: 'not-checked', why: `its check was cut short: ${error.message}` };
  const message = shorten(error instanceof Error ? error.message : String(error), MAX_WHY_CHARACTERS);
  if (error instanceof CloudflareApiError && error.response.status === 403) {
    return {
      kind: 'skipped',
      why: `${message}: the token's "SSL and Certificates: Read" does not include zone ${zone.id}, or the zone is not entitled to client certificates`,
    };
  }
  return { kind: 'failed', why: message };
}

function isRateLimited(error: unknown): boolean {
  return error instanceof CloudflareApiError && error.response.status === 429;
}

/** A zone's note for a stop: short, as it repeats for every zone left. */
function zoneWhy(stop: InventoryStop): string {
  switch (stop.reason) {
    case 'budget':
      return `not checked: the run's request budget (${stop.budget} requests) was spent`;
    case 'rate-limited':
      return 'not checked: the API answered HTTP 429 (rate limited), and no request was sent after it';
    case 'rate-limit-low':
      return "not checked: the user's rate-limit window was down to the requests left to other tools";
    case 'deadline':
      return "not checked: the step's deadline (timeout-seconds) passed";
    case 'credentials':
      return 'not checked: the API refused the credentials (HTTP 401)';
    case 'failing':
      return `not checked: ${stop.zones} zones failed in a row, so no new zone was started`;
  }
}

/** One sentence for the run's stop. */
function describeInventoryStop(stop: InventoryStop): string {
  switch (stop.reason) {
    case 'deadline':
    case 'credentials':
      return stop.message;
    case 'failing':
      return `${stop.zones} zones failed in a row: no new zone was started, so as not to spend the rate limit on an API that is failing`;
    default:
      return describeStop(stop);
  }
}

function finish(
  config: InventoryConfig,
  accountId: string,
  zones: readonly AccountZone[],
  outcomes: readonly Outcome[],
  stop: InventoryStop | undefined,
  governor: RequestGovernor,
): InventoryResult {
  const refs = zones.map(({ id, name }): ZoneRef => ({ id, name }));
  const notes = (kind: Exclude<Outcome['kind'], 'checked'>): ZoneNote[] =>
    refs.flatMap((zone, index) => {
      const outcome = outcomes[index];
      return outcome !== undefined && outcome.kind === kind ? [{ ...zone, why: outcome.why }] : [];
    });
  const zonesChecked: CheckedZone[] = [];
  const certificates: ZoneCertificate[] = [];
  // The fewest requests: ⌈Z/50⌉ zone pages, then max(1, ⌈Nᵢ/50⌉) per zone checked and 1 per zone not.
  let needed = Math.max(1, Math.ceil(zones.length / LIST_PAGE_SIZE));
  refs.forEach((zone, index) => {
    const outcome = outcomes[index];
    if (outcome?.kind !== 'checked') {
      needed += 1;
      return;
    }
    zonesChecked.push({ ...zone, count: outcome.certificates.length });
    for (const certificate of outcome.certificates) certificates.push({ ...certificate, zone });
    needed += Math.max(1, Math.ceil(outcome.certificates.length / LIST_PAGE_SIZE));
  });
  certificates.sort((a, b) => a.notAfter.getTime() - b.notAfter.getTime());
  const expiring = expiringAmong(certificates, config.minDaysRemaining);
  const zonesSkipped = notes('skipped');
  const zonesFailed = notes('failed');
  const zonesNotChecked = notes('not-checked');
  // Before the zones were listed, the account's need is unknown: at least what was spent and one more.
  const requestsNeeded = zones.length === 0 && stop !== undefined ? governor.spent + 1 : needed;

  const failures: string[] = [];
  const warnings: string[] = [];
  if (expiring.length > 0) {
    const one = expiring.length === 1;
    failures.push(
      `${expiring.length} active client certificate${one ? '' : 's'} of account ${accountId} expire${one ? 's' : ''} in fewer than ${config.minDaysRemaining} days (min-days-remaining): ${expiring.map(c => `${c.id} (${c.commonName}, zone ${c.zone.name}, ${c.daysRemaining} days)`).join(', ')}`,
    );
  }
  for (const zone of zonesFailed) failures.push(`Zone ${zone.name} (${zone.id}) could not be checked: ${zone.why}`);
  if (stop !== undefined) {
    const left =
      zones.length === 0
        ? "the account's zones could not be listed"
        : `${zonesNotChecked.length} of ${zones.length} zones were not checked: ${zonesNotChecked.map(z => `${z.name} (${z.id})`).join(', ')}`;
    const sentence = `Stopped before the account was checked: ${describeInventoryStop(stop)}. ${left}. The account needs at least ${requestsNeeded} requests; this run sent ${governor.spent} of its budget of ${governor.budget}`;
    if (config.failWhenIncomplete ?? true) failures.push(sentence);
    else warnings.push(sentence);
  }
  if (zones.length === 0 && stop === undefined) {
    failures.push(`Account ${accountId} has no zones these credentials can list: check account-id, and that the token has "Zone: Read" on the account's zones`);
  } else if (zones.length > 0 && zonesChecked.length === 0 && zonesSkipped.length === zones.length) {
    failures.push(
      `None of the ${zones.length} zones of account ${accountId} could be read (each answered HTTP 403): check that the token has "SSL and Certificates: Read" on them`,
    );
  } else if (zonesChecked.length > 0 && certificates.length === 0 && stop === undefined && zonesFailed.length === 0) {
    const none = `The ${zonesChecked.length} zones checked in account ${accountId} have no client certificates with status ${config.status}: check account-id and list-status`;
    if (config.failOnEmpty) failures.push(`${none} (fail-on-empty)`);
    else warnings.push(`${none}; set fail-on-empty: true to fail the step when this happens`);
  }
  const notices = zonesSkipped.map(zone => `Zone ${zone.name} (${zone.id}) was skipped: ${zone.why}`);
  return {
    kind: 'account-list',
    accountId,
    zones: refs,
    certificates,
    expiring,
    zonesChecked,
    zonesSkipped,
    zonesFailed,
    zonesNotChecked,
    stop,
    requests: governor.spent,
    budget: governor.budget,
    rate: { maxInFlight: governor.maxInFlight, slowedDown: governor.slowedDown },
    requestsNeeded,
    failures,
    warnings,
    notices,
  };
}
