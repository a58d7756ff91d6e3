import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { VerifiedCertificate } from './certificate.js';

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
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

/** The step outputs for one verified certificate; certificate-file only when a file was written. */
export function certificateOutputs(certificate: VerifiedCertificate, certificateFile: string | undefined): Partial<Record<OutputName, string>> {
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
    ...(certificateFile === undefined ? {} : { 'certificate-file': certificateFile }),
    json: JSON.stringify(api),
  };
}

/** Writes the certificate PEM (public, so readable by all), creating parent folders. */
export async function writeCertificateFile(path: string, pem: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, pem, { mode: 0o644 });
  await chmod(path, 0o644);
  return path;
}

export interface RunLink {
  readonly url: string;
  readonly label: string;
}

/** The job summary: one table a person can read at a glance, the failed checks, and a link to the run. */
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
  for (const failure of failures) lines.push(`> [!CAUTION]`, `> ${escapeCell(failure)}`, '');
  for (const warning of certificate.warnings) lines.push(`> [!WARNING]`, `> ${escapeCell(warning)}`, '');
  if (runLink) lines.push(`[${runLink.label}](${runLink.url})`, '');
  return lines.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/[|<>]/g, character => `&#${character.charCodeAt(0)};`).replace(/\r?\n/g, ' ');
}
