// PKCS#12 bundles are checked by the readers that matter, not by this project's own parser: OpenSSL
// (MAC, decryption, the algorithms it reports), node:crypto's TLS stack, and Java's keytool when present.
import { execFile } from 'node:child_process';
import { createHash, createPrivateKey, X509Certificate } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { PKCS12_ALGORITHM_SETS as PKCS12_ALGORITHMS } from '../../src/config/types.ts';
import { buildPkcs12, PKCS12_LEGACY_ITERATIONS, PKCS12_MODERN_ITERATIONS, type Pkcs12Algorithms, pkcs12Kdf } from '../../src/pkcs12.ts';
import { createCertificateAuthority, generateCsr, type KeyType, signCertificate } from '../support/pki.ts';

const PASSWORD = 'correct horse battery staple';
const NON_ASCII_PASSWORD = 'pässwörd-✓';
const FRIENDLY_NAME = 'deploy.example.com';
const KEY_TYPES: readonly KeyType[] = ['ec-p256', 'rsa-2048'];

interface Pair {
  readonly privateKeyPem: string;
  readonly certificatePem: string;
  readonly certificate: X509Certificate;
}

interface Run {
  readonly status: number;
  /** stdout and stderr together: openssl pkcs12 -info writes its report to stderr. */
  readonly output: string;
}

/** Runs a tool with the password in the environment (P12_PASS), never on the command line. */
function run(command: string, args: string[], password: string): Promise<Run> {
  return new Promise(resolve => {
    execFile(command, args, { env: { ...process.env, P12_PASS: password }, encoding: 'utf8', timeout: 20_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ status, output: `${stdout}${stderr}` });
    });
  });
}

const openssl = (args: string[], password: string): Promise<Run> => run('openssl', ['pkcs12', ...args, '-passin', 'env:P12_PASS'], password);

