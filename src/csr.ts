import { constants, createPublicKey, type KeyObject, verify } from 'node:crypto';
import { MAX_CSR_BYTES } from './limits.js';

/** A certificate signing request that parsed and whose self-signature verified. */
export interface CertificateRequest {
  /** Canonical PEM: one header, base64 in 64-column lines, `\n` line ends, final newline. */
  readonly pem: string;
  readonly der: Buffer;
  /** The request's public key, which the issued certificate must carry (src/certificate.ts compares them). */
  readonly publicKey: KeyObject;
}

/** Raised for text that is not a usable CSR; the message is safe to print (it never quotes the input). */
export class CsrFormatError extends Error {
  override name = 'CsrFormatError';
}

/**
 * A private key where a certificate request belongs (PRIVATE KEY, RSA/EC/ENCRYPTED PRIVATE KEY, …),
 * whole or cut short, alone or beside a request. What that means depends on where the text came from,
 * so the caller words the message; this one never quotes the key.
 */
export class PrivateKeyGivenError extends CsrFormatError {
  override name = 'PrivateKeyGivenError';
  readonly label: string;

  constructor(label: string) {
    super(`is a private key (PEM "${label}"), not a certificate request`);
    this.label = label;
  }
}

const CSR_LABELS = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
/** A private key's BEGIN line (bounded: labels are at most 40 characters, as PEM_LABEL says). */
const PRIVATE_KEY_BEGIN = /-----BEGIN ([A-Z0-9 ]{0,28}PRIVATE KEY)-----/;
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;
const PEM_LABEL = /^[A-Z0-9 ]{1,40}$/;
const BEGIN = '-----BEGIN ';
const DASHES = '-----';

/**
 * Turns CSR text the way users paste it into canonical PEM. Secrets are often stored with literal
 * `\n` escapes, Windows editors add CRLF, YAML block scalars add blanks: all of that is accepted.
 * Returns the DER bytes together with the canonical PEM. Linear in the text's length (blocks are found
 * with indexOf, never a backtracking expression), and text over MAX_CSR_BYTES is refused unread.
 */
export function normalizeCsrPem(text: string): { pem: string; der: Buffer } {
  if (text.length > MAX_CSR_BYTES) {
    throw new CsrFormatError(`is larger than ${MAX_CSR_BYTES / 1024} KiB, far more than any certificate request (1 to 4 KiB); give the PEM request itself`);
  }
  const unescaped = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n');
  const privateKey = PRIVATE_KEY_BEGIN.exec(unescaped);
  if (privateKey) throw new PrivateKeyGivenError(privateKey[1] as string);
  const blocks = pemBlocks(unescaped);
  if (blocks.length === 0) {
    if (unescaped.includes('-----BEGIN')) {
      throw new CsrFormatError('has an incomplete PEM block (no matching -----END line)');
    }
    throw new CsrFormatError('is not PEM: expected text starting with -----BEGIN CERTIFICATE REQUEST-----');
  }
  if (blocks.length > 1) {
    throw new CsrFormatError(`contains ${blocks.length} PEM blocks; give exactly one certificate request`);
  }
  const [{ label, body: rawBody }] = blocks as [PemBlock];
  if (!CSR_LABELS.has(label)) {
    throw new CsrFormatError(`is a PEM "${label}", not a "CERTIFICATE REQUEST"`);
  }
  const body = rawBody.replace(/\s+/g, '');
  if (body.length === 0 || body.length % 4 !== 0 || !BASE64_BODY.test(body)) {
    throw new CsrFormatError('has a PEM body that is not valid base64');
  }
  const der = Buffer.from(body, 'base64');
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  const pem = `-----BEGIN CERTIFICATE REQUEST-----\n${lines.join('\n')}\n-----END CERTIFICATE REQUEST-----\n`;
  return { pem, der };
}

interface PemBlock {
  readonly label: string;
  readonly body: string;
}

