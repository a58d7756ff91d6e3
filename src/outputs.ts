import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { VerifiedCertificate } from './certificate.js';
import type { ListResult } from './commands/result.js';

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
export function certificateOutputs(certificate: VerifiedCertificate): Outputs {
  const { api } = certificate;
  return {
    id: certificate.id,
    certificate: certificate.pem,
    fingerprint: certificate.fingerprint,
    'expires-on': api.expires_on ?? certificate.notAfter.toISOString(),
    'issued-on': api.issued_on ?? '',
    'serial-number': api.serial_number ?? certificate.serialNumber,
    status: certificate.status,
    'common-name': certificate.commonName,
    'days-remaining': String(certificate.daysRemaining),
    json: JSON.stringify(api),
  };
}

/** The step outputs of a zone-wide listing: one compact entry per certificate, soonest expiry first. */
export function listOutputs(result: ListResult): Outputs {
  const entries = result.certificates.map(c => ({
    id: c.id,
    'common-name': c.commonName,
    status: c.status,
    'expires-on': c.api.expires_on ?? c.notAfter.toISOString(),
    'days-remaining': c.daysRemaining,
    fingerprint: c.fingerprint,
  }));
  return { certificates: JSON.stringify(entries), count: String(entries.length), 'expiring-count': String(result.expiring.length) };
}

/** Writes the certificate PEM (public, so readable by all), creating parent folders. */
export function writeCertificateFile(path: string, pem: string): Promise<string> {
  return writeWithMode(path, pem, 0o644);
}

/** Writes a private key readable by its owner only; folders it creates are private too. */
export function writePrivateKeyFile(path: string, pem: string): Promise<string> {
  return writeWithMode(path, pem, 0o600, 0o700);
}

async function writeWithMode(path: string, text: string, mode: number, folderMode?: number): Promise<string> {
  await mkdir(dirname(path), { recursive: true, ...(folderMode === undefined ? {} : { mode: folderMode }) });
  await writeFile(path, text, { mode });
  // An existing file keeps its old mode through writeFile: set it.
  await chmod(path, mode);
  return path;
}

export interface RunLink {
  readonly url: string;
  readonly label: string;
}

/** The job summary for one certificate: a table a person can read at a glance, failed checks, the run. */
export function summaryMarkdown(certificate: VerifiedCertificate, failures: readonly string[], heading: string, runLink: RunLink | undefined): string {
  const { api } = certificate;
  const rows: [string, string][] = [
    ['ID', `\`${certificate.id}\``],
    ['Status', certificate.status],
    ['Common name', escapeCell(certificate.commonName)],
    ['Serial number', `\`${api.serial_number ?? certificate.serialNumber}\``],
    ['SHA-256 fingerprint', `\`${certificate.fingerprint}\``],
    ['Issued', api.issued_on ?? ''],
    ['Expires', api.expires_on ?? certificate.notAfter.toISOString()],
    ['Days remaining', String(certificate.daysRemaining)],
  ];
  const lines = [`### ${heading}`, '', '| Field | Value |', '| --- | --- |', ...rows.map(([name, value]) => `| ${name} | ${value} |`), ''];
  return [...lines, ...notes(failures, certificate.warnings, runLink)].join('\n');
}

/** The job summary for a listing: every certificate in a table sorted by expiry, expiring ones marked. */
export function listSummaryMarkdown(result: ListResult, heading: string, runLink: RunLink | undefined): string {
  const expiring = new Set(result.expiring.map(c => c.id));
  const lines = [
    `### ${heading}`,
    '',
    `${result.certificates.length} certificate${result.certificates.length === 1 ? '' : 's'}, ${result.expiring.length} expiring soon.`,
    '',
    '| | ID | Common name | Status | Expires | Days remaining | SHA-256 fingerprint |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...result.certificates.map(
      c =>
        `| ${expiring.has(c.id) ? '⚠️' : ''} | \`${c.id}\` | ${escapeCell(c.commonName)} | ${c.status} | ${c.api.expires_on ?? c.notAfter.toISOString()} | ${c.daysRemaining} | \`${c.fingerprint.slice(0, 16)}…\` |`,
    ),
    '',
  ];
  return [
    ...lines,
    ...notes(
      result.failures,
      result.certificates.flatMap(c => c.warnings),
      runLink,
    ),
  ].join('\n');
}

function notes(failures: readonly string[], warnings: readonly string[], runLink: RunLink | undefined): string[] {
  const lines: string[] = [];
  for (const failure of failures) lines.push('> [!CAUTION]', `> ${escapeCell(failure)}`, '');
  for (const warning of warnings) lines.push('> [!WARNING]', `> ${escapeCell(warning)}`, '');
  if (runLink) lines.push(`[${runLink.label}](${runLink.url})`, '');
  return lines;
}

function escapeCell(text: string): string {
  return text.replace(/[|<>]/g, character => `&#${character.charCodeAt(0)};`).replace(/\r?\n/g, ' ');
}
