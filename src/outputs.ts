import type { VerifiedCertificate } from './certificate.js';
import type { HostnameReport, InventoryResult, ListResult, WafRuleReport, ZoneNote, ZoneRef } from './commands/result.js';
import { canonicalId, ID_SHAPES } from './identifier.js';
import { MAX_OUTPUT_BYTES } from './limits.js';

/** Every output the action sets, exactly as named in action.yml. */
export const OUTPUT_NAMES = [
  'id',
  'certificate',
  'fingerprint',
  'expires-on',
  'issued-on',
  'serial-number',
  'status',
  'common-name',
  'days-remaining',
  'certificate-file',
  'json',
  'reused',
  'private-key',
  'private-key-file',
  'certificates',
  'count',
  'expiring-count',
  'zones-checked',
  'zones-skipped',
  'zones-not-checked',
  'issue-number',
  'certificate-authority-id',
  'certificate-authority-name',
  'hostnames',
  'hostnames-added',
  'hostnames-missing',
  'waf-ruleset-id',
  'waf-rule-id',
  'pkcs12-file',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];
export type Outputs = Partial<Record<OutputName, string>>;

/** The step outputs for one verified certificate. */
export function certificateOutputs(certificate: VerifiedCertificate): { outputs: Outputs; warnings: string[] } {
  const { api } = certificate;
  const outputs: Outputs = {
    id: certificate.id,
    certificate: certificate.pem,
    fingerprint: certificate.fingerprint,
    'expires-on': certificate.expiresOn,
    'issued-on': api.issued_on ?? '',
    // The certificate's own, in lowercase hexadecimal: the API's may be decimal (certificate.ts compares them).
    'serial-number': certificate.serialNumber,
    status: certificate.status,
    'common-name': certificate.commonName,
    'days-remaining': String(certificate.daysRemaining),
  };
  const warnings: string[] = [];
  // The issuing CA, for the summary and for accounts with several CAs: a checked id and a short name, or left out.
  const authorityId = api.certificate_authority?.id;
  if (typeof authorityId === 'string') {
    const canonical = canonicalId('authority', authorityId);
    if (canonical !== undefined) outputs['certificate-authority-id'] = canonical;
    else
      warnings.push(
        `the certificate-authority-id output is left out: the API gave ${authorityId.length} characters that are not a CA id (${ID_SHAPES.authority})`,
      );
  }
  const authorityName = api.certificate_authority?.name;
  if (typeof authorityName === 'string') {
    if (authorityName.length <= MAX_AUTHORITY_FIELD) outputs['certificate-authority-name'] = authorityName;
    else
      warnings.push(
        `the certificate-authority-name output is left out: the API gave ${authorityName.length} characters, more than the ${MAX_AUTHORITY_FIELD} a CA's name has`,
      );
  }
  const json = JSON.stringify(api);
  if (Buffer.byteLength(json) <= MAX_OUTPUT_BYTES) return { outputs: { ...outputs, json }, warnings };
  return {
    outputs,
    warnings: [
      ...warnings,
      `the json output is left out: the API's answer is ${Buffer.byteLength(json)} bytes, more than the ${MAX_OUTPUT_BYTES} an output may hold here`,
    ],
  };
}

/** Far above "Cloudflare Managed CA for account …". */
const MAX_AUTHORITY_FIELD = 256;

/**
 * The step outputs of a zone-wide listing (or an account's, whose entries also name their zone): one
 * compact entry per certificate, soonest expiry first. The certificates output stays within maxBytes
 * (GitHub keeps 1 MiB of outputs per job): entries that do not fit are left out, the soonest-expiring
 * kept, and a warning says how many.
 */
export function listOutputs(
  result: Pick<ListResult, 'certificates' | 'expiring'> | Pick<InventoryResult, 'certificates' | 'expiring'>,
  maxBytes = MAX_OUTPUT_BYTES,
): { outputs: Outputs; warnings: string[] } {
  const entries = result.certificates.map((c: VerifiedCertificate & { readonly zone?: ZoneRef }) =>
    JSON.stringify({
      id: c.id,
      'common-name': c.commonName,
      status: c.status,
      'expires-on': c.expiresOn,
      'days-remaining': c.daysRemaining,
      fingerprint: c.fingerprint,
      ...(c.zone === undefined ? {} : { 'zone-id': c.zone.id, 'zone-name': c.zone.name }),
    }),
  );
  const { json, kept } = jsonArrayWithin(entries, maxBytes);
  const warnings =
    kept < entries.length
      ? [
          `the certificates output holds the ${kept} soonest-expiring of ${entries.length} certificates: the other ${entries.length - kept} would pass the ${maxBytes} bytes an output may hold here`,
        ]
      : [];
  return {
    outputs: { certificates: json, count: String(entries.length), 'expiring-count': String(result.expiring.length) },
    warnings,
  };
}