/** Every complete `-----BEGIN X----- … -----END X-----` block, in one pass. */
function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let at = text.indexOf(BEGIN);
  while (at !== -1) {
    const labelEnd = text.indexOf(DASHES, at + BEGIN.length);
    if (labelEnd === -1) break;
    const label = text.slice(at + BEGIN.length, labelEnd);
    if (!PEM_LABEL.test(label)) break;
    const end = `-----END ${label}-----`;
    const endAt = text.indexOf(end, labelEnd + DASHES.length);
    if (endAt === -1) break;
    blocks.push({ label, body: text.slice(labelEnd + DASHES.length, endAt) });
    at = text.indexOf(BEGIN, endAt + end.length);
  }
  return blocks;
}

// Signature algorithms a CSR for Cloudflare's client CA is signed with, mapped to node:crypto's digest
// names (null: the algorithm implies its digest).
const SIGNATURE_DIGESTS: Readonly<Record<string, string | null>> = {
  '1.2.840.113549.1.1.11': 'sha256', // sha256WithRSAEncryption
  '1.2.840.113549.1.1.12': 'sha384', // sha384WithRSAEncryption
  '1.2.840.113549.1.1.13': 'sha512', // sha512WithRSAEncryption
  '1.2.840.10045.4.3.2': 'sha256', // ecdsa-with-SHA256
  '1.2.840.10045.4.3.3': 'sha384', // ecdsa-with-SHA384
  '1.2.840.10045.4.3.4': 'sha512', // ecdsa-with-SHA512
  '1.3.101.112': null, // Ed25519
};
/** RSASSA-PSS (RFC 4055): the digest, MGF1 and salt length are in the algorithm's parameters. */
const RSASSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';
/** Digests a PSS signature may use here, by OID (SHA-1, PSS's default, is refused like sha1WithRSA). */
const PSS_DIGESTS: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const SUPPORTED = 'use RSA (PKCS#1 v1.5 or PSS), ECDSA or Ed25519 with SHA-256, SHA-384 or SHA-512';

/** How to check a signature with node:crypto: the digest (null: implied by the key), and PSS's salt length. */
interface SignatureCheck {
  readonly digest: string | null;
  readonly pssSaltLength?: number;
}

/**
 * Parses a CSR and verifies its self-signature, so that a damaged or hand-edited request fails here,
 * before any request is sent, and so that the issued certificate's key can be checked against it.
 * The DER is read by a small bounded reader (the request's three nested SEQUENCEs); node:crypto reads
 * the key and checks the signature.
 */
export async function parseCertificateRequest(text: string): Promise<CertificateRequest> {
  const { pem, der } = normalizeCsrPem(text);
  let parts: CsrParts;
  try {
    parts = readCsrDer(der);
  } catch {
    throw new CsrFormatError('does not parse as a PKCS#10 certificate request (the base64 body is damaged or is something else)');
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: parts.subjectPublicKeyInfo, format: 'der', type: 'spki' });
  } catch {
    throw new CsrFormatError('holds a public key that cannot be read');
  }
  const check = signatureCheck(parts);
  let valid = false;
  try {
    const key = check.pssSaltLength === undefined ? publicKey : { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: check.pssSaltLength };
    valid = verify(check.digest, parts.signedBytes, key, parts.signature);
  } catch {
    valid = false;
  }
  if (!valid) {
    throw new CsrFormatError('has a signature that does not verify: the request was altered or damaged after it was signed');
  }
  return { pem, der, publicKey };
}

