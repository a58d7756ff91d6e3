import type { VerifiedCertificate } from './certificate.js';
import type { HostnameReport, ListResult, WafRuleReport } from './commands/result.js';
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
 * The step outputs of a zone-wide listing: one compact entry per certificate, soonest expiry first. The
 * certificates output stays within MAX_OUTPUT_BYTES (GitHub keeps 1 MiB of outputs per job): entries that
 * do not fit are left out, the soonest-expiring kept, and a warning says how many.
 */
export function listOutputs(result: ListResult): { outputs: Outputs; warnings: string[] } {
  const entries = result.certificates.map(c =>
    JSON.stringify({
      id: c.id,
      'common-name': c.commonName,
      status: c.status,
      'expires-on': c.expiresOn,
      'days-remaining': c.daysRemaining,
      fingerprint: c.fingerprint,
    }),
  );
  let bytes = 2;
  let kept = 0;
  while (kept < entries.length && bytes + Buffer.byteLength(entries[kept] as string) + 1 <= MAX_OUTPUT_BYTES)
    bytes += Buffer.byteLength(entries[kept++] as string) + 1;
  const warnings =
    kept < entries.length
      ? [
          `the certificates output holds the ${kept} soonest-expiring of ${entries.length} certificates: the other ${entries.length - kept} would pass the ${MAX_OUTPUT_BYTES} bytes an output may hold here`,
        ]
      : [];
  return {
    outputs: { certificates: `[${entries.slice(0, kept).join(',')}]`, count: String(entries.length), 'expiring-count': String(result.expiring.length) },
    warnings,
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
