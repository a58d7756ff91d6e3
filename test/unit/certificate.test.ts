import { createHash, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFailures, sameSerialNumber, type VerifiedCertificate, verifyCertificate } from '../../src/certificate.ts';
import { VerificationError } from '../../src/cloudflare/errors.ts';
import type { ClientCertificate } from '../../src/cloudflare/types.ts';
import { parseCertificateRequest } from '../../src/csr.ts';
import { newId } from '../support/fixtures.ts';
import { createCertificateAuthority, generateCsr, signCertificate } from '../support/pki.ts';

const ca = await createCertificateAuthority('Test CA');
const csr = await generateCsr({ keyType: 'ec-p256' });
const other = await generateCsr({ keyType: 'ec-p256' });
const issuedOn = new Date('2026-01-01T00:00:00Z');
const issued = await signCertificate(ca, csr.csrPem, issuedOn, 365);
const der = new X509Certificate(issued.pem).raw;
const fingerprint = createHash('sha256').update(der).digest('hex');
const id = newId();

const api = (change: Partial<ClientCertificate> = {}): ClientCertificate => ({
  id,
  certificate: issued.pem,
  fingerprint_sha256: fingerprint,
  serial_number: issued.serialNumber,
  expires_on: '2027-01-01T00:00:00Z',
  issued_on: '2026-01-01T00:00:00Z',
  common_name: 'deploy.example.com',
  status: 'active',
  ...change,
});

