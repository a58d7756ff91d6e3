import { createHash, type KeyObject, X509Certificate } from 'node:crypto';
import { VerificationError } from './cloudflare/errors.js';
import type { ClientCertificate } from './cloudflare/types.js';
import { canonicalId } from './identifier.js';

const DAY_MS = 86_400_000;
/** An ISO 8601 timestamp as the schema's examples give them, e.g. 2033-02-20T23:18:00Z. */
export const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A certificate from the API after this action checked it against its own bytes. */
export interface VerifiedCertificate {
  /** The API's object, as returned. */
  readonly api: ClientCertificate;
  readonly id: string;
  readonly pem: string;
  /** SHA-256 of the DER, lowercase hex without colons, computed here. */
  readonly fingerprint: string;
  readonly serialNumber: string;
  readonly status: string;
  readonly commonName: string;
  readonly notAfter: Date;
  /** The expiry to show and output: the API's `expires_on` when it agrees with the certificate, else the certificate's own. */
  readonly expiresOn: string;
  readonly daysRemaining: number;
  /** Disagreements worth a warning that do not make the certificate unusable. */
  readonly warnings: readonly string[];
}

export interface Expectations {
  /** On create: the CSR's public key, which the certificate must carry. */
  readonly publicKey?: KeyObject;
  /** On get: the id that was asked for. */
  readonly id?: string;
}

/**
 * Trust, but verify: parses the returned PEM, recomputes the fingerprint from the DER, and checks the
 * fields the API reports against the certificate itself. Throws VerificationError on any disagreement
 * that would make the outputs wrong.
 */
export function verifyCertificate(api: ClientCertificate, expected: Expectations, now: Date = new Date()): VerifiedCertificate {
  const id = canonicalId('certificate', api.id);
  if (id === undefined) throw new VerificationError('the API returned a certificate without a valid id (a UUID, or 32 hexadecimal characters)');
  if (expected.id !== undefined && id !== expected.id) {
    throw new VerificationError(`the API returned certificate ${id} when certificate ${expected.id} was asked for`);
  }
  const pem = canonicalCertificatePem(api.certificate ?? '');
  if (pem === undefined) {
    throw new VerificationError(
      `the certificate field of ${id} returned by the API is not exactly one PEM certificate (a second block, or text around it, is refused)`,
    );
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(pem);
  } catch {
    throw new VerificationError(`the certificate PEM of ${id} returned by the API does not parse as an X.509 certificate`);
  }
  const fingerprint = createHash('sha256').update(x509.raw).digest('hex');
  if (api.fingerprint_sha256 !== undefined) {
    const reported = api.fingerprint_sha256.replace(/:/g, '').toLowerCase();
    if (reported !== fingerprint) {
      throw new VerificationError(`the fingerprint the API reports for ${id} (${reported}) is not the SHA-256 of the certificate it returned (${fingerprint})`);
    }
  }
  // The keys themselves, compared by OpenSSL (same type, same parameters, same public value): what a
  // byte-for-byte comparison of both keys exported as SPKI DER says, without encoding either (1.5 ms on
  // every create, docs/performance.md).
  if (expected.publicKey !== undefined) {
    if (!x509.publicKey.equals(expected.publicKey)) {
      throw new VerificationError(`certificate ${id} was not issued for the CSR's key: its public key differs from the one in the CSR`);
    }
  }
  const serialNumber = stripLeadingZeros(x509.serialNumber.toLowerCase());
  if (api.serial_number !== undefined && !sameSerialNumber(api.serial_number, serialNumber)) {
    throw new VerificationError(`the serial number the API reports for ${id} (${api.serial_number}) is not the certificate's (${serialNumber})`);
  }

  const warnings: string[] = [];
  const commonName = commonNameOf(x509);
  if (typeof api.common_name === 'string' && api.common_name !== commonName) {
    warnings.push(
      `the API reports common name "${api.common_name}" for certificate ${id}, but the certificate itself says "${commonName}"; the common-name output uses the certificate`,
    );
  }
  const notAfter = new Date(x509.validTo);
  const certificateExpiry = notAfter.toISOString().replace(/\.000Z$/, 'Z');
  const reportedExpiry = api.expires_on === undefined ? Number.NaN : Date.parse(api.expires_on);
  const agrees = ISO_TIMESTAMP.test(api.expires_on ?? '') && Math.abs(reportedExpiry - notAfter.getTime()) <= DAY_MS;
  if (api.expires_on !== undefined && !agrees) {
    warnings.push(
      `the API reports that certificate ${id} expires on ${api.expires_on}, but the certificate itself says ${certificateExpiry}; the expires-on output and days-remaining use the certificate`,
    );
  }
  return {
    api,
    id,
    pem,
    fingerprint,
    serialNumber,
    status: typeof api.status === 'string' ? api.status : 'unknown',
    commonName,
    notAfter,
    expiresOn: agrees ? (api.expires_on as string) : certificateExpiry,
    daysRemaining: Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS),
    warnings,
  };
}

