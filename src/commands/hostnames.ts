import { CloudflareApiError, mayHaveBeenApplied, TransportError, UnexpectedResponseError } from '../cloudflare/errors.js';
import { HostnameAssociationsClient, type HostnameList } from '../cloudflare/hostname-associations.js';
import type { CreateConfig, HostnamesConfig, ZoneConfig } from '../config/types.js';
import { hintFor } from '../hints.js';
import { hostnameKey } from '../hostname-key.js';
import { MAX_ASSOCIATED_HOSTNAMES } from '../limits.js';
import { pause, pollDelays } from '../poll.js';
import type { CommandContext, HostnameReport } from './result.js';

/** Where the dashboard keeps the list, for every message that asks a person to look. */
const DASHBOARD = 'dashboard: SSL/TLS > Client Certificates > Hosts';

/**
 * On create: makes sure every hostname has mTLS enabled with the CA. The API replaces the whole list on
 * every write, so the list is read first and written back with only the missing names added: a name
 * someone else associated is never dropped, and nothing is written when nothing is missing (one GET).
 *
 * The live API is eventually consistent: a write shows in reads only after a while (live tests wait up
 * to about 75 s). So a write that Cloudflare accepted is confirmed by reads that keep coming, with
 * backoff, until the deadline: a read that still shows the list as it was before the write means "not
 * visible yet"; only a read showing a different list (names added or removed by someone else) is another
 * writer. A write without a clean answer (409, 429, 5xx, no answer) is never resent as it was: the list
 * is read again, and the next write (bounded by max-retries) is rebuilt from that read, so that a name
 * another job added meanwhile is kept.
 *
 * A failure here comes after the certificate was issued or reused: it is returned as a failure (the
 * step fails after setting the certificate's outputs), with the certificate's id and what to do.
 */