/** The digest (and for PSS the salt length) the request's signature algorithm names, or a CsrFormatError. */
function signatureCheck(parts: CsrParts): SignatureCheck {
  const digest = SIGNATURE_DIGESTS[parts.signatureAlgorithm];
  if (digest !== undefined) return { digest };
  if (parts.signatureAlgorithm !== RSASSA_PSS) {
    throw new CsrFormatError(`is signed with an unsupported algorithm (OID ${parts.signatureAlgorithm}); ${SUPPORTED}`);
  }
  let parameters: PssParameters;
  try {
    parameters = readPssParameters(parts.signatureParameters);
  } catch {
    throw new CsrFormatError('does not parse as a PKCS#10 certificate request (its RSA-PSS parameters are damaged)');
  }
  const pssDigest = PSS_DIGESTS[parameters.hash];
  if (pssDigest === undefined) {
    throw new CsrFormatError(`is signed with RSA-PSS over an unsupported digest (OID ${parameters.hash}, SHA-1 when none is named); ${SUPPORTED}`);
  }
  if (parameters.mgf !== MGF1 || parameters.mgfHash !== parameters.hash) {
    throw new CsrFormatError(
      'is signed with RSA-PSS whose mask generation is not MGF1 over the same digest as the signature; make the request again with the same digest for both (openssl req -sigopt rsa_padding_mode:pss, without rsa_mgf1_md)',
    );
  }
  if (parameters.trailerField !== 1) throw new CsrFormatError(`is signed with RSA-PSS with trailer field ${parameters.trailerField}; only 1 (0xBC) exists`);
  return { digest: pssDigest, pssSaltLength: parameters.saltLength };
}

/** RSASSA-PSS-params with RFC 4055's defaults filled in: OIDs dotted. */
interface PssParameters {
  readonly hash: string;
  readonly mgf: string;
  readonly mgfHash: string;
  readonly saltLength: number;
  readonly trailerField: number;
}

const SHA1 = '1.3.14.3.2.26';

/**
 * RSASSA-PSS-params ::= SEQUENCE { hashAlgorithm [0] AlgorithmIdentifier DEFAULT sha1, maskGenAlgorithm
 * [1] AlgorithmIdentifier DEFAULT mgf1SHA1, saltLength [2] INTEGER DEFAULT 20, trailerField [3] INTEGER
 * DEFAULT 1 } (RFC 4055), each explicitly tagged; absent parameters are all defaults. Read with the same
 * bounded reader: every field within its parent, in order, nothing after.
 */
function readPssParameters(der: Buffer): PssParameters {
  const parameters: { -readonly [K in keyof PssParameters]: PssParameters[K] } = { hash: SHA1, mgf: MGF1, mgfHash: SHA1, saltLength: 20, trailerField: 1 };
  if (der.length === 0) return parameters;
  const sequence = element(der, 0, der.length, SEQUENCE);
  if (sequence.end !== der.length) throw new Error('trailing bytes');
  let at = sequence.contentStart;
  const field = (tag: number): Element | undefined => {
    if (at >= sequence.end || der[at] !== tag) return undefined;
    const found = element(der, at, sequence.end, tag);
    at = found.end;
    return found;
  };
  const hash = field(0xa0);
  if (hash) parameters.hash = algorithmOid(der, hash).oid;
  const mgf = field(0xa1);
  if (mgf) {
    const { oid, parametersStart, end } = algorithmOid(der, mgf);
    parameters.mgf = oid;
    parameters.mgfHash = algorithmOid(der, { contentStart: parametersStart, end }).oid;
  }
  const salt = field(0xa2);
  if (salt) parameters.saltLength = smallInteger(der, salt);
  const trailer = field(0xa3);
  if (trailer) parameters.trailerField = smallInteger(der, trailer);
  if (at !== sequence.end) throw new Error('unexpected field');
  return parameters;
}

/** The AlgorithmIdentifier SEQUENCE { OID, parameters } inside an element: its OID and where its parameters lie. */
function algorithmOid(der: Buffer, parent: Pick<Element, 'contentStart' | 'end'>): { oid: string; parametersStart: number; end: number } {
  const algorithm = element(der, parent.contentStart, parent.end, SEQUENCE);
  if (algorithm.end !== parent.end) throw new Error('trailing bytes');
  const oid = element(der, algorithm.contentStart, algorithm.end, OBJECT_IDENTIFIER);
  return { oid: decodeOid(der.subarray(oid.contentStart, oid.end)), parametersStart: oid.end, end: algorithm.end };
}