const onPath = (name: string): boolean =>
  (process.env.PATH ?? '').split(delimiter).some(folder => {
    try {
      accessSync(join(folder, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const hasKeytool = onPath('keytool');

const count = (text: string, part: string): number => text.split(part).length - 1;
const pkcs8 = (pem: string): Buffer => createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
const pemBlocks = (text: string, label: string): string[] =>
  [...text.matchAll(/-----BEGIN ([A-Z ]+)-----[\s\S]*?-----END \1-----/g)].filter(match => match[1] === label).map(match => match[0]);

const folder = await mkdtemp(join(tmpdir(), 'pkcs12-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const ca = await createCertificateAuthority('Test Client CA');
const pairs = new Map<KeyType, Pair>(
  await Promise.all(
    KEY_TYPES.map(async (keyType): Promise<[KeyType, Pair]> => {
      const csr = await generateCsr({ keyType });
      const issued = await signCertificate(ca, csr.csrPem, new Date(Date.now() - 86_400_000), 30);
      return [keyType, { privateKeyPem: csr.privateKeyPem, certificatePem: issued.pem, certificate: new X509Certificate(issued.pem) }];
    }),
  ),
);
const pair = (keyType: KeyType): Pair => pairs.get(keyType) as Pair;

/** Writes a bundle to the temporary folder and returns its path. */
async function save(name: string, bundle: Buffer): Promise<string> {
  const path = join(folder, `${name}.p12`);
  await writeFile(path, bundle);
  return path;
}

interface Case {
  readonly algorithms: Pkcs12Algorithms;
  readonly keyType: KeyType;
  readonly bundle: Buffer;
  readonly path: string;
}

const cases: Case[] = await Promise.all(
  PKCS12_ALGORITHMS.flatMap(algorithms =>
    KEY_TYPES.map(async keyType => {
      const { privateKeyPem, certificatePem } = pair(keyType);
      const bundle = await buildPkcs12({ privateKeyPem, certificatePem, password: PASSWORD, algorithms, friendlyName: FRIENDLY_NAME });
      return { algorithms, keyType, bundle, path: await save(`${algorithms}-${keyType}`, bundle) };
    }),
  ),
);

describe.each(cases)('buildPkcs12 $algorithms with an $keyType key', ({ algorithms, keyType, bundle, path }) => {
  it('passes openssl pkcs12 -info (MAC verified, bags decrypted) with the algorithms of its set, certificate first', async () => {
    const { status, output } = await openssl(['-info', '-noout', '-in', path], PASSWORD);
    expect(status, output).toBe(0);
    if (algorithms === 'modern') {
      expect(output).toContain(`MAC: sha256, Iteration ${PKCS12_MODERN_ITERATIONS}\n`);
      expect(output).toContain('MAC length: 32, salt length: 16');
      const pbes2 = `PBES2, PBKDF2, AES-256-CBC, Iteration ${PKCS12_MODERN_ITERATIONS}, PRF hmacWithSHA256`;
      expect(output).toContain(`PKCS7 Encrypted data: ${pbes2}\n`);
      expect(output).toContain(`Shrouded Keybag: ${pbes2}\n`);
      expect(PKCS12_MODERN_ITERATIONS).toBe(100_000);
    } else {
      expect(output).toContain(`MAC: sha1, Iteration ${PKCS12_LEGACY_ITERATIONS}\n`);
      expect(output).toContain('MAC length: 20, salt length: 8');
      const pbe = `pbeWithSHA1And3-KeyTripleDES-CBC, Iteration ${PKCS12_LEGACY_ITERATIONS}`;
      expect(output).toContain(`PKCS7 Encrypted data: ${pbe}\n`);
      expect(output).toContain(`Shrouded Keybag: ${pbe}\n`);
      expect(output).not.toContain('PBES2');
      expect(output).not.toMatch(/RC2|AES/i);
      expect(PKCS12_LEGACY_ITERATIONS).toBe(2048);
    }
    // OpenSSL's layout: the encrypted certificate SafeContents, then the key bag in plain Data.
    const order = ['PKCS7 Encrypted data', 'Certificate bag', 'PKCS7 Data', 'Shrouded Keybag'].map(part => output.indexOf(part));
    expect(order.every(index => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(count(output, 'Certificate bag')).toBe(1);
    expect(count(output, 'Shrouded Keybag')).toBe(1);
  });

  it('gives back through openssl the same key and certificate, paired by localKeyId and named', async () => {
    const { status, output } = await openssl(['-info', '-nodes', '-in', path], PASSWORD);
    expect(status, output).toBe(0);
    const keys = pemBlocks(output, 'PRIVATE KEY');
    const certificates = pemBlocks(output, 'CERTIFICATE');
    expect(keys).toHaveLength(1);
    expect(certificates).toHaveLength(1);
    expect(pkcs8(keys[0] as string).equals(pkcs8(pair(keyType).privateKeyPem))).toBe(true);
    expect(new X509Certificate(certificates[0] as string).raw.equals(pair(keyType).certificate.raw)).toBe(true);
    const sha1 = createHash('sha1').update(pair(keyType).certificate.raw).digest('hex').toUpperCase().match(/../g)?.join(' ');
    expect(count(output, `localKeyID: ${sha1}`)).toBe(2);
    expect(count(output, `friendlyName: ${FRIENDLY_NAME}\n`)).toBe(2);
  });

  it('is read by node:crypto with the password and refused with another', () => {
    expect(() => createSecureContext({ pfx: bundle, passphrase: PASSWORD })).not.toThrow();
    expect(() => createSecureContext({ pfx: bundle, passphrase: `${PASSWORD}!` })).toThrow(/mac verify failure/i);
  });
});

describe('buildPkcs12 with Java', () => {
  // Java before 8u301 and 11.0.12 cannot read the modern set; 17 reads both.
  it.skipIf(!hasKeytool)('keytool lists each bundle as one PrivateKeyEntry holding the certificate', async () => {
    const runs = await Promise.all(
      cases.map(({ path }) => run('keytool', ['-list', '-v', '-storetype', 'PKCS12', '-keystore', path, '-storepass:env', 'P12_PASS'], PASSWORD)),
    );
    for (const [index, { status, output }] of runs.entries()) {
      const { algorithms, keyType } = cases[index] as Case;
      const label = `${algorithms} ${keyType}: ${output}`;
      expect(status, label).toBe(0);
      expect(output, label).toContain('Your keystore contains 1 entry');
      expect(count(output, 'Entry type: PrivateKeyEntry'), label).toBe(1);
      expect(output, label).toContain(`Alias name: ${FRIENDLY_NAME}`);
      expect(output, label).toContain(`SHA256: ${pair(keyType).certificate.fingerprint256}`);
    }
  });
});

describe('buildPkcs12 passwords and names', () => {
  it('fails openssl MAC verification with a wrong password', async () => {
    const results = await Promise.all(cases.map(({ path }) => openssl(['-info', '-noout', '-in', path], `${PASSWORD}?`)));
    for (const { status, output } of results) {
      expect(status).not.toBe(0);
      expect(output).toMatch(/Mac verify error/i);
    }
  });

  it.each(PKCS12_ALGORITHMS)('opens in openssl and node:crypto with a non-ASCII password (%s)', async algorithms => {
    const { privateKeyPem, certificatePem } = pair('ec-p256');
    const bundle = await buildPkcs12({ privateKeyPem, certificatePem, password: NON_ASCII_PASSWORD, algorithms });
    const path = await save(`non-ascii-${algorithms}`, bundle);
    const [info, extract] = await Promise.all([
      openssl(['-info', '-noout', '-in', path], NON_ASCII_PASSWORD),
      openssl(['-nodes', '-in', path], NON_ASCII_PASSWORD),
    ]);
    expect(info.status, info.output).toBe(0);
    expect(extract.status, extract.output).toBe(0);
    expect(pkcs8(pemBlocks(extract.output, 'PRIVATE KEY')[0] as string).equals(pkcs8(privateKeyPem))).toBe(true);
    expect(() => createSecureContext({ pfx: bundle, passphrase: NON_ASCII_PASSWORD })).not.toThrow();
    // The same letters without the accents are another password.
    expect((await openssl(['-info', '-noout', '-in', path], 'passwort-✓')).status).not.toBe(0);
  });

  it('leaves friendlyName out when none is given, and keeps localKeyId', async () => {
    const { privateKeyPem, certificatePem } = pair('ec-p256');
    const path = await save('unnamed', await buildPkcs12({ privateKeyPem, certificatePem, password: PASSWORD, algorithms: 'legacy' }));
    const { status, output } = await openssl(['-info', '-nodes', '-in', path], PASSWORD);
    expect(status, output).toBe(0);
    expect(output).not.toContain('friendlyName');
    expect(count(output, 'localKeyID:')).toBe(2);
  });

  it('writes a fresh salt, IV and MAC each time', async () => {
    const { privateKeyPem, certificatePem } = pair('ec-p256');
    for (const algorithms of PKCS12_ALGORITHMS) {
      const options = { privateKeyPem, certificatePem, password: PASSWORD, algorithms, friendlyName: FRIENDLY_NAME };
      const [first, second] = await Promise.all([buildPkcs12(options), buildPkcs12(options)]);
      expect(first.equals(second)).toBe(false);
      // Same layout: only random bytes differ.
      expect(first.length).toBe(second.length);
      expect(() => createSecureContext({ pfx: second, passphrase: PASSWORD })).not.toThrow();
    }
  });
});

describe('buildPkcs12 refusals', () => {
  const ec = (): Pair => pair('ec-p256');
  const rsa = (): Pair => pair('rsa-2048');
  const refusal = async (change: Partial<Parameters<typeof buildPkcs12>[0]>): Promise<Error> => {
    const options = { privateKeyPem: ec().privateKeyPem, certificatePem: ec().certificatePem, password: PASSWORD, algorithms: 'modern' as const, ...change };
    const error = await buildPkcs12(options).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    if (!error) throw new Error('expected buildPkcs12 to throw');
    // No secret in a message that the action prints.
    if (options.password !== '') expect(error.message).not.toContain(options.password);
    expect(error.message).not.toContain('PRIVATE KEY');
    for (const line of options.privateKeyPem.split('\n').filter(part => part.length > 20)) expect(error.message).not.toContain(line);
    return error;
  };

  it.each(PKCS12_ALGORITHMS)('refuses a key that does not belong to the certificate (%s)', async algorithms => {
    expect((await refusal({ algorithms, privateKeyPem: rsa().privateKeyPem })).message).toMatch(/does not belong to the certificate/);
    const other = await generateCsr({ keyType: 'ec-p256' });
    expect((await refusal({ algorithms, privateKeyPem: other.privateKeyPem })).message).toMatch(/does not belong to the certificate/);
  });

  it('refuses an unreadable or encrypted key, and no or several certificates', async () => {
    expect((await refusal({ privateKeyPem: 'not a key' })).message).toMatch(/not an unencrypted PEM private key/);
    const encrypted = createPrivateKey(ec().privateKeyPem).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' }) as string;
    expect((await refusal({ privateKeyPem: encrypted })).message).toMatch(/not an unencrypted PEM private key/);
    expect((await refusal({ certificatePem: '' })).message).toMatch(/contains 0 certificates/);
    expect((await refusal({ certificatePem: `${ec().certificatePem}\n${rsa().certificatePem}` })).message).toMatch(/contains 2 certificates/);
  });

  it('refuses an empty password, a lone surrogate, and an unknown algorithm set', async () => {
    expect((await refusal({ password: '' })).message).toMatch(/password is empty/);
    expect((await refusal({ password: 'abc\uD800def' })).message).toMatch(/unpaired UTF-16 surrogate/);
    expect((await refusal({ algorithms: 'rc2' as Pkcs12Algorithms })).message).toMatch(/unknown PKCS#12 algorithm set/);
  });
});

describe('pkcs12Kdf (RFC 7292 Appendix B.2)', () => {
  // OpenSSL 3's PKCS12KDF takes the password already as a BMPString, as pkcs12Kdf does.
  it.each([
    { digest: 'sha1', id: 1, iterations: 2048, length: 24, password: NON_ASCII_PASSWORD },
    { digest: 'sha1', id: 2, iterations: 2048, length: 8, password: PASSWORD },
    { digest: 'sha256', id: 3, iterations: 1000, length: 32, password: NON_ASCII_PASSWORD.repeat(8) },
  ] as const)('matches openssl kdf PKCS12KDF ($digest, ID $id, $length bytes)', async ({ digest, id, iterations, length, password }) => {
    const bmp = Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
    const salt = Buffer.from('0123456789abcdef0123', 'hex');
    const options = [`digest:${digest}`, `hexpass:${bmp.toString('hex')}`, `hexsalt:${salt.toString('hex')}`, `iter:${iterations}`, `id:${id}`];
    const { status, output } = await run('openssl', ['kdf', '-keylen', String(length), ...options.flatMap(option => ['-kdfopt', option]), 'PKCS12KDF'], '');
    expect(status, output).toBe(0);
    expect(pkcs12Kdf(digest, bmp, salt, id, iterations, length).toString('hex')).toBe(output.trim().replaceAll(':', '').toLowerCase());
  });
});