export async function ensureHostnames(
  config: CreateConfig,
  hostnames: HostnamesConfig,
  certificate: { readonly id: string; readonly reused: boolean },
  context: CommandContext,
): Promise<HostnameReport> {
  const { names, mtlsCertificateId } = hostnames;
  const { deadline, log } = context;
  sayConversions(hostnames, context);
  if (mtlsCertificateId !== undefined) {
    log.warning(
      `mtls-certificate-id is set: the hostnames will ask for certificates of that uploaded CA, not of the Cloudflare Managed CA that issued certificate ${certificate.id}. Leave it empty if clients are to use this certificate there`,
    );
  }
  const associations = new HostnameAssociationsClient(context.client);
  const issued = whatNow(config, certificate);
  // Every name any read showed, so that one that is gone at the end is said, whoever removed it.
  const seen = new Map<string, string>();
  const read = async (): Promise<HostnameList> => {
    const list = await associations.get(config.zoneId, mtlsCertificateId);
    for (const name of list.names) if (!seen.has(hostnameKey(name))) seen.set(hostnameKey(name), name);
    return list;
  };
  /** The report once a read showed the list: who has mTLS, what this step added, what is gone. */
  const report = (after: HostnameList, toAdd: readonly string[], failure: string | undefined, warnings: string[] = []): HostnameReport => {
    const keys = new Set(after.names.map(hostnameKey));
    const dropped = [...seen].filter(([key]) => !keys.has(key) && !names.includes(key)).map(([, name]) => name);
    if (dropped.length > 0) {
      warnings.unshift(
        `${list(dropped)} had mTLS enabled before this step's write and no longer ${dropped.length === 1 ? 'has' : 'have'}: another job or person changed the zone's mTLS hostname list at the same time. Check the list in the ${DASHBOARD}`,
      );
    }
    const missing = names.filter(name => !keys.has(name));
    return { requested: names, mtlsCertificateId, associated: after.names, added: toAdd.filter(name => keys.has(name)), missing, warnings, failure };
  };
  const unknown = (failure: string): HostnameReport => ({
    requested: names,
    mtlsCertificateId,
    associated: undefined,
    added: [],
    missing: [],
    warnings: [],
    failure,
  });
  /** Reads the list after a write (or an attempt of one); when that fails, whether mTLS is on is unknown, and that is the report. */
  const readBack = async (writeFailed?: string): Promise<HostnameList | HostnameReport> => {
    try {
      return await read();
    } catch (error) {
      const what = writeFailed ? `${writeFailed} Then` : 'The list was written, but';
      return unknown(`${what} reading it back failed, so the step cannot tell whether mTLS is on: ${failedTo('read', error, config)} ${issued}`);
    }
  };

  let current: HostnameList;
  try {
    current = await read();
  } catch (error) {
    return unknown(`${failedTo('read', error, config)} ${issued}`);
  }
  if (missingFrom(current, names).length === 0) {
    log.info(`mTLS is already enabled on ${list(names)}: nothing to change (${current.names.length} hostname${current.names.length === 1 ? '' : 's'} in all)`);
    return report(current, [], undefined);
  }
  for (let round = 1; ; round++) {
    const toAdd = missingFrom(current, names);
    if (!current.complete) {
      return report(
        current,
        toAdd,
        `mTLS is not enabled on ${list(toAdd)}: Cloudflare answered only part of the zone's mTLS hostname list (${current.names.length} names and a larger total), and every write replaces the whole list, so nothing was written. ${issued}`,
      );
    }
    if (current.names.length + toAdd.length > MAX_ASSOCIATED_HOSTNAMES) {
      return report(
        current,
        toAdd,
        `mTLS is not enabled on ${list(toAdd)}: the zone's mTLS hostname list has ${current.names.length} names, and with ${toAdd.length} more it would pass the ${MAX_ASSOCIATED_HOSTNAMES} this action can read back, so nothing was written. ${issued}`,
      );
    }
    log.info(
      round === 1
        ? `Enabling mTLS on ${list(toAdd)} (${current.names.length} hostname${current.names.length === 1 ? '' : 's'} already on the list, kept)`
        : `Writing the list again, rebuilt from the list as just read (${current.names.length} hostnames on it), to enable mTLS on ${list(toAdd)} (attempt ${round})`,
    );
    const written = await associations.replace(config.zoneId, [...current.names, ...toAdd], mtlsCertificateId, round);
    if (written.ok) {
      const settled = await settle(current);
      if (!isSettled(settled)) return settled;
      if (settled.kind === 'visible') return confirmed(settled, toAdd);
      if (settled.kind === 'changed') {
        return report(
          settled.list,
          toAdd,
          `mTLS is not enabled on ${list(settled.missing)}: this step wrote ${them(settled.missing)} to the zone's mTLS hostname list, but reads after the write show a different list without ${them(settled.missing)}. ` +
            `${REPLACED} ${issued}`,
        );
      }
      return report(
        settled.list,
        toAdd,
        `mTLS on ${list(settled.missing)} is written but not visible yet: Cloudflare accepted the write, and ${settled.over} still show the list as it was before it. ` +
          'Cloudflare applies these writes with a delay (over a minute has been seen), so it is most likely applied: check later with a get or list step with hostnames, ' +
          `or in the ${DASHBOARD}; to wait longer in this step, give timeout-seconds: ${longerTimeout(config)}. ${issued}`,
      );
    }

    // No clean answer. The next write, if any, is rebuilt from a fresh read: never the body this one had.
    const writeFailed = failedTo('write', written.error, config);
    const again = written.retry !== undefined && round <= config.maxRetries && written.retry.waitMs + 1000 < deadline.remainingMs();
    if (mayHaveBeenApplied(written.error)) {
      // It may have been applied, and reads lag writes: a read that still shows the list as it was proves
      // nothing, and writing that list again could remove a name another job added after our write. So
      // reads come first, until ours shows (done), the list changes (rebuild from it), or, when another
      // attempt is allowed, half the time left has passed (then the list as read is taken as it is).
      const settled = await settle(current, again ? deadline.remainingMs() / 2 : undefined, writeFailed);
      if (!isSettled(settled)) return settled;
      if (settled.kind === 'visible')
        return confirmed(settled, toAdd, [`${writeFailed} The list read back has every hostname all the same: an attempt of the write was applied`]);
      if (!again) {
        const changes = settled.kind === 'changed' ? ', and shows other changes' : ` (${settled.over})`;
        const later =
          settled.kind === 'changed'
            ? ` ${REPLACED}`
            : ` If an attempt of the write was applied, Cloudflare may still show it later (its reads lag writes): check later with a get step with hostnames, or in the ${DASHBOARD}.`;
        return report(
          settled.list,
          toAdd,
          `mTLS is not enabled on ${list(settled.missing)}: ${writeFailed} The list read back does not have ${them(settled.missing)}${changes}.${later} ${issued}`,
        );
      }
      current = settled.list;
      continue;
    }
    // Cloudflare refused it (a 4xx, a 409 or a 429, or a connection that never got through): nothing was
    // written, and the list as read now is the one to rebuild from (after the wait Cloudflare asks for).
    if (again) {
      log.info(`${writeFailed} Reading the list again in ${((written.retry?.waitMs ?? 0) / 1000).toFixed(1)} s, to rebuild the write from it`);
      await pause(written.retry?.waitMs ?? 0, context);
    }
    const after = await readBack(writeFailed);
    if (!isList(after)) return after;
    const missing = missingFrom(after, names);
    if (missing.length === 0) {
      log.info(`mTLS is now enabled on ${list(toAdd)}: confirmed by reading the list back`);
      return report(after, toAdd, undefined, [`${writeFailed} The list read back has every hostname all the same`]);
    }
    if (!again)
      return report(after, toAdd, `mTLS is not enabled on ${list(missing)}: ${writeFailed} The list read back does not have ${them(missing)}. ${issued}`);
    current = after;
  }

  /** The report when reads show every hostname. */
  function confirmed(settled: Settled, toAdd: readonly string[], warnings: string[] = []): HostnameReport {
    log.info(`mTLS is now enabled on ${list(toAdd)}: confirmed by reading the list back${settled.reads > 1 ? ` (read ${settled.reads})` : ''}`);
    return report(settled.list, toAdd, undefined, warnings);
  }

  /**
   * After a write (accepted, or that may have been applied): reads with backoff, within budgetMs (all the
   * time left by default), until every hostname shows ("visible"), or the list settles on another list
   * without them ("changed": two reads in a row agree on a list that is not the one before the write;
   * one such read alone proves nothing, as reads lag: it may show another writer's change from before our
   * write), or time runs out with the list as before ("unchanged", or "changed" when the last read was).
   */
  async function settle(before: HostnameList, budgetMs?: number, writeFailed?: string): Promise<Settled | HostnameReport> {
    const started = Date.now();
    const delays = pollDelays(deadline, budgetMs === undefined ? {} : { budgetMs });
    let previous: HostnameList | undefined;
    for (let reads = 1; ; reads++) {
      const after = await readBack(writeFailed);
      if (!isList(after)) return after;
      const missing = missingFrom(after, names);
      const over = (): string => `${reads} read${reads === 1 ? '' : 's'} over ${Math.round((Date.now() - started) / 1000)} s`;
      if (missing.length === 0) return { kind: 'visible', list: after, missing, reads, over: over() };
      const changed = !sameNames(after, before);
      if (changed && previous !== undefined && sameNames(after, previous)) return { kind: 'changed', list: after, missing, reads, over: over() };
      const { value: delay, done } = delays.next();
      if (done) return { kind: changed ? 'changed' : 'unchanged', list: after, missing, reads, over: over() };
      log.info(
        changed
          ? `The list read back shows other changes and not this step's write (read ${reads}; Cloudflare's reads lag writes): reading again in ${(delay / 1000).toFixed(1)} s`
          : `The list does not show the write yet (read ${reads}; Cloudflare applies writes with a delay): reading again in ${(delay / 1000).toFixed(1)} s`,
      );
      previous = after;
      await pause(delay, context);
    }
  }
}