/** A non-negative INTEGER of at most three bytes, alone inside an explicit tag. */
function smallInteger(der: Buffer, parent: Element): number {
  const integer = element(der, parent.contentStart, parent.end, INTEGER);
  const length = integer.end - integer.contentStart;
  if (integer.end !== parent.end || length < 1 || length > 3 || (der[integer.contentStart] as number) & 0x80) throw new Error('bad integer');
  return der.subarray(integer.contentStart, integer.end).reduce((value, byte) => value * 256 + byte, 0);
}

/** The parts of a PKCS#10 request the action needs, as byte ranges of its DER. */
interface CsrParts {
  /** certificationRequestInfo, tag and length included: what the signature covers. */
  readonly signedBytes: Buffer;
  readonly subjectPublicKeyInfo: Buffer;
  /** The signature algorithm's OID, dotted, and the DER of its parameters (empty when absent). */
  readonly signatureAlgorithm: string;
  readonly signatureParameters: Buffer;
  readonly signature: Buffer;
}

interface Element {
  readonly tag: number;
  /** Where the element starts (its tag), where its content starts, and where it ends. */
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OBJECT_IDENTIFIER = 0x06;
const BIT_STRING = 0x03;

/**
 * CertificationRequest ::= SEQUENCE { certificationRequestInfo SEQUENCE { version INTEGER, subject Name,
 * subjectPKInfo SEQUENCE, attributes [0] }, signatureAlgorithm SEQUENCE { OID, parameters }, signature
 * BIT STRING } (RFC 2986). DER only: definite lengths, every element within its parent, nothing after.
 */
export function readCsrDer(der: Buffer): CsrParts {
  const outer = element(der, 0, der.length, SEQUENCE);
  if (outer.end !== der.length) throw new Error('trailing bytes');
  const info = element(der, outer.contentStart, outer.end, SEQUENCE);
  const version = element(der, info.contentStart, info.end, INTEGER);
  const subject = element(der, version.end, info.end, SEQUENCE);
  const spki = element(der, subject.end, info.end, SEQUENCE);
  const algorithm = element(der, info.end, outer.end, SEQUENCE);
  const oid = element(der, algorithm.contentStart, algorithm.end, OBJECT_IDENTIFIER);
  const signature = element(der, algorithm.end, outer.end, BIT_STRING);
  if (signature.end !== outer.end || signature.end - signature.contentStart < 2 || der[signature.contentStart] !== 0) {
    throw new Error('bad signature');
  }
  return {
    signedBytes: der.subarray(info.start, info.end),
    subjectPublicKeyInfo: der.subarray(spki.start, spki.end),
    signatureAlgorithm: decodeOid(der.subarray(oid.contentStart, oid.end)),
    signatureParameters: der.subarray(oid.end, algorithm.end),
    signature: der.subarray(signature.contentStart + 1, signature.end),
  };
}

/** One DER element at offset, which must end by limit and carry the expected tag. */
function element(der: Buffer, offset: number, limit: number, tag: number): Element {
  if (offset + 2 > limit || der[offset] !== tag) throw new Error('unexpected element');
  const first = der[offset + 1] as number;
  let length = first;
  let contentStart = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    // No indefinite lengths (BER), and nothing a CSR could need beyond four length bytes.
    if (count === 0 || count > 4 || contentStart + count > limit) throw new Error('bad length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (der[contentStart + i] as number);
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new Error('element runs past its parent');
  return { tag, start: offset, contentStart, end };
}

function decodeOid(bytes: Buffer): string {
  if (bytes.length === 0 || bytes.length > 32) throw new Error('bad OID');
  const arcs: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  const [head = 0, ...rest] = arcs;
  const first = head < 40 ? 0 : head < 80 ? 1 : 2;
  return [first, head - first * 40, ...rest].join('.');
}
