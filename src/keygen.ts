import { webcrypto } from 'node:crypto';
import { type CertificateRequest, parseCertificateRequest } from './csr.js';
import type { KeyRequest, KeyType } from './inputs.js';

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

/**
 * Generates a key pair and a CSR signed with it. The X.509 library is loaded here only: no other path
 * needs it, and it is the heaviest module the action has.
 */
export async function generateKeyAndCsr(key: KeyRequest): Promise<GeneratedKey> {
  await import('reflect-metadata');
  const x509 = await import('@peculiar/x509');
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const algorithm = ALGORITHMS[key.keyType];
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  // Structured names: values with commas or plus signs need no escaping.
  const name: Record<string, string[]>[] = [{ CN: [key.commonName] }];
  const optional: [string, string | undefined][] = [
    ['O', key.organization],
    ['OU', key.organizationalUnit],
    ['C', key.country],
    ['ST', key.state],
    ['L', key.locality],
  ];
  for (const [type, value] of optional) if (value !== undefined) name.push({ [type]: [value] });
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name,
    keys,
    signingAlgorithm: { ...algorithm, hash: 'SHA-256' },
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const privateKeyPem = x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
  return { privateKeyPem: privateKeyPem.endsWith('\n') ? privateKeyPem : `${privateKeyPem}\n`, request: await parseCertificateRequest(csr.toString('pem')) };
}
