import { createCipheriv, createHash, createHmac, createPrivateKey, hash, type KeyObject, pbkdf2, randomBytes, X509Certificate } from 'node:crypto';
import { promisify } from 'node:util';
import { ContentInfo, EncryptedContent, EncryptedContentInfo, id_data, id_encryptedData } from '@peculiar/asn1-cms';
import {
  AuthenticatedSafe,
  CertBag,
  id_certBag,
  id_pbeWithSHAAnd3_KeyTripleDES_CBC,
  id_pkcs8ShroudedKeyBag,
  id_x509Certificate,
  MacData,
  PFX,
  PKCS8ShroudedKeyBag,
  PKCS12Attribute,
  SafeBag,
  SafeContents,
} from '@peculiar/asn1-pfx';
import { FriendlyName, id_pkcs9_at_friendlyName, id_pkcs9_at_localKeyId, LocalKeyId } from '@peculiar/asn1-pkcs9';
import { DigestInfo, sha1, sha256 } from '@peculiar/asn1-rsa';
import { AsnConvert, AsnProp, AsnPropTypes, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import type { Pkcs12AlgorithmSet } from './config/types.js';
import { unicodePattern } from './escape.js';

/**
 * PKCS#12 (.p12/.pfx) bundles of a private key and its certificate, built from the maintained @peculiar
 * ASN.1 schemas with node:crypto doing the cryptography. docs/pkcs12.md explains the choices. The
 * ASN.1 libraries keep their schemas in a private store, not in reflect-metadata, so nothing needs
 * loading first.
 */

/** The sets the pkcs12-algorithms input names (config/types.ts holds the one list, so this module stays off the start-up path). */
export type Pkcs12Algorithms = Pkcs12AlgorithmSet;

/**
 * PBKDF2 and MAC iterations of the modern set: OpenSSL 3's 2048 is cheap to brute-force for a bundle
 * that leaks; 100000 costs about a tenth of a second to build and to open.
 */
export const PKCS12_MODERN_ITERATIONS = 100_000;
/** OpenSSL's PKCS12_DEFAULT_ITER, the count `openssl pkcs12 -export` writes. */
export const PKCS12_LEGACY_ITERATIONS = 2048;

export interface Pkcs12Options {
  /** PEM, unencrypted ("-----BEGIN PRIVATE KEY-----"); an EC or RSA key. */
  readonly privateKeyPem: string;
  /** PEM of exactly one certificate, the one for the key. */
  readonly certificatePem: string;
  /** Protects the bundle; never appears in an error message. */
  readonly password: string;
  readonly algorithms: Pkcs12Algorithms;
  /** The alias keytool, Windows and browsers show for the entry. */
  readonly friendlyName?: string;
}

const OID_PBES2 = '1.2.840.113549.1.5.13';
const OID_PBKDF2 = '1.2.840.113549.1.5.12';
const OID_HMAC_WITH_SHA256 = '1.2.840.113549.2.9';
const OID_AES256_CBC = '2.16.840.1.101.3.4.1.42';
const PKCS12_KDF_KEY = 1;
const PKCS12_KDF_IV = 2;
const PKCS12_KDF_MAC = 3;

// Schemas the @peculiar packages do not have. The properties are registered with AsnProp called as a
// plain function, as the packages' own compiled code does: this project compiles no decorators.

/** RFC 7292 Appendix C: pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER } */
class Pkcs12PbeParams {
  salt = new OctetString();
  iterations = 0;
  constructor(params: Partial<Pkcs12PbeParams> = {}) {
    Object.assign(this, params);
  }
}
AsnProp({ type: OctetString })(Pkcs12PbeParams.prototype, 'salt');
AsnProp({ type: AsnPropTypes.Integer })(Pkcs12PbeParams.prototype, 'iterations');

/** RFC 8018 A.2: PBKDF2-params, with the salt always "specified" and no keyLength (AES-256 has one). */
class Pbkdf2Params {
  salt = new OctetString();
  iterationCount = 0;
  prf = new AlgorithmIdentifier();
  constructor(params: Partial<Pbkdf2Params> = {}) {
    Object.assign(this, params);
  }
}
AsnProp({ type: OctetString })(Pbkdf2Params.prototype, 'salt');
AsnProp({ type: AsnPropTypes.Integer })(Pbkdf2Params.prototype, 'iterationCount');
AsnProp({ type: AlgorithmIdentifier })(Pbkdf2Params.prototype, 'prf');

/** RFC 8018 A.4: PBES2-params ::= SEQUENCE { keyDerivationFunc, encryptionScheme } */
class Pbes2Params {
  keyDerivationFunc = new AlgorithmIdentifier();
  encryptionScheme = new AlgorithmIdentifier();
  constructor(params: Partial<Pbes2Params> = {}) {
    Object.assign(this, params);
  }
}
AsnProp({ type: AlgorithmIdentifier })(Pbes2Params.prototype, 'keyDerivationFunc');
AsnProp({ type: AlgorithmIdentifier })(Pbes2Params.prototype, 'encryptionScheme');

/** RFC 5652 8: EncryptedData ::= SEQUENCE { version, encryptedContentInfo } (no unprotectedAttrs). */
class CmsEncryptedData {
  version = 0;
  encryptedContentInfo = new EncryptedContentInfo();
  constructor(params: Partial<CmsEncryptedData> = {}) {
    Object.assign(this, params);
  }
}
AsnProp({ type: AsnPropTypes.Integer })(CmsEncryptedData.prototype, 'version');
AsnProp({ type: EncryptedContentInfo })(CmsEncryptedData.prototype, 'encryptedContentInfo');

/** One algorithm set: how content is encrypted under the password, and how the MAC is made. */
interface Scheme {
  readonly iterations: number;
  readonly macHash: 'sha1' | 'sha256';
  readonly macAlgorithm: AlgorithmIdentifier;
  readonly macSaltBytes: number;
  /** Encrypts with fresh random salt (and IV) and returns the AlgorithmIdentifier that undoes it. */
  encrypt(plaintext: Buffer, password: Password): Promise<{ algorithm: AlgorithmIdentifier; ciphertext: Buffer }>;
}

/**
 * The password in both encodings OpenSSL uses: UTF-8 bytes for PBKDF2, and for the PKCS#12 KDF the
 * BMPString of RFC 7292 B.1 (UTF-16BE with two zero bytes at the end). OpenSSL 3 converts a UTF-8
 * password the same way (OPENSSL_utf82uni), so passwords beyond ASCII open in openssl and Node (Java's keytool
 * refuses any PKCS#12 password that is not ASCII; the action warns).
 */
interface Password {
  readonly utf8: Buffer;
  readonly bmp: Buffer;
}

const pbkdf2Async = promisify(pbkdf2);

const SCHEMES: Readonly<Record<Pkcs12Algorithms, Scheme>> = {
  // OpenSSL 3's default (PBES2/PBKDF2-HMAC-SHA-256/AES-256-CBC, SHA-256 MAC) with more iterations and
  // 16-byte salts (NIST SP 800-132 asks for at least 128 bits; OpenSSL 3.0 writes 8).
  modern: {
    iterations: PKCS12_MODERN_ITERATIONS,
    macHash: 'sha256',
    macAlgorithm: sha256,
    macSaltBytes: 16,
    async encrypt(plaintext, password) {
      const salt = randomBytes(16);
      const iv = randomBytes(16);
      const key = await pbkdf2Async(password.utf8, salt, PKCS12_MODERN_ITERATIONS, 32, 'sha256');
      const cipher = createCipheriv('aes-256-cbc', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      const kdf = new AlgorithmIdentifier({
        algorithm: OID_PBKDF2,
        parameters: AsnConvert.serialize(
          new Pbkdf2Params({
            salt: new OctetString(salt),
            iterationCount: PKCS12_MODERN_ITERATIONS,
            prf: new AlgorithmIdentifier({ algorithm: OID_HMAC_WITH_SHA256, parameters: null }),
          }),
        ),
      });
      const scheme = new AlgorithmIdentifier({ algorithm: OID_AES256_CBC, parameters: AsnConvert.serialize(new OctetString(iv)) });
      const algorithm = new AlgorithmIdentifier({
        algorithm: OID_PBES2,
        parameters: AsnConvert.serialize(new Pbes2Params({ keyDerivationFunc: kdf, encryptionScheme: scheme })),
      });
      return { algorithm, ciphertext };
    },
  },
  // `openssl pkcs12 -export -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 -iter 2048`, with
  // OpenSSL's 8-byte salts. Certificates get 3DES too, not OpenSSL 1.1's RC2-40: Node's OpenSSL 3 has no
  // RC2 outside the legacy provider, and 40 bits protect nothing.
  legacy: {
    iterations: PKCS12_LEGACY_ITERATIONS,
    macHash: 'sha1',
    macAlgorithm: sha1,
    macSaltBytes: 8,
    async encrypt(plaintext, password) {
      const salt = randomBytes(8);
      const key = pkcs12Kdf('sha1', password.bmp, salt, PKCS12_KDF_KEY, PKCS12_LEGACY_ITERATIONS, 24);
      const iv = pkcs12Kdf('sha1', password.bmp, salt, PKCS12_KDF_IV, PKCS12_LEGACY_ITERATIONS, 8);
      const cipher = createCipheriv('des-ede3-cbc', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      const algorithm = new AlgorithmIdentifier({
        algorithm: id_pbeWithSHAAnd3_KeyTripleDES_CBC,
        parameters: AsnConvert.serialize(new Pkcs12PbeParams({ salt: new OctetString(salt), iterations: PKCS12_LEGACY_ITERATIONS })),
      });
      return { algorithm, ciphertext };
    },
  },
};

/** A UTF-16 surrogate without its pair (escape.ts says why the pattern is built on first use). */
const LONE_SURROGATE = unicodePattern('\\p{Cs}', 'u');

/**
 * Builds a password-protected PKCS#12 bundle of the key and its certificate, laid out as OpenSSL's
 * `pkcs12 -export` does: the certificate bag in an encrypted SafeContents first, then the shrouded key
 * bag in a plain one, both with the same localKeyId (the certificate's SHA-1) so that readers pair them.
 * Error messages never quote the password or the key.
 */
export async function buildPkcs12(options: Pkcs12Options): Promise<Buffer> {
  const scheme = Object.hasOwn(SCHEMES, options.algorithms) ? SCHEMES[options.algorithms] : undefined;
  if (!scheme) throw new Error(`unknown PKCS#12 algorithm set "${String(options.algorithms)}": expected one of ${Object.keys(SCHEMES).join(', ')}`);
  const password = encodePassword(options.password);
  const key = readPrivateKey(options.privateKeyPem);
  const certificate = readCertificate(options.certificatePem);
  if (!certificate.checkPrivateKey(key)) {
    throw new Error("the private key does not belong to the certificate: the certificate's public key is a different one");
  }

  const certificateDer = certificate.raw;
  const attributes = bagAttributes(createHash('sha1').update(certificateDer).digest(), options.friendlyName);
  const certBag = new SafeBag({
    bagId: id_certBag,
    bagValue: AsnConvert.serialize(new CertBag({ certId: id_x509Certificate, certValue: AsnConvert.serialize(new OctetString(certificateDer)) })),
    bagAttributes: attributes,
  });
  // Both encryptions start at once: PBKDF2 runs on libuv's thread pool while this thread derives the MAC key.
  const encryptedCertificates = scheme.encrypt(toBuffer(AsnConvert.serialize(new SafeContents([certBag]))), password);
  const encryptedKey = scheme.encrypt(key.export({ type: 'pkcs8', format: 'der' }), password);
  const macSalt = randomBytes(scheme.macSaltBytes);
  const macKey = pkcs12Kdf(scheme.macHash, password.bmp, macSalt, PKCS12_KDF_MAC, scheme.iterations, scheme.macHash === 'sha1' ? 20 : 32);

  const [certificates, shrouded] = await Promise.all([encryptedCertificates, encryptedKey]);
  const encryptedData = new CmsEncryptedData({
    encryptedContentInfo: new EncryptedContentInfo({
      contentType: id_data,
      contentEncryptionAlgorithm: certificates.algorithm,
      encryptedContent: new EncryptedContent({ value: new OctetString(certificates.ciphertext) }),
    }),
  });
  const keyBag = new SafeBag({
    bagId: id_pkcs8ShroudedKeyBag,
    bagValue: AsnConvert.serialize(new PKCS8ShroudedKeyBag({ encryptionAlgorithm: shrouded.algorithm, encryptedData: new OctetString(shrouded.ciphertext) })),
    bagAttributes: attributes,
  });
  const authenticatedSafe = toBuffer(
    AsnConvert.serialize(
      new AuthenticatedSafe([
        new ContentInfo({ contentType: id_encryptedData, content: AsnConvert.serialize(encryptedData) }),
        dataContentInfo(AsnConvert.serialize(new SafeContents([keyBag]))),
      ]),
    ),
  );

  const mac = createHmac(scheme.macHash, macKey).update(authenticatedSafe).digest();
  const pfx = new PFX({
    version: 3,
    authSafe: dataContentInfo(authenticatedSafe),
    macData: new MacData({
      mac: new DigestInfo({ digestAlgorithm: scheme.macAlgorithm, digest: new OctetString(mac) }),
      macSalt: new OctetString(macSalt),
      iterations: scheme.iterations,
    }),
  });
  return toBuffer(AsnConvert.serialize(pfx));
}

function encodePassword(password: string): Password {
  // An empty password is read differently by different tools (some treat it as no password at all).
  if (password === '') throw new Error('the PKCS#12 password is empty');
  // A lone surrogate has no UTF-8 form: the PBKDF2 and MAC passwords would silently differ.
  if (LONE_SURROGATE().test(password)) throw new Error('the PKCS#12 password contains an unpaired UTF-16 surrogate, which has no UTF-8 form');
  const utf16be = Buffer.from(password, 'utf16le').swap16();
  return { utf8: Buffer.from(password, 'utf8'), bmp: Buffer.concat([utf16be, Buffer.alloc(2)]) };
}

function readPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    // The cause is not kept: OpenSSL's reason could in principle echo part of the input.
    throw new Error('the private key is not an unencrypted PEM private key');
  }
  if (key.asymmetricKeyType !== 'ec' && key.asymmetricKeyType !== 'rsa') {
    throw new Error(`the private key is a ${key.asymmetricKeyType ?? 'unknown'} key; a PKCS#12 bundle is built for EC and RSA keys only`);
  }
  return key;
}

function readCertificate(pem: string): X509Certificate {
  const count = pem.split('-----BEGIN CERTIFICATE-----').length - 1;
  if (count !== 1) throw new Error(`the certificate PEM contains ${count} certificates; give exactly one`);
  try {
    return new X509Certificate(pem);
  } catch {
    throw new Error('the certificate is not a readable PEM certificate');
  }
}

/**
 * localKeyId and, when given, friendlyName, in DER order (a SET OF is sorted by encoding, as OpenSSL
 * writes it). A friendlyName outside the Basic Multilingual Plane is written as UTF-16, as Java and
 * Windows read BMPString; OpenSSL would refuse to write it.
 */
function bagAttributes(localKeyId: Buffer, friendlyName: string | undefined): PKCS12Attribute[] {
  // PKCS12Attribute's constructor drops its argument (asn1-pfx 2.x), so the fields are set after.
  const attribute = (attrId: string, value: ArrayBuffer): PKCS12Attribute => Object.assign(new PKCS12Attribute(), { attrId, attrValues: [value] });
  const attributes = [attribute(id_pkcs9_at_localKeyId, AsnConvert.serialize(new LocalKeyId(localKeyId)))];
  if (friendlyName !== undefined && friendlyName !== '') {
    attributes.push(attribute(id_pkcs9_at_friendlyName, AsnConvert.serialize(new FriendlyName(friendlyName))));
  }
  return attributes
    .map(value => ({ value, der: toBuffer(AsnConvert.serialize(value)) }))
    .sort((a, b) => Buffer.compare(a.der, b.der))
    .map(({ value }) => value);
}

/** A ContentInfo of type data: the content is an OCTET STRING of the DER given. */
function dataContentInfo(der: ArrayBuffer | Buffer): ContentInfo {
  return new ContentInfo({ contentType: id_data, content: AsnConvert.serialize(new OctetString(der)) });
}

function toBuffer(data: ArrayBuffer): Buffer {
  return Buffer.from(data);
}

/**
 * The PKCS#12 key derivation of RFC 7292 Appendix B.2, for the legacy PBE key and IV (ID 1 and 2) and the
 * MAC key (ID 3). The one piece of cryptography written here: node:crypto has no PKCS#12 KDF.
 * `password` is already the BMPString with its two terminating zero bytes (B.1).
 */
export function pkcs12Kdf(algorithm: 'sha1' | 'sha256', password: Buffer, salt: Buffer, id: number, iterations: number, length: number): Buffer {
  const u = algorithm === 'sha1' ? 20 : 32; // output bytes of the hash
  const v = 64; // block bytes of SHA-1 and SHA-256
  const fill = (source: Buffer): Buffer => {
    const out = Buffer.alloc(v * Math.ceil(source.length / v));
    for (let i = 0; i < out.length; i++) out[i] = source[i % source.length] as number;
    return out;
  };
  const d = Buffer.alloc(v, id); // step 1: D, v copies of ID
  const i = Buffer.concat([fill(salt), fill(password)]); // steps 2 to 4: I = S || P
  const blocks: Buffer[] = [];
  for (let produced = 0; produced < length; produced += u) {
    // step 6a: A = H^r(D || I); the one-shot hash() is about twice as fast as createHash() in this loop
    let a = hash(algorithm, Buffer.concat([d, i]), 'buffer');
    for (let r = 1; r < iterations; r++) a = hash(algorithm, a, 'buffer');
    blocks.push(a);
    if (produced + u >= length) break;
    // steps 6b and 6c: B = A repeated to v bytes; every v-byte block I_j of I becomes (I_j + B + 1) mod 2^(8v)
    const b = fill(a).subarray(0, v);
    for (let j = 0; j < i.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = (i[j + k] as number) + (b[k] as number) + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length);
}