describe('verifyCertificate', () => {
  it('computes the fingerprint from the DER and the days left from the certificate', async () => {
    const { publicKey } = await parseCertificateRequest(csr.csrPem);
    const verified = verifyCertificate(api({ fingerprint_sha256: undefined }), { publicKey, id }, new Date('2026-12-01T12:00:00Z'));
    expect(verified.fingerprint).toBe(fingerprint);
    expect(verified.daysRemaining).toBe(30);
    expect(verified.notAfter.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(verified.warnings).toEqual([]);
  });

  it('accepts the fingerprint in upper case with colons, and a PEM with literal \\n', () => {
    const colons = fingerprint.toUpperCase().match(/../g)?.join(':');
    expect(verifyCertificate(api({ fingerprint_sha256: colons, certificate: issued.pem.replace(/\n/g, '\\n') }), {}).fingerprint).toBe(fingerprint);
  });

  it.each([
    ["a fingerprint that is not the certificate's", api({ fingerprint_sha256: 'ab'.repeat(32) }), {}, /is not the SHA-256 of the certificate/],
    ['another certificate than asked for', api(), { id: newId() }, /when certificate .* was asked for/],
    ['no id', api({ id: undefined }), {}, /without a valid id \(a UUID, or 32 hexadecimal characters\)/],
    ['an id of another shape', api({ id: `${id}-1` }), {}, /without a valid id/],
    ["a serial number that is not the certificate's", api({ serial_number: '01' }), {}, /serial number/],
    [
      'a PEM that does not parse',
      api({ certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' }),
      {},
      /does not parse as an X.509 certificate/,
    ],
  ])('rejects %s', (_name, certificate, expected, message) => {
    expect(() => verifyCertificate(certificate, expected)).toThrow(VerificationError);
    expect(() => verifyCertificate(certificate, expected)).toThrow(message);
  });

  it("takes a UUID id, the live API's, in any case, and hands it on in lower case", () => {
    const uuid = '7BF7F70C-7600-42E1-81C4-E4C0DA9AA515';
    expect(verifyCertificate(api({ id: uuid }), { id: uuid.toLowerCase() }).id).toBe(uuid.toLowerCase());
  });

  it("compares the serial number as a number: decimal (Cloudflare's published answer), hex in either case, colons, leading zeros", () => {
    const hex = issued.serialNumber;
    const forms = [
      BigInt(`0x${hex}`).toString(10),
      hex.toUpperCase(),
      hex.toLowerCase(),
      `00${hex}`,
      hex.match(/../g)?.join(':') ?? '',
      (hex.toUpperCase().match(/../g) ?? []).join(':'),
    ];
    for (const serial of forms) {
      const verified = verifyCertificate(api({ serial_number: serial }), {});
      // The output stays the certificate's own, in lower-case hexadecimal.
      expect(verified.serialNumber).toBe(hex.replace(/^0+/, ''));
    }
    expect(() => verifyCertificate(api({ serial_number: (BigInt(`0x${hex}`) + 1n).toString(10) }), {})).toThrow(/serial number/);
  });

  it("rejects a certificate for another key than the CSR's", async () => {
    const { publicKey } = await parseCertificateRequest(other.csrPem);
    expect(() => verifyCertificate(api(), { publicKey })).toThrow(/not issued for the CSR's key/);
  });

  it('warns when the reported expiry disagrees with the certificate by more than a day', () => {
    const verified = verifyCertificate(api({ expires_on: '2030-01-01T00:00:00Z' }), {}, issuedOn);
    expect(verified.warnings).toEqual([expect.stringMatching(/expires on 2030-01-01T00:00:00Z, but the certificate itself says 2027-01-01/)]);
    expect(verified.daysRemaining).toBe(365);
  });
});

describe('the common name comes from the certificate, never from the API', () => {
  const withSubject = async (subject: string): Promise<ClientCertificate> => {
    const request = await generateCsr({ subject });
    const certificate = await signCertificate(ca, request.csrPem, issuedOn, 365);
    return api({ certificate: certificate.pem, fingerprint_sha256: undefined, serial_number: undefined, expires_on: undefined });
  };

  it("takes the certificate's CN, with a warning, when the API's common_name says something else", () => {
    const verified = verifyCertificate(api({ common_name: 'admin' }), {});
    expect(verified.commonName).toBe('deploy.example.com');
    expect(verified.warnings).toEqual([expect.stringMatching(/reports common name "admin" .* the certificate itself says "deploy\.example\.com"/)]);
  });

  it.each([
    ['an escaped comma and quote, in a multi-valued RDN', 'O=Example+CN=a\\, \\"b\\", C=US', 'a, "b"'],
    ['several CNs: the last, most specific', 'CN=first, O=Example, CN=second', 'second'],
    ['a line break inside', 'CN=one\\0atwo', 'one\ntwo'],
  ])('reads %s', async (_name, subject, expected) => {
    const verified = verifyCertificate({ ...(await withSubject(subject)), common_name: undefined }, {});
    expect(verified.commonName).toBe(expected);
  });

  it("is '' when the certificate has no CN, whatever the API says", async () => {
    const verified = verifyCertificate({ ...(await withSubject('O=Example, C=US')), common_name: 'admin' }, {});
    expect(verified.commonName).toBe('');
  });
});

describe('policyFailures', () => {
  const at = (now: string, change: Partial<ClientCertificate> = {}): VerifiedCertificate => verifyCertificate(api(change), {}, new Date(now));

  it('passes an active certificate with enough days left', () => {
    expect(policyFailures(at('2026-06-01T00:00:00Z'), { requireActive: true, minDaysRemaining: 30 })).toEqual([]);
  });

  it('fails a revoked certificate unless require-active is false', () => {
    const revoked = at('2026-06-01T00:00:00Z', { status: 'revoked' });
    expect(policyFailures(revoked, { requireActive: true, minDaysRemaining: undefined })).toEqual([expect.stringMatching(/is revoked, not active/)]);
    expect(policyFailures(revoked, { requireActive: false, minDaysRemaining: undefined })).toEqual([]);
  });

  it('fails when fewer whole days remain than min-days-remaining, and passes at exactly that many', () => {
    const justUnder = at('2026-12-02T00:00:01Z'); // 29 days and a bit
    expect(justUnder.daysRemaining).toBe(29);
    expect(policyFailures(justUnder, { requireActive: true, minDaysRemaining: 30 })).toEqual([
      expect.stringMatching(/29 days left, fewer than min-days-remaining \(30\)/),
    ]);
    expect(policyFailures(at('2026-12-02T00:00:00Z'), { requireActive: true, minDaysRemaining: 30 })).toEqual([]);
  });

  it('fails an expired certificate that the API still calls active', () => {
    expect(policyFailures(at('2027-02-01T00:00:00Z'), { requireActive: true, minDaysRemaining: undefined })).toEqual([
      expect.stringMatching(/expired on 2027-01-01/),
    ]);
  });
});

describe('sameSerialNumber', () => {
  it.each([
    ['133270673305904147240315902291726509220894288063', '1758104d00e0f1f8d0fde73c3f4804908edf28bf', true],
    ['1758104D00E0F1F8D0FDE73C3F4804908EDF28BF', '1758104d00e0f1f8d0fde73c3f4804908edf28bf', true],
    ['17:58:10:4d:00:e0:f1:f8:d0:fd:e7:3c:3f:48:04:90:8e:df:28:bf', '1758104d00e0f1f8d0fde73c3f4804908edf28bf', true],
    ['0010', '10', true],
    // Digits alone are one number, not two: hexadecimal when as long as the certificate's hexadecimal
    // serial (without leading zeros), else decimal. "16" used to be accepted for 0x10 (read as decimal
    // 16 as well as hex 0x16), and so was "10": now "16" is 0x16, not this serial.
    ['16', '10', false],
    ['10', '10', true],
    ['11', '10', false],
    ['016', '10', false],
    ['16', 'a', false],
    ['10', 'a', true], // one hexadecimal digit: "10" is decimal 10
    ['65536', '10000', false], // five digits both ways: read as hexadecimal (0x65536), not as decimal 65536 = 0x10000
    ['4096', '1000', false],
    ['1000', '1000', true],
    ['255', 'ff', true], // three digits against two: decimal
    ['a:b', 'a0b', true], // one-digit groups are bytes: 0a0b
    ['A:B:C', 'a0b0c', true],
    ['a:b', 'ab', false],
    ['1:0', '100', true],
    ['1:0', '10', false],
    ['abc:', 'abc', false],
    ['a:bcd', 'abcd', false],
    ['0x10', '10', false],
    ['-16', '10', false],
    ['1 0', '10', false],
    ['1::0', '10', false],
    ['', '10', false],
    ['9'.repeat(81), '10', false],
  ])('%s against 0x%s: %s', (reported, certificateHex, same) => {
    expect(sameSerialNumber(reported, certificateHex)).toBe(same);
  });
});