/** A JSON array of the entries (each already JSON) that fit in maxBytes, in order, and how many did. */
function jsonArrayWithin(entries: readonly string[], maxBytes: number): { json: string; kept: number } {
  let bytes = 2;
  let kept = 0;
  while (kept < entries.length && bytes + Buffer.byteLength(entries[kept] as string) + 1 <= maxBytes) bytes += Buffer.byteLength(entries[kept++] as string) + 1;
  return { json: `[${entries.slice(0, kept).join(',')}]`, kept };
}

/**
 * The zone outputs' share of the 1 MiB of outputs GitHub keeps per job, on a check of every zone of an
 * account (which has no hostnames output): zones-skipped and zones-not-checked first, zones-checked the
 * rest. The certificates output then holds at most MAX_OUTPUT_BYTES less this.
 */
const MAX_ZONE_OUTPUTS_BYTES = 200 * 1024;

/**
 * The step outputs of a check of every zone of an account: the certificates output as a zone's (each
 * entry with zone-id and zone-name), count and expiring-count over every zone checked, and three JSON
 * arrays that together name every zone of the account: zones-checked ({id, name, count}), zones-skipped
 * ({id, name, why}: HTTP 403, not covered by the token or not entitled; not a failure) and
 * zones-not-checked ({id, name, why}: a check that failed, or a run that stopped first). Entries that
 * do not fit their share are left out, with a warning.
 */
export function inventoryOutputs(result: InventoryResult): { outputs: Outputs; warnings: string[] } {
  const warnings: string[] = [];
  let room = MAX_ZONE_OUTPUTS_BYTES;
  const zones = (name: OutputName, list: readonly (ZoneNote | (ZoneRef & { readonly count: number }))[]): string => {
    const { json, kept } = jsonArrayWithin(
      list.map(zone => JSON.stringify(zone)),
      room,
    );
    room -= Buffer.byteLength(json);
    if (kept < list.length) {
      warnings.push(
        `the ${name} output holds ${kept} of ${list.length} zones: the other ${list.length - kept} would pass the share of the outputs it may take here`,
      );
    }
    return json;
  };
  const skipped = zones('zones-skipped', result.zonesSkipped);
  const notChecked = zones('zones-not-checked', [
    ...result.zonesFailed.map(zone => ({ ...zone, why: `its check failed: ${zone.why}` })),
    ...result.zonesNotChecked,
  ]);
  const checked = zones(
    'zones-checked',
    result.zonesChecked.map(({ id, name, count }) => ({ id, name, count })),
  );
  const certificates = listOutputs(result, MAX_OUTPUT_BYTES - MAX_ZONE_OUTPUTS_BYTES);
  return {
    outputs: { ...certificates.outputs, 'zones-checked': checked, 'zones-skipped': skipped, 'zones-not-checked': notChecked },
    warnings: [...certificates.warnings, ...warnings],
  };
}

/**
 * The hostname outputs: every hostname on the CA's list after the step, what this step added (create),
 * and which of the given ones a read showed without mTLS. JSON arrays. Left out when unknown (the list
 * could not be read); the full list is left out, with a warning, past MAX_HOSTNAMES_OUTPUT_BYTES, so that it
 * and a zone's certificates output stay within the 1 MiB GitHub keeps per job.
 */
export function hostnameOutputs(report: HostnameReport, command: string): { outputs: Outputs; warnings: string[] } {
  // Unknown (the list could not be read, after a write or not): no output claims anything.
  if (report.associated === undefined) return { outputs: {}, warnings: [] };
  const outputs: Outputs = command === 'create' ? { 'hostnames-added': JSON.stringify(report.added) } : {};
  outputs['hostnames-missing'] = JSON.stringify(report.missing);
  const warnings: string[] = [];
  const all = JSON.stringify(report.associated);
  if (hostnamesOutputFits(report.associated)) outputs.hostnames = all;
  else
    warnings.push(
      `the hostnames output is left out: the zone's list is ${Buffer.byteLength(all)} bytes as JSON, more than the ${MAX_HOSTNAMES_OUTPUT_BYTES} it may take here (hostnames-missing says what matters)`,
    );
  return { outputs, warnings };
}

/** Whether the hostnames output holds the whole list (the summary says so, or not). */
export function hostnamesOutputFits(associated: readonly string[]): boolean {
  return Buffer.byteLength(JSON.stringify(associated)) <= MAX_HOSTNAMES_OUTPUT_BYTES;
}

/** The hostnames output's share of the 1 MiB of outputs per job (the certificates output may take 900 KiB). */
const MAX_HOSTNAMES_OUTPUT_BYTES = 100 * 1024;

/**
 * The WAF rule's outputs: the zone's custom-rules entrypoint and this action's rule in it, as the last read
 * (or the write's answer) showed them; each left out when there is none or it is not known. Both are
 * 32-hexadecimal ids, checked when read.
 */
export function wafRuleOutputs(report: WafRuleReport): Outputs {
  const outputs: Outputs = {};
  if (report.rulesetId !== undefined) outputs['waf-ruleset-id'] = report.rulesetId;
  if (report.ruleId !== undefined) outputs['waf-rule-id'] = report.ruleId;
  return outputs;
}
