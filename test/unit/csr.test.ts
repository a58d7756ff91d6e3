import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CsrFormatError, normalizeCsrPem, parseCertificateRequest } from '../../src/csr.ts';
import { type GeneratedCsr, generateCsr } from '../support/pki.ts';

let ec: GeneratedCsr;
let rsa: GeneratedCsr;

beforeAll(async () => {
  [ec, rsa] = await Promise.all([generateCsr({ keyType: 'ec-p256' }), generateCsr({ keyType: 'rsa-2048' })]);
});

describe('normalizeCsrPem', () => {
  const forms: [string, (pem: string) => string][] = [
    ['real newlines', pem => pem],
    ['literal \\n escapes (a pasted secret)', pem => pem.trim().replace(/\n/g, '\\n')],
    ['literal \\r\\n escapes', pem => pem.trim().replace(/\n/g, '\\r\\n')],
    ['CRLF line ends', pem => pem.replace(/\n/g, '\r\n')],
    ['surrounding blanks and blank lines', pem => `\n\n   ${pem.replace(/\n/g, '\n  ')}   \n\n`],
    ['no final newline', pem => pem.trimEnd()],
    ['the legacy NEW CERTIFICATE REQUEST label', pem => pem.replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST')],
    [
      'the body in one long line',
      pem => pem.replace(/\n(?!-----)(?=[A-Za-z0-9+/])/g, '').replace('-----BEGIN CERTIFICATE REQUEST-----', '-----BEGIN CERTIFICATE REQUEST-----\n'),
    ],
  ];

  it.each(forms)('turns %s into canonical PEM with \\n line ends', (_name, transform) => {
    for (const { csrPem } of [ec, rsa]) {
      const canonical = normalizeCsrPem(csrPem).pem;
      const { pem } = normalizeCsrPem(transform(csrPem));
      expect(pem).toBe(canonical);
      expect(pem).not.toMatch(/\r|\\n/);
      expect(pem.startsWith('-----BEGIN CERTIFICATE REQUEST-----\n')).toBe(true);
      expect(pem.endsWith('\n-----END CERTIFICATE REQUEST-----\n')).toBe(true);
      expect(
        pem
          .split('\n')
          .slice(1, -2)
          .every(line => line.length <= 64),
      ).toBe(true);
    }
  });

  it('keeps the DER byte for byte', () => {
    const der = Buffer.from(rsa.csrPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    expect(normalizeCsrPem(rsa.csrPem.replace(/\n/g, '\\n')).der.equals(der)).toBe(true);
  });

  it.each([
    ['two CSRs', (pem: string) => pem + pem, /contains 2 PEM blocks/],
    ['text only', () => 'MIIBAAA=', /is not PEM/],
    ['a private key', () => ec.privateKeyPem, /^is a private key \(PEM "PRIVATE KEY"\), not a certificate request$/],
    ['a request with a private key after it', (pem: string) => `${pem}${rsa.privateKeyPem}`, /^is a private key \(PEM "PRIVATE KEY"\)/],
    ['a key cut short (no END line)', () => ec.privateKeyPem.split('\n').slice(0, 2).join('\n'), /^is a private key \(PEM "PRIVATE KEY"\)/],
  ])('rejects %s', (_name, make, message) => {
    expect(() => normalizeCsrPem(make(ec.csrPem))).toThrow(message);
  });
});

describe('bounded, linear handling of hostile text', () => {
  it('refuses text over 64 KiB before reading it as PEM', () => {
    expect(() => normalizeCsrPem(`${ec.csrPem}${' '.repeat(70 * 1024)}`)).toThrow(/is larger than 64 KiB/);
  });

  it.each([
    ['BEGIN lines without END', '-----BEGIN CERTIFICATE REQUEST-----\n'.repeat(1700)],
    ['labels that never close', '-----BEGIN '.repeat(5900)],
    ['one block with a huge body of blanks', `-----BEGIN CERTIFICATE REQUEST-----${' \n'.repeat(30_000)}-----END CERTIFICATE REQUEST-----`],
  ])('is quick on %s (linear, no backtracking)', (_name, text) => {
    const started = process.hrtime.bigint();
    expect(() => normalizeCsrPem(text)).toThrow(CsrFormatError);
    // A generous bound that only a super-linear scan (seconds to minutes here before) could pass.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(500);
  });
});

describe('parseCertificateRequest', () => {
  it.each(['ec', 'rsa'] as const)('reads the %s public key and verifies the signature', async kind => {
    const generated = kind === 'ec' ? ec : rsa;
    const request = await parseCertificateRequest(generated.csrPem.replace(/\n/g, '\\n'));
    const expected = createPublicKey(createPrivateKey(generated.privateKeyPem)).export({ type: 'spki', format: 'der' });
    expect(request.publicKey.export({ type: 'spki', format: 'der' }).equals(expected)).toBe(true);
    expect(request.publicKey.asymmetricKeyType).toBe(kind);
  });

  it.each([
    ['EC P-256', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1']],
    ['RSA 2048', ['-newkey', 'rsa:2048']],
    ['Ed25519', ['-newkey', 'ed25519']],
  ])('reads a %s request made by openssl req, the tool most users make theirs with', async (_name, keyArgs) => {
    const folder = mkdtempSync(join(tmpdir(), 'openssl-csr-'));
    const [csrFile, keyFile] = [join(folder, 'client.csr'), join(folder, 'client.key')];
    execFileSync('openssl', ['req', '-new', ...keyArgs, '-nodes', '-subj', '/CN=api-client/O=Example, Inc./C=US', '-keyout', keyFile, '-out', csrFile], {
      stdio: 'ignore',
    });
    const request = await parseCertificateRequest(readFileSync(csrFile, 'utf8'));
    const expected = createPublicKey(createPrivateKey(readFileSync(keyFile, 'utf8'))).export({ type: 'spki', format: 'der' });
    expect(request.publicKey.export({ type: 'spki', format: 'der' }).equals(expected)).toBe(true);
  });

  describe('every signature algorithm openssl req makes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'openssl-sig-'));
    const openssl = (args: string[]): string => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const keys: Record<string, string> = {};
    const key = (name: string, args: string[]): string => {
      if (keys[name] === undefined) {
        keys[name] = join(folder, `${name}.key`);
        openssl(['genpkey', ...args, '-out', keys[name]]);
      }
      return keys[name];
    };
    const KEYS: Record<string, () => string> = {
      rsa: () => key('rsa', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']),
      'rsa-pss': () => key('rsa-pss', ['-algorithm', 'RSA-PSS', '-pkeyopt', 'rsa_keygen_bits:2048']),
      p256: () => key('p256', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']),
      p384: () => key('p384', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384']),
      p521: () => key('p521', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521']),
      ed25519: () => key('ed25519', ['-algorithm', 'ED25519']),
    };
    /** A CSR made by openssl req with this key and these signing options; returns its PEM and the OID openssl printed for its algorithm. */
    const request = (keyName: string, options: string[]): { pem: string; keyFile: string; text: string } => {
      const keyFile = KEYS[keyName]?.() ?? '';
      const out = join(folder, `${keyName}-${options.join('_').replace(/[^a-z0-9]/gi, '')}.csr`);
      openssl(['req', '-new', '-key', keyFile, ...options, '-subj', '/CN=api-client/O=Example, Inc.', '-out', out]);
      return { pem: readFileSync(out, 'utf8'), keyFile, text: openssl(['req', '-in', out, '-noout', '-text']) };
    };
    const PSS = ['-sigopt', 'rsa_padding_mode:pss'];

    it.each([
      ['RSA, SHA-256', 'rsa', ['-sha256'], /sha256WithRSAEncryption/],
      ['RSA, SHA-384', 'rsa', ['-sha384'], /sha384WithRSAEncryption/],
      ['RSA, SHA-512', 'rsa', ['-sha512'], /sha512WithRSAEncryption/],
      ['EC P-256, SHA-256', 'p256', ['-sha256'], /ecdsa-with-SHA256/],
      ['EC P-256, SHA-384', 'p256', ['-sha384'], /ecdsa-with-SHA384/],
      ['EC P-256, SHA-512', 'p256', ['-sha512'], /ecdsa-with-SHA512/],
      ['EC P-384, SHA-256', 'p384', ['-sha256'], /ecdsa-with-SHA256/],
      ['EC P-384, SHA-384', 'p384', ['-sha384'], /ecdsa-with-SHA384/],
      ['EC P-384, SHA-512', 'p384', ['-sha512'], /ecdsa-with-SHA512/],
      ['EC P-521, SHA-512', 'p521', ['-sha512'], /ecdsa-with-SHA512/],
      ['RSA-PSS, SHA-256, salt 32', 'rsa', ['-sha256', ...PSS, '-sigopt', 'rsa_pss_saltlen:32'], /Hash Algorithm: sha256[\s\S]*Salt Length: 0x20/],
      ['RSA-PSS, SHA-384, salt 0', 'rsa', ['-sha384', ...PSS, '-sigopt', 'rsa_pss_saltlen:0'], /Hash Algorithm: sha384[\s\S]*Salt Length: 0x00/],
      [
        'RSA-PSS, SHA-512, the largest salt',
        'rsa',
        ['-sha512', ...PSS, '-sigopt', 'rsa_pss_saltlen:max'],
        /Hash Algorithm: sha512[\s\S]*Salt Length: 0x(?!40\b)/,
      ],
      ['RSA-PSS, SHA-256, openssl default salt', 'rsa', ['-sha256', ...PSS], /rsassaPss[\s\S]*Hash Algorithm: sha256/],
      ['an RSA-PSS key, SHA-256', 'rsa-pss', ['-sha256'], /Public Key Algorithm: rsassaPss[\s\S]*Signature Algorithm: rsassaPss/],
      ['Ed25519', 'ed25519', [], /ED25519/],
    ])('reads and verifies %s', async (_name, keyName, options, printed) => {
      const made = request(keyName, options as string[]);
      expect(made.text).toMatch(printed);
      const parsed = await parseCertificateRequest(made.pem);
      const expected = createPublicKey(createPrivateKey(readFileSync(made.keyFile, 'utf8'))).export({ type: 'spki', format: 'der' });
      expect(parsed.publicKey.export({ type: 'spki', format: 'der' }).equals(expected)).toBe(true);
    });

    it.each([
      ['RSA, SHA-1', 'rsa', ['-sha1'], /^is signed with an unsupported algorithm \(OID 1\.2\.840\.113549\.1\.1\.5\); use RSA/],
      ['EC, SHA-224', 'p256', ['-sha224'], /^is signed with an unsupported algorithm \(OID 1\.2\.840\.10045\.4\.3\.1\)/],
      ['RSA-PSS, SHA-1', 'rsa', ['-sha1', ...PSS], /^is signed with RSA-PSS over an unsupported digest \(OID 1\.3\.14\.3\.2\.26/],
      [
        'RSA-PSS, MGF1 over another digest',
        'rsa',
        ['-sha256', ...PSS, '-sigopt', 'rsa_mgf1_md:sha1'],
        /^is signed with RSA-PSS whose mask generation is not MGF1 over the same digest/,
      ],
    ])('refuses %s, saying what to use', async (_name, keyName, options, message) => {
      await expect(parseCertificateRequest(request(keyName, options as string[]).pem)).rejects.toThrow(message);
    });

    it('checks the PSS salt length the request names: another one does not verify', async () => {
      const der = Buffer.from(normalizeCsrPem(request('rsa', ['-sha256', ...PSS, '-sigopt', 'rsa_pss_saltlen:32']).pem).der);
      // [2] { INTEGER 32 } in the signature algorithm's parameters, outside the signed part: 20 instead.
      const at = der.lastIndexOf(Buffer.from([0xa2, 0x03, 0x02, 0x01, 0x20]));
      expect(at).toBeGreaterThan(0);
      der[at + 4] = 20;
      const altered = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----`;
      await expect(parseCertificateRequest(altered)).rejects.toThrow(/signature that does not verify/);
    });

    it('refuses damaged PSS parameters as a request that does not parse', async () => {
      const der = Buffer.from(normalizeCsrPem(request('rsa', ['-sha256', ...PSS, '-sigopt', 'rsa_pss_saltlen:32']).pem).der);
      const at = der.lastIndexOf(Buffer.from([0xa2, 0x03, 0x02, 0x01, 0x20]));
      der[at] = 0xa5; // an unknown field in place of saltLength
      const altered = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----`;
      await expect(parseCertificateRequest(altered)).rejects.toThrow(/its RSA-PSS parameters are damaged/);
    });
  });

  it('rejects a request altered after it was signed', async () => {
    // One letter of the subject changed: the structure still parses, the signature no longer verifies.
    const der = Buffer.from(normalizeCsrPem(ec.csrPem).der);
    const at = der.indexOf('deploy.example.com');
    expect(at).toBeGreaterThan(0);
    der[at] = 'D'.charCodeAt(0);
    const altered = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----`;
    await expect(parseCertificateRequest(altered)).rejects.toThrow(/signature that does not verify/);
  });

  it.each([
    ['cut short', (der: Buffer) => der.subarray(0, der.length - 10)],
    ['with trailing bytes', (der: Buffer) => Buffer.concat([der, Buffer.from([0, 0])])],
    ['with an indefinite length (BER, not DER)', (der: Buffer) => Buffer.concat([Buffer.from([0x30, 0x80]), der.subarray(2), Buffer.from([0, 0])])],
    ['a length past its parent', (der: Buffer) => Buffer.concat([Buffer.from([0x30, 0x84, 0x7f, 0xff, 0xff, 0xff]), der.subarray(2)])],
    ['something else entirely', () => Buffer.from('hello world, this is not ASN.1')],
  ])('rejects a DER body %s, as a CsrFormatError', async (_name, change) => {
    const der = change(normalizeCsrPem(rsa.csrPem).der);
    const pem = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----`;
    await expect(parseCertificateRequest(pem)).rejects.toThrow(/does not parse as a PKCS#10 certificate request/);
  });
});