/** What reads after a write settled on. */
interface Settled {
  readonly kind: 'visible' | 'changed' | 'unchanged';
  readonly list: HostnameList;
  /** The requested names the last read does not have. */
  readonly missing: readonly string[];
  readonly reads: number;
  /** "3 reads over 4 s", for a sentence. */
  readonly over: string;
}

function isSettled(value: Settled | HostnameReport): value is Settled {
  return 'kind' in value;
}

/** Said whenever another writer's list replaced ours. */
const REPLACED =
  'Another job or person replaced the list at the same time (every write replaces the whole list), or Cloudflare did not keep them. ' +
  "Make sure one job at a time manages this zone's mTLS hostnames.";

/** A timeout-seconds worth advising when reads did not show a write in time: 180, or twice what was given. */
function longerTimeout(config: { readonly timeoutMs: number }): number {
  return Math.max(180, Math.ceil((2 * config.timeoutMs) / 1000));
}

/** The requested names a list does not have (compared as DNS does). */
function missingFrom(list: HostnameList, names: readonly string[]): string[] {
  const keys = new Set(list.names.map(hostnameKey));
  return names.filter(name => !keys.has(name));
}

function isList(value: HostnameList | HostnameReport): value is HostnameList {
  return 'complete' in value;
}

/** "it" or "them", for a sentence about names. */
function them(names: readonly string[]): string {
  return names.length === 1 ? 'it' : 'them';
}

function sameNames(a: HostnameList, b: HostnameList): boolean {
  const keys = new Set(a.names.map(hostnameKey));
  const other = new Set(b.names.map(hostnameKey));
  return keys.size === other.size && [...keys].every(key => other.has(key));
}

