import { CloudflareApiError, TransportError, UnexpectedResponseError } from '../cloudflare/errors.js';
import { HostnameAssociationsClient } from '../cloudflare/hostname-associations.js';
import { hintFor } from '../hints.js';
import { hostnameKey } from '../hostnames.js';
import type { Config, CreateConfig, HostnamesConfig } from '../inputs.js';
import type { CommandContext, HostnameReport } from './result.js';

/** Where the dashboard keeps the list, for every message that asks a person to look. */
const DASHBOARD = 'dashboard: SSL/TLS > Client Certificates > Hosts';

/**
 * On create: makes sure every hostname has mTLS enabled with the CA. The API replaces the whole list on
 * every write, so the list is read first and written back with only the missing names added: a name
 * someone else associated is never dropped, and nothing is written when nothing is missing (one GET).
 * After a write the list is read again (GET, PUT, GET): another job may write between our read and our
 * write, or right after it, and a name of ours that is not there is said clearly.
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
  sayConversions(hostnames, context);
  if (mtlsCertificateId !== undefined) {
    context.log.warning(
      `mtls-certificate-id is set: the hostnames will ask for certificates of that uploaded CA, not of the Cloudflare Managed CA that issued certificate ${certificate.id}. Leave it empty if clients are to use this certificate there`,
    );
  }
  const associations = new HostnameAssociationsClient(context.client);
  const base = { requested: names, mtlsCertificateId };
  const issued = whatNow(config, certificate);
  let before: string[];
  try {
    before = await associations.get(config.zoneId, mtlsCertificateId);
  } catch (error) {
    return { ...base, associated: undefined, added: [], missing: [], warnings: [], failure: `${failedTo('read', error, config)} ${issued}` };
  }
  const present = new Set(before.map(hostnameKey));
  const toAdd = names.filter(name => !present.has(name));
  if (toAdd.length === 0) {
    context.log.info(`mTLS is already enabled on ${list(names)}: nothing to change (${before.length} hostname${before.length === 1 ? '' : 's'} in all)`);
    return { ...base, associated: before, added: [], missing: [], warnings: [], failure: undefined };
  }
  context.log.info(`Enabling mTLS on ${list(toAdd)} (${before.length} hostname${before.length === 1 ? '' : 's'} already on the list, kept)`);
  // A failed write is judged by the list, never by its last error: an earlier attempt of it (retried
  // after no answer, a 5xx or a 429) may have been applied. The read-back tells.
  let writeError: string | undefined;
  try {
    await associations.replace(config.zoneId, [...before, ...toAdd], mtlsCertificateId);
  } catch (error) {
    writeError = failedTo('write', error, config);
  }
  let after: string[];
  try {
    after = await associations.get(config.zoneId, mtlsCertificateId);
  } catch (error) {
    const what = writeError ? `${writeError} Then` : 'The list was written, but';
    const unconfirmed = `${what} reading it back failed, so the step cannot tell whether mTLS is on: ${failedTo('read', error, config)} ${issued}`;
    return { ...base, associated: undefined, added: [], missing: [], warnings: [], failure: unconfirmed };
  }
  const afterKeys = new Set(after.map(hostnameKey));
  const added = toAdd.filter(name => afterKeys.has(name));
  const missing = names.filter(name => !afterKeys.has(name));
  const dropped = before.filter(name => !afterKeys.has(hostnameKey(name)));
  const warnings: string[] = [];
  if (dropped.length > 0) {
    warnings.push(
      `${list(dropped)} had mTLS enabled before this step's write and no longer ${dropped.length === 1 ? 'has' : 'have'}: another job or person changed the zone's mTLS hostname list at the same time. Check the list in the ${DASHBOARD}`,
    );
  }
  if (missing.length === 0) {
    if (writeError) warnings.push(`${writeError} The list read back has every hostname all the same: an attempt of the write was applied`);
    context.log.info(`mTLS is now enabled on ${list(added)}: confirmed by reading the list back`);
    return { ...base, associated: after, added, missing, warnings, failure: undefined };
  }
  const failure = writeError
    ? `mTLS is not enabled on ${list(missing)}: ${writeError} The list read back does not have ${missing.length === 1 ? 'it' : 'them'}. ${issued}`
    : `mTLS is not enabled on ${list(missing)}: this step wrote ${missing.length === 1 ? 'it' : 'them'} to the zone's mTLS hostname list, but the list read back ` +
      'right after does not have them. Another job or person replaced the list at the same time (every write replaces the whole list), or Cloudflare did not keep them. ' +
      `Make sure one job at a time manages this zone's mTLS hostnames. ${issued}`;
  return { ...base, associated: after, added, missing, warnings, failure };
}

/**
 * What the user can do about hostnames a create step could not enable: the certificate stands either
 * way. With a CSR, a re-run with reuse-existing changes nothing but the hostnames; with a key generated
 * in the step, a re-run would issue another certificate and key, so the dashboard is the way.
 */
function whatNow(config: CreateConfig, certificate: { readonly id: string; readonly reused: boolean }): string {
  if (certificate.reused)
    return `Certificate ${certificate.id} was reused and is unchanged; its outputs are set. Run the step again, or enable the hostnames in the ${DASHBOARD}.`;
  if (config.csr.kind === 'generate') {
    return (
      `Certificate ${certificate.id} was issued for the key generated in this step, and its outputs and key file are set: enable the hostnames in the ${DASHBOARD}. ` +
      `Running the step again issues another certificate and key (then revoke ${certificate.id} if nothing uses it).`
    );
  }
  return `Certificate ${certificate.id} was issued and its outputs are set: run the step again with reuse-existing: true to enable the hostnames without issuing another, or enable them in the ${DASHBOARD}.`;
}

/** On get and list: checks (read only, one GET) that every hostname still has mTLS enabled. */
export async function checkHostnames(config: Config, hostnames: HostnamesConfig, context: CommandContext): Promise<HostnameReport> {
  const { names, mtlsCertificateId } = hostnames;
  sayConversions(hostnames, context);
  const base = { requested: names, mtlsCertificateId, added: [], warnings: [] };
  let associated: string[];
  try {
    associated = await new HostnameAssociationsClient(context.client).get(config.zoneId, mtlsCertificateId);
  } catch (error) {
    // Not known to be missing: the check could not be made, which fails the step on its own.
    return { ...base, associated: undefined, missing: [], failure: `Could not check mTLS on the hostnames: ${failedTo('read', error, config)}` };
  }
  const present = new Set(associated.map(hostnameKey));
  const missing = names.filter(name => !present.has(name));
  if (missing.length === 0) {
    context.log.info(`mTLS is enabled on ${list(names)}`);
    return { ...base, associated, missing, failure: undefined };
  }
  const failure =
    `mTLS is not enabled on ${list(missing)} (hostnames) in zone ${config.zoneId}: ${missing.length === 1 ? 'it is' : 'they are'} not on the zone's mTLS hostname list ` +
    `(removed, or never enabled), so requests there are not asked for a client certificate. Enable ${missing.length === 1 ? 'it' : 'them'} (a create step with hostnames, or the ${DASHBOARD})`;
  return { ...base, associated, missing, failure };
}

/** An API failure of the hostname list as one sentence: Cloudflare's code, message and status, and what to check. */
function failedTo(what: 'read' | 'write', error: unknown, config: Config): string {
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
function list(names: readonly string[]): string {
  const shown = names.slice(0, 10).join(', ');
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}
