// Subject inputs through dist/ as the runner runs it: each value reaches the CSR, and the certificate
// issued for it, exactly as given, as one typed attribute; RFC 4514 syntax in a value is never parsed.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareDouble } from '../double/server.ts';
import { newAccount } from '../support/fixtures.ts';
import { registerSecrets, runAction } from '../support/run-action.ts';

const account = newAccount();
const { token, zoneId } = account;
let double: CloudflareDouble;

beforeAll(async () => {
  double = await CloudflareDouble.start(account.doubleOptions);
  registerSecrets(token);
});
afterAll(() => double.close());
afterEach(() => double.reset());

/** Short names as node:crypto and openssl print them, and the input each comes from. */
const ATTRIBUTES = [
  ['CN', 'common-name'],
  ['O', 'organization'],
  ['OU', 'organizational-unit'],
  ['C', 'country'],
  ['ST', 'state'],
  ['L', 'locality'],
] as const;
const OIDS: Readonly<Record<string, string>> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.6': 'C', '2.5.4.8': 'ST', '2.5.4.7': 'L' };

/**
 * Reads `openssl x509 -subject -nameopt RFC2253` output: RDNs split on unescaped `,`, attributes on
 * unescaped `+`; `\c` is c and `\XX` a byte of the UTF-8 text (RFC 4514 section 2.4).
 */
function parseRfc2253(text: string): [type: string, value: string][][] {
  const rdns: [string, string][][] = [[]];
  let type = '';
  let bytes: number[] = [];
  let inValue = false;
  const end = (): void => {
    rdns.at(-1)?.push([type, Buffer.from(bytes).toString('utf8')]);
    [type, bytes, inValue] = ['', [], false];
  };
  for (let i = 0; i < text.length; i++) {
    const character = text[i] as string;
    if (!inValue) {
      if (character === '=') inValue = true;
      else type += character;
    } else if (character === '\\') {
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(text[++i] ?? '', 'utf8'));
      }
    } else if (character === ',' || character === '+') {
      end();
      if (character === ',') rdns.push([]);
    } else {
      bytes.push(...Buffer.from(character, 'utf8'));
    }
  }
  end();
  return rdns;
}

const cases: [string, Record<string, string>][] = [
  [
    'quotes, #hex, backslash escapes and separators',
    {
      'common-name': 'deploy-x"admin"',
      organization: 'Acme\\0aEvil Corp',
      'organizational-unit': '#0c0561646d696e',
      state: 'a,b+c=d;e<f>g',
      locality: 'Zürich – 東京 ✓ #',
    },
  ],
  [
    'a lone #, backslashes at either end, spaces inside',
    {
      'common-name': '#zz',
      organization: '\\ leading backslash and trailing \\',
      'organizational-unit': 'x  ,  y   + z',
      state: '"',
      locality: '=CN=admin, O=Evil',
    },
  ],
  [
    // The runner trims every input (core.getInput), so surrounding spaces never reach the action: only
    // what is inside the value is kept, spaces, # and quotes included.
    'surrounding spaces (trimmed by the runner) around a value that starts and ends with # and a quote',
    { 'common-name': '  # padded #  ', organization: '"quoted"', 'organizational-unit': ' \\#', state: 'Ünïcödé', locality: 'l' },
  ],
];

describe('subject inputs reach the certificate exactly as given', () => {
  it.each(cases)('%s', async (_name, subject) => {
    const run = await runAction({
      'zone-id': zoneId,
      'api-token': token,
      'api-url': double.url,
      'generate-key': 'true',
      country: 'US',
      ...subject,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    registerSecrets(await readFile(run.outputs['private-key-file'] ?? '', 'utf8'));
    // What the runner hands over: every input trimmed.
    const expected = Object.fromEntries(ATTRIBUTES.map(([short, input]) => [short, (input === 'country' ? 'US' : (subject[input] ?? '')).trim()]));

    // node:crypto: one value per attribute, unescaped.
    const certificate = new X509Certificate(run.outputs.certificate ?? '');
    expect({ ...certificate.toLegacyObject().subject }).toEqual(expected);
    expect(certificate.subject.split('\n')).toHaveLength(ATTRIBUTES.length);

    // openssl: six RDNs of one attribute each, with exactly these values.
    const printed = execFileSync('openssl', ['x509', '-noout', '-subject', '-nameopt', 'RFC2253'], { input: run.outputs.certificate, encoding: 'utf8' });
    const rdns = parseRfc2253(printed.trim().replace(/^subject=\s*/, ''));
    expect(rdns.every(rdn => rdn.length === 1)).toBe(true);
    expect(Object.fromEntries(rdns.flat())).toEqual(expected);

    // The DER: UTF8String values, but the country, a PrintableString as X.520 requires.
    const der = AsnConvert.parse(certificate.raw, Certificate).tbsCertificate.subject;
    const typed = der.flatMap(rdn =>
      rdn.map(attribute => [OIDS[attribute.type], attribute.value.utf8String ?? `printable:${attribute.value.printableString}`]),
    );
    expect(Object.fromEntries(typed)).toEqual({ ...expected, C: 'printable:US' });

    // The API double stored the subject as issued, and the outputs and log show the same name.
    const stored = double.certificates(zoneId).at(-1);
    expect([stored?.common_name, stored?.organization, stored?.organizational_unit, stored?.state, stored?.location]).toEqual([
      expected.CN,
      expected.O,
      expected.OU,
      expected.ST,
      expected.L,
    ]);
    expect(run.outputs['common-name']).toBe(expected.CN);
  });
});
