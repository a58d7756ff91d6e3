import type { VerifiedCertificate } from './certificate.js';
import type { ListResult } from './commands/result.js';
import { markdownText } from './escape.js';
import { writeFileSafely } from './file-writer.js';
import { MAX_OUTPUT_BYTES, MAX_SUMMARY_BYTES } from './limits.js';

/** A failure or warning in the summary: the action's own sentence with outside data in it. */
const MAX_NOTE_CHARACTERS = 2000;

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
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];
export type Outputs = Partial<Record<OutputName, string>>;

/** The step outputs for one verified certificate. */
export function certificateOutputs(certificate: VerifiedCertificate): { outputs: Outputs; notes: string[] } {
  const { api } = certificate;
  const outputs: Outputs = {
    id: certificate.id,
    certificate: certificate.pem,
    fingerprint: certificate.fingerprint,
    'expires-on': certificate.expiresOn,
    'issued-on': api.issued_on ?? '',
    'serial-number': api.serial_number ?? certificate.serialNumber,
    status: certificate.status,
    'common-name': certificate.commonName,
    'days-remaining': String(certificate.daysRemaining),
  };
  const json = JSON.stringify(api);
  if (Buffer.byteLength(json) <= MAX_OUTPUT_BYTES) return { outputs: { ...outputs, json }, notes: [] };
  return {
    outputs,
    notes: [`the json output is left out: the API's answer is ${Buffer.byteLength(json)} bytes, more than the ${MAX_OUTPUT_BYTES} an output may hold here`],
  };
}

/**
 * The step outputs of a zone-wide listing: one compact entry per certificate, soonest expiry first. The
 * certificates output stays within MAX_OUTPUT_BYTES (GitHub keeps 1 MiB of outputs per job): entries that
 * do not fit are left out, the soonest-expiring kept, and a note says how many.
 */
export function listOutputs(result: ListResult): { outputs: Outputs; notes: string[] } {
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
  const notes =
    kept < entries.length
      ? [
          `the certificates output holds the ${kept} soonest-expiring of ${entries.length} certificates: the other ${entries.length - kept} would pass the ${MAX_OUTPUT_BYTES} bytes an output may hold here`,
        ]
      : [];
  return {
    outputs: { certificates: `[${entries.slice(0, kept).join(',')}]`, count: String(entries.length), 'expiring-count': String(result.expiring.length) },
    notes,
  };
}

/** Writes the certificate PEM (public, so readable by all), creating parent folders. */
export function writeCertificateFile(path: string, pem: string): Promise<string> {
  return writeFileSafely(path, pem, 0o644);
}

/** Writes a private key readable by its owner only; folders it creates are private too. */
export function writePrivateKeyFile(path: string, pem: string): Promise<string> {
  return writeFileSafely(path, pem, 0o600, 0o700);
}

export interface RunLink {
  readonly url: string;
  readonly label: string;
}

/** The job summary for one certificate: a table a person can read at a glance, failed checks, the run. */
export function summaryMarkdown(certificate: VerifiedCertificate, failures: readonly string[], heading: string, runLink: RunLink | undefined): string {
  const { api } = certificate;
  // Ids and fingerprints are checked hexadecimal; everything else came from outside and is escaped.
  const rows: [string, string][] = [
    ['ID', `\`${certificate.id}\``],
    ['Status', markdownText(certificate.status)],
    ['Common name', markdownText(certificate.commonName)],
    ['Serial number', markdownText(api.serial_number ?? certificate.serialNumber)],
    ['SHA-256 fingerprint', `\`${certificate.fingerprint}\``],
    ['Issued', markdownText(api.issued_on ?? '')],
    ['Expires', markdownText(certificate.expiresOn)],
    ['Days remaining', String(certificate.daysRemaining)],
  ];
  const lines = [`### ${heading}`, '', '| Field | Value |', '| --- | --- |', ...rows.map(([name, value]) => `| ${name} | ${value} |`), ''];
  return [...lines, ...notes(failures, certificate.warnings, runLink)].join('\n');
}

/**
 * The job summary for a listing: every certificate in a table sorted by expiry, expiring ones marked.
 * It stays within MAX_SUMMARY_BYTES (GitHub's limit for a step's summary is 1 MiB): rows that do not fit
 * are left out, the soonest-expiring kept, and the summary says how many.
 */
export function listSummaryMarkdown(result: ListResult, heading: string, runLink: RunLink | undefined): string {
  const expiring = new Set(result.expiring.map(c => c.id));
  const tail = notes(
    result.failures,
    result.certificates.flatMap(c => c.warnings),
    runLink,
  ).join('\n');
  const head = [
    `### ${heading}`,
    '',
    `${result.certificates.length} certificate${result.certificates.length === 1 ? '' : 's'}, ${result.expiring.length} expiring soon.`,
    '',
    '| | ID | Common name | Status | Expires | Days remaining | SHA-256 fingerprint |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ].join('\n');
  const rows = result.certificates.map(
    c =>
      `| ${expiring.has(c.id) ? '⚠️' : ''} | \`${c.id}\` | ${markdownText(c.commonName)} | ${markdownText(c.status)} | ${markdownText(c.expiresOn)} | ${c.daysRemaining} | \`${c.fingerprint.slice(0, 16)}…\` |`,
  );
  const room = MAX_SUMMARY_BYTES - Buffer.byteLength(head) - Buffer.byteLength(tail) - 400;
  let bytes = 0;
  let kept = 0;
  while (kept < rows.length && bytes + Buffer.byteLength(rows[kept] as string) + 1 <= room) bytes += Buffer.byteLength(rows[kept++] as string) + 1;
  const leftOut = rows.length - kept;
  const note =
    leftOut > 0
      ? ['', `${leftOut} more certificate${leftOut === 1 ? '' : 's'} not shown: a job summary holds at most 1 MiB. The certificates output lists them.`]
      : [];
  return [head, ...rows.slice(0, kept), ...note, '', tail].join('\n');
}

function notes(failures: readonly string[], warnings: readonly string[], runLink: RunLink | undefined): string[] {
  const lines: string[] = [];
  for (const failure of failures) lines.push('> [!CAUTION]', `> ${markdownText(failure, MAX_NOTE_CHARACTERS)}`, '');
  for (const warning of warnings) lines.push('> [!WARNING]', `> ${markdownText(warning, MAX_NOTE_CHARACTERS)}`, '');
  if (runLink) lines.push(`[${runLink.label}](${runLink.url})`, '');
  return lines;
}