/** What a create step that came short asks the user to do, and where by hand: the hostnames, or the WAF rule after them. */
export interface Remedy {
  /** "enable the hostnames" */
  readonly task: string;
  /** "enable them" */
  readonly taskAgain: string;
  /** The dashboard page, as DASHBOARD says it. */
  readonly where: string;
}

const ENABLE_HOSTNAMES: Remedy = { task: 'enable the hostnames', taskAgain: 'enable them', where: DASHBOARD };

/**
 * What the user can do about what a create step could not finish (the hostnames, the WAF rule after
 * them): the certificate stands either way. With a CSR, a re-run with reuse-existing changes nothing but
 * what is missing; with a key generated in the step, a re-run would issue another certificate and key, so
 * the dashboard is the way.
 */
export function whatNow(config: CreateConfig, certificate: { readonly id: string; readonly reused: boolean }, remedy: Remedy = ENABLE_HOSTNAMES): string {
  const { task, taskAgain, where } = remedy;
  if (certificate.reused)
    return `Certificate ${certificate.id} was reused and is unchanged; its outputs are set. Run the step again, or ${task} in the ${where}.`;
  if (config.csr.kind === 'generate') {
    return (
      `Certificate ${certificate.id} was issued for the key generated in this step, and its outputs and key file are set: ${task} in the ${where}. ` +
      `Running the step again issues another certificate and key (then revoke ${certificate.id} if nothing uses it).`
    );
  }
  return `Certificate ${certificate.id} was issued and its outputs are set: run the step again with reuse-existing: true to ${task} without issuing another, or ${taskAgain} in the ${where}.`;
}

/** On get and list: checks (read only, one GET) that every hostname still has mTLS enabled. */
export async function checkHostnames(config: ZoneConfig, hostnames: HostnamesConfig, context: CommandContext): Promise<HostnameReport> {
  const { names, mtlsCertificateId } = hostnames;
  sayConversions(hostnames, context);
  const base = { requested: names, mtlsCertificateId, added: [], warnings: [] };
  let listed: HostnameList;
  try {
    listed = await new HostnameAssociationsClient(context.client).get(config.zoneId, mtlsCertificateId);
  } catch (error) {
    // Not known to be missing: the check could not be made, which fails the step on its own.
    return { ...base, associated: undefined, missing: [], failure: `Could not check mTLS on the hostnames: ${failedTo('read', error, config)}` };
  }
  const associated = listed.names;
  const missing = missingFrom(listed, names);
  if (missing.length === 0) {
    context.log.info(`mTLS is enabled on ${list(names)}`);
    return { ...base, associated, missing, failure: undefined };
  }
  if (!listed.complete) {
    // A name not on part of the list may be on the rest: unknown, not missing.
    return {
      ...base,
      associated: undefined,
      missing: [],
      failure: `Could not check mTLS on ${list(missing)}: Cloudflare answered only part of the zone's mTLS hostname list (${associated.length} names and a larger total), without ${missing.length === 1 ? 'it' : 'them'}`,
    };
  }
  const failure =
    `mTLS is not enabled on ${list(missing)} (hostnames) in zone ${config.zoneId}: ${missing.length === 1 ? 'it is' : 'they are'} not on the zone's mTLS hostname list ` +
    `(removed, or never enabled), so requests there are not asked for a client certificate. Enable ${missing.length === 1 ? 'it' : 'them'} (a create step with hostnames, or the ${DASHBOARD})`;
  return { ...base, associated, missing, failure };
}

/** An API failure of the hostname list as one sentence: Cloudflare's code, message and status, and what to check. */
function failedTo(what: 'read' | 'write', error: unknown, config: ZoneConfig): string {
  if (!(error instanceof CloudflareApiError || error instanceof UnexpectedResponseError || error instanceof TransportError)) throw error;
  const hint = error instanceof CloudflareApiError ? hintFor(error, { ...config, about: what === 'read' ? 'hostnames-read' : 'hostnames-write' }) : undefined;
  const action = what === 'read' ? 'Reading' : 'Writing';
  return `${action} the zone's mTLS hostname list failed: ${error.message}${hint ? `: ${hint}` : ''}.`;
}

/** Internationalized names are sent as punycode, as Cloudflare lists them: said once, so the outputs are no surprise. */
function sayConversions(hostnames: HostnamesConfig, context: CommandContext): void {
  for (const [given, sent] of hostnames.converted) context.log.info(`Hostname ${given} is ${sent} in DNS (punycode): using ${sent}`);
}

/** A short list of names for a sentence; the log and the summary escape it. */
export function list(names: readonly string[]): string {
  const shown = names.slice(0, 10).join(', ');
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}
