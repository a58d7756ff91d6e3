import { canonicalId, ID_SHAPES } from '../identifier.js';
import { type Envelope, isRecord } from './envelope.js';
import { UnexpectedResponseError } from './errors.js';
import type { ClientCertificate } from './types.js';

/** The schema's string fields of a client certificate (every field is optional there). */
const STRING_FIELDS = [
  'certificate',
  'csr',
  'common_name',
  'country',
  'state',
  'location',
  'organization',
  'organizational_unit',
  'issued_on',
  'expires_on',
  'fingerprint_sha256',
  'serial_number',
  'signature',
  'ski',
  'status',
] as const;

/**
 * The one check of a certificate object from any answer (details, create, revoke, reactivate, each
 * listing entry) against the types Cloudflare's schema gives it, before anything uses it: a number where
 * a string belongs, an object for a name, or an id that is neither a UUID (the live API's) nor 32
 * hexadecimal characters (the schema's examples) is refused with an error that names the field, never a
 * "x is not a function" later on. The id comes back in canonical (lowercase) form. Values are never
 * echoed: they are someone else's data.
 */
export function checkCertificateObject(value: unknown, where: string, context: Envelope['response']): ClientCertificate {
  const refuse = (detail: string): UnexpectedResponseError => new UnexpectedResponseError(`with ${where} ${detail}`, context);
  if (!isRecord(value)) throw refuse('that is not a certificate object');
  const id = canonicalId('certificate', value.id);
  if (id === undefined) throw refuse(`whose "id" is ${describe(value.id)}, not a certificate id (${ID_SHAPES.certificate})`);
  for (const field of STRING_FIELDS) {
    if (value[field] !== undefined && value[field] !== null && typeof value[field] !== 'string')
      throw refuse(`whose "${field}" is ${describe(value[field])}, not a string`);
  }
  if (value.validity_days !== undefined && value.validity_days !== null && !Number.isInteger(value.validity_days)) {
    throw refuse(`whose "validity_days" is ${describe(value.validity_days)}, not a whole number`);
  }
  const authority = value.certificate_authority;
  if (authority !== undefined && authority !== null) {
    if (!isRecord(authority)) throw refuse(`whose "certificate_authority" is ${describe(authority)}, not an object`);
    for (const field of ['id', 'name'] as const) {
      if (authority[field] !== undefined && authority[field] !== null && typeof authority[field] !== 'string')
        throw refuse(`whose "certificate_authority.${field}" is ${describe(authority[field])}, not a string`);
    }
  }
  // null is the API's way of leaving a field out: drop it, so that every later use sees string | undefined.
  return { ...Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)), id } as ClientCertificate;
}

/** The certificate of a details, create, revoke or reactivate answer; it must hold a certificate PEM. */
export function readCertificate(envelope: Envelope): ClientCertificate {
  if (isRecord(envelope.result) && envelope.result.certificate === undefined && envelope.result.id === undefined) {
    throw new UnexpectedResponseError('with a result that holds no PEM certificate', envelope.response);
  }
  const certificate = checkCertificateObject(envelope.result, 'a "result"', envelope.response);
  if (certificate.certificate === undefined || !certificate.certificate.includes('-----BEGIN CERTIFICATE-----')) {
    throw new UnexpectedResponseError('with a result that holds no PEM certificate', envelope.response);
  }
  return certificate;
}

/** The certificates of one listing page, each checked; page is for the error message. */
export function readCertificateList(envelope: Envelope, page: number): ClientCertificate[] {
  if (!Array.isArray(envelope.result)) throw new UnexpectedResponseError(`with a listing (page ${page}) whose "result" is not an array`, envelope.response);
  return envelope.result.map((entry, index) => checkCertificateObject(entry, `listing entry ${index + 1} of page ${page}`, envelope.response));
}

/** A short, safe description of a value's type and size: never its content (zones.ts uses it too). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
