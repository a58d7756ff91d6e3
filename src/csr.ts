import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** A certificate signing request that parsed and whose self-signature verified. */
export interface CertificateRequest {
  /** Canonical PEM: one header, base64 in 64-column lines, `\n` line ends, final newline. */
  readonly pem: string;
  readonly der: Buffer;
  readonly publicKey: KeyObject;
  /** SubjectPublicKeyInfo DER, to compare with a certificate's key byte for byte. */
  readonly publicKeySpki: Buffer;
}

/** Raised for text that is not a usable CSR; the message is safe to print (it never quotes the input). */
export class CsrFormatError extends Error {
  override name = 'CsrFormatError';
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const CSR_LABELS = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Turns CSR text the way users paste it into canonical PEM. Secrets are often stored with literal
 * `\n` escapes, Windows editors add CRLF, YAML block scalars add blanks: all of that is accepted.
 * Returns the DER bytes together with the canonical PEM.
 */
export function normalizeCsrPem(text: string): { pem: string; der: Buffer } {
  const unescaped = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n');
  const blocks = [...unescaped.matchAll(PEM_BLOCK)];
  if (blocks.length === 0) {
    if (unescaped.includes('-----BEGIN')) {
      throw new CsrFormatError('has an incomplete PEM block (no matching -----END line)');
    }
    throw new CsrFormatError('is not PEM: expected text starting with -----BEGIN CERTIFICATE REQUEST-----');
  }
  if (blocks.length > 1) {
    throw new CsrFormatError(`contains ${blocks.length} PEM blocks; give exactly one certificate request`);
  }
  const [, label = '', rawBody = ''] = blocks[0] as RegExpMatchArray;
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

/**
 * Parses a CSR and verifies its self-signature, so that a damaged or hand-edited request fails here,
 * before any request is sent, and so that the issued certificate's key can be checked against it.
 */
export async function parseCertificateRequest(text: string): Promise<CertificateRequest> {
  const { pem, der } = normalizeCsrPem(text);
  // Loaded here, not at start-up: only create needs an ASN.1 parser.
  const [{ AsnConvert }, { CertificationRequest }] = await Promise.all([import('@peculiar/asn1-schema'), import('@peculiar/asn1-csr')]);

  let request: InstanceType<typeof CertificationRequest>;
  try {
    request = AsnConvert.parse(der, CertificationRequest);
  } catch {
    throw new CsrFormatError('does not parse as a PKCS#10 certificate request (the base64 body is damaged or is something else)');
  }
  const publicKeySpki = Buffer.from(AsnConvert.serialize(request.certificationRequestInfo.subjectPKInfo));
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: publicKeySpki, format: 'der', type: 'spki' });
  } catch {
    throw new CsrFormatError('holds a public key that cannot be read');
  }
  const algorithm = request.signatureAlgorithm.algorithm;
  const digest = SIGNATURE_DIGESTS[algorithm];
  if (digest === undefined) {
    throw new CsrFormatError(`is signed with an unsupported algorithm (OID ${algorithm}); use RSA, ECDSA or Ed25519 with SHA-256, SHA-384 or SHA-512`);
  }
  const signedBytes = Buffer.from(AsnConvert.serialize(request.certificationRequestInfo));
  const signature = Buffer.from(request.signature);
  let valid = false;
  try {
    valid = verify(digest, signedBytes, publicKey, signature);
  } catch {
    valid = false;
  }
  if (!valid) {
    throw new CsrFormatError('has a signature that does not verify: the request was altered or damaged after it was signed');
  }
  // Keep the SPKI as node:crypto exports it, so comparison with a certificate's key is canonical.
  return { pem, der, publicKey, publicKeySpki: publicKey.export({ type: 'spki', format: 'der' }) };
}
