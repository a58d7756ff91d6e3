// Real keys, CSRs and certificates for the tests, the API double and the demo (nothing is hard-coded).
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export type KeyType = 'ec-p256' | 'rsa-2048';

export interface GeneratedCsr {
  readonly csrPem: string;
  readonly privateKeyPem: string;
  readonly keyType: KeyType;
}

const ALGORITHMS: Record<KeyType, RsaHashedKeyGenParams | EcKeyGenParams> = {
  'ec-p256': { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as EcKeyGenParams,
  'rsa-2048': { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
};

export async function generateKeyPair(keyType: KeyType): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ALGORITHMS[keyType], true, ['sign', 'verify'])) as CryptoKeyPair;
}

/**
 * A CSR for a new key. The subject is RFC 4514 text (parsed by the X.509 library), or, with commonName,
 * exactly that one CN as a UTF8String, whatever characters it holds (hostile subjects).
 */
export async function generateCsr(options: { keyType?: KeyType; subject?: string; commonName?: string } = {}): Promise<GeneratedCsr> {
  const keyType = options.keyType ?? 'ec-p256';
  const keys = await generateKeyPair(keyType);
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name:
      options.commonName !== undefined
        ? new x509.Name([{ CN: [{ utf8String: options.commonName }] }])
        : (options.subject ?? 'CN=deploy.example.com, O=Example Corp, OU=Platform, C=US, ST=California, L=San Francisco'),
    keys,
    signingAlgorithm: ALGORITHMS[keyType],
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const privateKeyPem = x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
  return { csrPem: csr.toString('pem'), privateKeyPem, keyType };
}

export interface CertificateAuthority {
  readonly certificate: x509.X509Certificate;
  readonly keys: CryptoKeyPair;
  readonly name: string;
}

export async function createCertificateAuthority(name: string): Promise<CertificateAuthority> {
  const keys = await generateKeyPair('rsa-2048');
  const now = new Date();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${name}, O=Cloudflare Inc., C=US`,
    notBefore: new Date(now.getTime() - 86_400_000),
    notAfter: new Date(now.getTime() + 20 * 365 * 86_400_000),
    keys,
    signingAlgorithm: ALGORITHMS['rsa-2048'],
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  return { certificate, keys, name };
}

export interface IssuedCertificate {
  readonly pem: string;
  readonly serialNumber: string;
  readonly ski: string;
  readonly subject: Readonly<Record<string, string>>;
}

/** Signs a client certificate for the CSR's key and subject, valid from notBefore for validityDays. */
export async function signCertificate(ca: CertificateAuthority, csrPem: string, notBefore: Date, validityDays: number): Promise<IssuedCertificate> {
  const csr = new x509.Pkcs10CertificateRequest(csrPem);
  const serial = webcrypto.getRandomValues(new Uint8Array(20));
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x10; // positive and exactly 20 bytes long
  const serialNumber = Buffer.from(serial).toString('hex');
  const notAfter = new Date(notBefore.getTime() + validityDays * 86_400_000);
  const skiExtension = await x509.SubjectKeyIdentifierExtension.create(csr.publicKey);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber,
    // The CSR's subject as its DER holds it: never re-read as RFC 4514 text, which would rewrite it.
    subject: csr.subjectName,
    issuer: ca.certificate.subject,
    notBefore,
    notAfter,
    publicKey: csr.publicKey,
    signingKey: ca.keys.privateKey,
    signingAlgorithm: ALGORITHMS['rsa-2048'],
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
      skiExtension,
      await x509.AuthorityKeyIdentifierExtension.create(ca.certificate),
    ],
  });
  const subject: Record<string, string> = {};
  for (const [key, values] of Object.entries(csr.subjectName.toJSON().reduce((all, rdn) => Object.assign(all, rdn), {}))) {
    subject[key] = (values as string[])[0] ?? '';
  }
  return { pem: certificate.toString('pem'), serialNumber, ski: skiExtension.keyId, subject };
}

/** Parses and verifies a CSR as a CA would; throws with a reason when it is not acceptable. */
export async function checkCsr(csrPem: string): Promise<void> {
  const csr = new x509.Pkcs10CertificateRequest(csrPem);
  if (!(await csr.verify())) throw new Error('signature does not verify');
}
