import { webcrypto } from 'node:crypto';
import type { KeyRequest, KeyType } from './config/types.js';
import type { CertificateRequest } from './csr.js';

export interface GeneratedKey {
  /** PKCS#8 PEM. A secret: the caller masks it before anything can print. */
  readonly privateKeyPem: string;
  readonly request: CertificateRequest;
}

const ALGORITHMS: Readonly<Record<KeyType, RsaHashedKeyGenParams | EcKeyGenParams>> = {
  'ecdsa-p256': { name: 'ECDSA', namedCurve: 'P-256' },
  'rsa-2048': { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  'rsa-3072': { name: 'RSASSA-PKCS1-v1_5', modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
};

/** X.520 attribute types of the subject inputs, in the order the CSR lists them (as before: CN first). */
type SubjectField = 'commonName' | 'organization' | 'organizationalUnit' | 'country' | 'state' | 'locality';
const SUBJECT_ATTRIBUTES: readonly (readonly [oid: string, field: SubjectField])[] = [
  ['2.5.4.3', 'commonName'],
  ['2.5.4.10', 'organization'],
  ['2.5.4.11', 'organizationalUnit'],
  ['2.5.4.6', 'country'],
  ['2.5.4.8', 'state'],
  ['2.5.4.7', 'locality'],
];
/** countryName is a PrintableString (X.520, RFC 5280); config/parse.ts lets only two capitals through. */
const COUNTRY = '2.5.4.6';

/**
 * Generates a key pair and a CSR signed with it. The X.509 library is loaded here only: no other path
 * needs it, and it is the heaviest module the action has.
 */
export async function generateKeyAndCsr(key: KeyRequest): Promise<GeneratedKey> {
  // Loaded here only, with generate-key (see above): never on the start-up path, nor for a CSR the user gives.
  await import('reflect-metadata');
  const x509 = await import('@peculiar/x509');
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const algorithm = ALGORITHMS[key.keyType];
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: new x509.Name(await subjectDer(key)),
    keys,
    signingAlgorithm: { ...algorithm, hash: 'SHA-256' },
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const privateKeyPem = x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
  // The CSR check's own chunk, as config/files.ts loads it (src/lazy.ts): one copy of it in dist/.
  const { parseCertificateRequest } = await import(/* webpackChunkName: "csr" */ './csr.js');
  return { privateKeyPem: privateKeyPem.endsWith('\n') ? privateKeyPem : `${privateKeyPem}\n`, request: await parseCertificateRequest(csr.toString('pem')) };
}

/**
 * The subject as DER, built from typed ASN.1 values: each input becomes one attribute holding exactly
 * the text given, as a UTF8String (PrintableString for the country). Nothing is parsed: RFC 4514 syntax
 * in a value (quotes, `#hex`, backslash escapes, `,` `+` `=`) is just characters of that value.
 */
async function subjectDer(key: KeyRequest): Promise<ArrayBuffer> {
  // The ASN.1 packages @peculiar/x509 itself uses, loaded with it (generate-key only).
  const [{ AsnConvert }, { AttributeTypeAndValue, AttributeValue, Name, RelativeDistinguishedName }] = await Promise.all([
    import('@peculiar/asn1-schema'),
    import('@peculiar/asn1-x509'),
  ]);
  const rdns = SUBJECT_ATTRIBUTES.flatMap(([type, field]) => {
    const text = key[field];
    if (text === undefined) return [];
    const value = new AttributeValue(type === COUNTRY ? { printableString: text } : { utf8String: text });
    return [new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })])];
  });
  return AsnConvert.serialize(new Name(rdns));
}
