import { CloudflareApiError, mayHaveBeenApplied, TransportError, UnexpectedResponseError } from '../cloudflare/errors.js';
import { HostnameAssociationsClient, type HostnameList } from '../cloudflare/hostname-associations.js';
import type { CreateConfig, HostnamesConfig, ZoneConfig } from '../config/types.js';
import { hintFor } from '../hints.js';
import { hostnameKey } from '../hostnames.js';
import { MAX_ASSOCIATED_HOSTNAMES } from '../limits.js';
import { pollDelays } from '../poll.js';
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
    if (written.ok) return confirm(current, toAdd);

    // No clean answer: an attempt may have been applied or not.
    const writeFailed = failedTo('write', written.error, config);
    const again = written.retry !== undefined && round <= config.maxRetries && written.retry.waitMs + 1000 < deadline.remainingMs();
    if (!again) {
      // The last attempt. One that may have been applied (no answer, a 5xx, a garbled answer) is judged
      // like an accepted one, by reads that keep coming; one Cloudflare refused changed nothing, and one
      // read says where the list stands.
      if (mayHaveBeenApplied(written.error)) return confirm(current, toAdd, writeFailed);
      const after = await readBack(writeFailed);
      if (!isList(after)) return after;
      const missing = missingFrom(after, names);
      if (missing.length === 0) return report(after, toAdd, undefined, [`${writeFailed} The list read back has every hostname all the same`]);
      return report(after, toAdd, `mTLS is not enabled on ${list(missing)}: ${writeFailed} The list read back does not have ${them(missing)}. ${issued}`);
    }
    // The list is read again (after the wait Cloudflare asks for, if any), and the next write is rebuilt
    // from that read: never the body this one had.
    log.info(`${writeFailed} Reading the list again in ${((written.retry?.waitMs ?? 0) / 1000).toFixed(1)} s, to rebuild the write from it`);
    await pause(written.retry?.waitMs ?? 0, context);
    const reread = await readBack(writeFailed);
    if (!isList(reread)) return reread;
    current = reread;
    if (missingFrom(current, names).length === 0) {
      log.info(`mTLS is now enabled on ${list(toAdd)}: confirmed by reading the list back`);
      return report(current, toAdd, undefined, [`${writeFailed} The list read back has every hostname all the same: an attempt of the write was applied`]);
    }
  }

  /**
   * After a write Cloudflare accepted (or that may have been applied: writeFailed says how it failed):
   * reads, with backoff, until the write shows, another writer shows, or the deadline nears.
   */
  async function confirm(before: HostnameList, toAdd: readonly string[], writeFailed?: string): Promise<HostnameReport> {
    const started = Date.now();
    const delays = pollDelays(deadline);
    for (let reads = 1; ; reads++) {
      const after = await readBack(writeFailed);
      if (!isList(after)) return after;
      const missing = missingFrom(after, names);
      if (missing.length === 0) {
        log.info(`mTLS is now enabled on ${list(toAdd)}: confirmed by reading the list back${reads > 1 ? ` (read ${reads})` : ''}`);
        return report(
          after,
          toAdd,
          undefined,
          writeFailed ? [`${writeFailed} The list read back has every hostname all the same: an attempt of the write was applied`] : [],
        );
      }
      if (!sameNames(after, before)) {
        const what = writeFailed
          ? `${writeFailed} The list read back does not have ${them(missing)}, and shows other changes`
          : `this step wrote ${them(missing)} to the zone's mTLS hostname list, but a read after the write shows a different list without ${them(missing)}`;
        return report(
          after,
          toAdd,
          `mTLS is not enabled on ${list(missing)}: ${what}. Another job or person replaced the list at the same time (every write replaces the whole list), or Cloudflare did not keep them. ` +
            `Make sure one job at a time manages this zone's mTLS hostnames. ${issued}`,
        );
      }
      const { value: delay, done } = delays.next();
      if (done) {
        const seconds = Math.round((Date.now() - started) / 1000);
        const over = `${reads} read${reads === 1 ? '' : 's'} over ${seconds} s`;
        return report(
          after,
          toAdd,
          writeFailed
            ? `mTLS is not enabled on ${list(missing)}: ${writeFailed} The list read back does not have ${them(missing)} (${over}). If an attempt of the write was applied, ` +
                `Cloudflare may still show it later (its reads lag writes): check later with a get step with hostnames, or in the ${DASHBOARD}. ${issued}`
            : `mTLS on ${list(missing)} is written but not visible yet: Cloudflare accepted the write, and ${over} still show the list as it was before it. ` +
                'Cloudflare applies these writes with a delay (over a minute has been seen), so it is most likely applied: check later with a get or list step with hostnames, ' +
                `or in the ${DASHBOARD}; to wait longer in this step, give timeout-seconds: 180. ${issued}`,
        );
      }
      log.info(`The list does not show the write yet (read ${reads}; Cloudflare applies writes with a delay): reading again in ${(delay / 1000).toFixed(1)} s`);
      await pause(delay, context);
    }
  }
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

/** Waits within the deadline; a cancelled step or a passed deadline ends the wait as the deadline's error. */
export async function pause(ms: number, { deadline, sleep }: CommandContext): Promise<void> {
  try {
    await sleep(ms, deadline.signal);
  } catch {
    throw deadline.error();
  }
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
