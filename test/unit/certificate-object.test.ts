// The one check of a certificate object from the API, against what the live API is known to answer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCertificateObject, readCertificate } from '../../src/cloudflare/certificate-object.ts';
import type { Envelope } from '../../src/cloudflare/envelope.ts';
import { UnexpectedResponseError } from '../../src/cloudflare/errors.ts';
import { canonicalId, isId } from '../../src/identifier.ts';

/** Cloudflare's own published create response (test/fixtures/README.md). */
const published = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/cloudflare-docs-create-response.json'), 'utf8')) as {
  result: Record<string, unknown>;
};
const context = { status: 200, ray: 'abc-TST' };
const envelope = (result: unknown): Envelope => ({ result, resultInfo: undefined, messages: [], response: context });

describe("Cloudflare's published create response", () => {
  it('has the live shape: UUID id and CA id, a decimal serial number, validity_days', () => {
    const { result } = published;
    expect(result.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((result.certificate_authority as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.serial_number).toMatch(/^[0-9]+$/);
    expect(result.validity_days).toBe(3650);
  });

  it('passes the object check, which hands the id on as given (already canonical)', () => {
    const checked = checkCertificateObject(published.result, 'a "result"', context);
    expect(checked.id).toBe('7bf7f70c-7600-42e1-81c4-e4c0da9aa515');
    expect(checked.serial_number).toBe('133270673305904147240315902291726509220894288063');
    expect(checked.certificate_authority?.id).toBe('8f5606d9-5133-4e53-b062-a2e5da51be5e');
    expect(readCertificate(envelope(published.result)).id).toBe('7bf7f70c-7600-42e1-81c4-e4c0da9aa515');
  });

  it('and its CA id is an id of the authority kind, so it may reach an output', () => {
    expect(canonicalId('authority', '8F5606D9-5133-4E53-B062-A2E5DA51BE5E')).toBe('8f5606d9-5133-4e53-b062-a2e5da51be5e');
  });
});

describe('checkCertificateObject', () => {
  it("takes the schema's 32-hex ids too, and lower-cases any id", () => {
    expect(checkCertificateObject({ ...published.result, id: 'ABCDEF0123456789ABCDEF0123456789' }, 'x', context).id).toBe('abcdef0123456789abcdef0123456789');
    expect(checkCertificateObject({ ...published.result, id: '7BF7F70C-7600-42E1-81C4-E4C0DA9AA515' }, 'x', context).id).toBe(
      '7bf7f70c-7600-42e1-81c4-e4c0da9aa515',
    );
  });

  it.each([
    ['a path', '../../zones'],
    ['a UUID without hyphens in the wrong places', '7bf7f70c7600-42e1-81c4-e4c0da9aa515-'],
    ['a UUID with a letter past f', '7bf7f70c-7600-42e1-81c4-e4c0da9aa51g'],
    ['33 hexadecimal characters', 'a'.repeat(33)],
    ['a number', 42],
    ['a UUID and more', '7bf7f70c-7600-42e1-81c4-e4c0da9aa515/../x'],
  ])('refuses an id that is %s, never echoing it', (_name, id) => {
    expect(() => checkCertificateObject({ ...published.result, id }, 'a "result"', context)).toThrow(UnexpectedResponseError);
    expect(() => checkCertificateObject({ ...published.result, id }, 'a "result"', context)).toThrow(/whose "id" is .*, not a certificate id/);
    try {
      checkCertificateObject({ ...published.result, id }, 'a "result"', context);
    } catch (error) {
      if (typeof id === 'string') expect((error as Error).message).not.toContain(id);
    }
  });
});

describe('identifier kinds', () => {
  it.each([
    ['zone', '023e105f4ecef8ad9ca31a8372d0c353', true],
    ['zone', '7bf7f70c-7600-42e1-81c4-e4c0da9aa515', false],
    ['account', '023e105f4ecef8ad9ca31a8372d0c353', true],
    ['certificate', '7bf7f70c-7600-42e1-81c4-e4c0da9aa515', true],
    ['certificate', '023e105f4ecef8ad9ca31a8372d0c353', true],
    ['certificate', '023e105f4ecef8ad9ca31a8372d0c35', false],
    ['authority', '8f5606d9-5133-4e53-b062-a2e5da51be5e', true],
    ['mtls-certificate', 'b2134436-2555-4acf-be5b-26c48136575e', true],
    ['mtls-certificate', '023e105f4ecef8ad9ca31a8372d0c353', false],
    ['ruleset', '2f2feab2026849078ba485f918791bdc', true],
    ['ruleset', '7bf7f70c-7600-42e1-81c4-e4c0da9aa515', false],
    ['rule', '3a03d665bac047339bb530ecb439a90d', true],
    ['rule', '3a03d665bac047339bb530ecb439a90', false],
  ] as const)('%s: %s is %s', (kind, value, valid) => {
    expect(isId(kind, value)).toBe(valid);
    expect(isId(kind, value.toUpperCase())).toBe(valid);
  });
});
