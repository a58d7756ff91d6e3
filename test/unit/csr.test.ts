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
    ['a private key', () => ec.privateKeyPem, /is a PEM "PRIVATE KEY"/],
  ])('rejects %s', (_name, make, message) => {
    expect(() => normalizeCsrPem(make(ec.csrPem))).toThrow(message);
  });
});

describe('parseCertificateRequest', () => {
  it.each(['ec', 'rsa'] as const)('reads the %s public key and verifies the signature', async kind => {
    const generated = kind === 'ec' ? ec : rsa;
    const request = await parseCertificateRequest(generated.csrPem.replace(/\n/g, '\\n'));
    const expected = createPublicKey(createPrivateKey(generated.privateKeyPem)).export({ type: 'spki', format: 'der' });
    expect(request.publicKeySpki.equals(expected)).toBe(true);
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
    expect(request.publicKeySpki.equals(expected)).toBe(true);
  });

  it('rejects a request whose signature belongs to another key', async () => {
    // Graft RSA's signature onto EC's request info: a structurally valid CSR that does not verify.
    const { AsnConvert } = await import('@peculiar/asn1-schema');
    const { CertificationRequest } = await import('@peculiar/asn1-csr');
    const ecRequest = AsnConvert.parse(normalizeCsrPem(ec.csrPem).der, CertificationRequest);
    const rsaRequest = AsnConvert.parse(normalizeCsrPem(rsa.csrPem).der, CertificationRequest);
    ecRequest.signature = rsaRequest.signature;
    const forged = Buffer.from(AsnConvert.serialize(ecRequest)).toString('base64');
    await expect(parseCertificateRequest(`-----BEGIN CERTIFICATE REQUEST-----\n${forged}\n-----END CERTIFICATE REQUEST-----`)).rejects.toThrow(CsrFormatError);
  });
});