/** Checks that make the step fail after its outputs are set: the certificate exists but is not fit for use. */
export function policyFailures(certificate: VerifiedCertificate, policy: { requireActive: boolean; minDaysRemaining: number | undefined }): string[] {
  const failures: string[] = [];
  const expires = certificate.expiresOn;
  if (policy.requireActive && certificate.status !== 'active') {
    failures.push(`certificate ${certificate.id} is ${certificate.status}, not active (set require-active: false to only report its status)`);
  }
  if (policy.requireActive && certificate.daysRemaining < 0) {
    failures.push(`certificate ${certificate.id} expired on ${expires}`);
  } else if (policy.minDaysRemaining !== undefined && certificate.daysRemaining < policy.minDaysRemaining) {
    failures.push(
      `certificate ${certificate.id} expires on ${expires}: ${certificate.daysRemaining} days left, fewer than min-days-remaining (${policy.minDaysRemaining})`,
    );
  }
  return failures;
}

/** Exactly one PEM certificate, nothing else but blanks around it; canonical line ends; undefined otherwise. */
const ONE_CERTIFICATE = /^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----$/;

function canonicalCertificatePem(text: string): string | undefined {
  const pem = text.replace(/\\n/g, '\n').replace(/\r\n?/g, '\n').trim();
  return ONE_CERTIFICATE.test(pem) ? `${pem}\n` : undefined;
}

/**
 * Whether a serial number as an API reports it is the certificate's (given as hexadecimal), compared as
 * numbers: Cloudflare's own published answer gives it in decimal, other answers in upper- or lower-case
 * hexadecimal, with or without leading zeros, or in colon-separated groups of one or two hexadecimal
 * digits (each group a byte: `a:b` is 0x0a0b). Anything else (a sign, a space, other letters, an empty
 * group) is no serial number. X.509 serials are at most 20 octets: a longer text is refused unread.
 *
 * Digits alone could be either base, and reading them both ways would accept two numbers (for serial
 * 0x10, both "10" and "16"). They are read as hexadecimal only when they are as long as the
 * certificate's hexadecimal serial (both without leading zeros), else as decimal: a decimal rendering
 * of a serial has more digits than its hexadecimal one from 6 hexadecimal digits on, so for a real serial
 * (16 to 20 octets) the lengths tell the bases apart; for a short one of equal lengths, hexadecimal wins.
 */
export function sameSerialNumber(reported: string, certificateHex: string): boolean {
  const text = reported.trim();
  if (text.length === 0 || text.length > 80) return false;
  const reading = readSerialNumber(text, stripLeadingZeros(certificateHex).length);
  return reading !== undefined && reading === BigInt(`0x${certificateHex}`);
}

const SERIAL_BYTES = /^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2})+$/;

/** The one number a reported serial reads as (see sameSerialNumber); undefined for no serial number. */
function readSerialNumber(text: string, hexLength: number): bigint | undefined {
  const bytes = SERIAL_BYTES.test(text) ? text.split(':').map(group => group.padStart(2, '0')) : undefined;
  if (bytes !== undefined) return BigInt(`0x${bytes.join('')}`);
  if (/^[0-9]+$/.test(text)) return stripLeadingZeros(text).length === hexLength ? BigInt(`0x${text}`) : BigInt(text);
  return /^[0-9a-fA-F]+$/.test(text) ? BigInt(`0x${text}`) : undefined;
}

function stripLeadingZeros(hex: string): string {
  return hex.replace(/^0+(?=.)/, '');
}

/**
 * The certificate's common name as node:crypto decodes it from the DER (the value itself: no escaped
 * text to parse, and a multi-valued RDN is no trap); the last, most specific one when there are
 * several; '' when there is none.
 */
function commonNameOf(x509: X509Certificate): string {
  const value: unknown = x509.toLegacyObject().subject?.CN;
  const last: unknown = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' ? last : '';
}
