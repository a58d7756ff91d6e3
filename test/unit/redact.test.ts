import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/config/values.ts';
import { logLine, markdownText, shorten } from '../../src/escape.ts';
import { parseHostnames } from '../../src/hostnames.ts';
import { MIN_REDACTED_LENGTH, REDACTED, redact, registerSecret, secretLines } from '../../src/redact.ts';
import { newToken } from '../support/fixtures.ts';

// Registered secrets stay for the whole file (as in the action's one process): each test uses its own values.

describe('redact', () => {
  it('replaces a registered token wherever it appears, and leaves other text alone', () => {
    const token = `cfut_${newToken()}`;
    registerSecret(token);
    expect(redact(`Invalid token ${token}; again: ${token}.`)).toBe(`Invalid token ${REDACTED}; again: ${REDACTED}.`);
    expect(redact('nothing secret here')).toBe('nothing secret here');
  });

  it('redacts before the escapers change the text: the summary never holds the escaped form (cfut\\_…)', () => {
    const token = `cfut_${newToken()}_x`;
    registerSecret(token);
    const escaped = markdownText(`API said: bad token ${token}`);
    expect(escaped).not.toContain('cfut');
    expect(escaped).toContain('\\*\\*\\*');
    expect(logLine(`API said: bad token ${token}`)).toBe(`API said: bad token ${REDACTED}`);
  });

  it('redacts before shortening, so that no prefix of a secret survives a cut', () => {
    const token = newToken();
    registerSecret(token);
    const line = logLine(`${'x'.repeat(3990)}${token}`);
    expect(line).not.toContain(token.slice(0, 10));
  });

  it('redacts every line of a private key (and the whole), keeping the public BEGIN and END lines', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    registerSecret(pem);
    const lines = pem.trim().split('\n');
    const body = lines.slice(1, -1);
    expect(redact(pem)).toBe(`${REDACTED}\n`);
    for (const line of body.filter(l => l.length >= MIN_REDACTED_LENGTH)) {
      expect(redact(`echoed: ${line} end`)).toBe(`echoed: ${REDACTED} end`);
      expect(markdownText(`echoed: ${line}`)).not.toContain(line.slice(0, 20));
    }
    expect(redact(lines[0] as string)).toBe('-----BEGIN PRIVATE KEY-----');
  });

  it('redacts a key pasted with literal \\n escapes line by line too', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    registerSecret(pem.replace(/\n/g, '\\n'));
    const line = pem.split('\n')[1] as string;
    expect(redact(`x ${line} y`)).toBe(`x ${REDACTED} y`);
  });

  it('redacts a password as it appears inside a JSON string too', () => {
    const password = 'pa"ss\\word with quotes';
    registerSecret(password);
    expect(redact(JSON.stringify({ echo: password }))).toBe(`{"echo":"${REDACTED}"}`);
    expect(redact(`plain ${password}`)).toBe(`plain ${REDACTED}`);
  });

  it(`leaves values shorter than ${MIN_REDACTED_LENGTH} characters alone: redacting them would garble the text and show where they are`, () => {
    registerSecret('ab12');
    registerSecret('x'.repeat(MIN_REDACTED_LENGTH - 1));
    expect(redact('fingerprint ab12cd, xxxxxxx')).toBe('fingerprint ab12cd, xxxxxxx');
    registerSecret('y'.repeat(MIN_REDACTED_LENGTH));
    expect(redact(`z${'y'.repeat(MIN_REDACTED_LENGTH)}z`)).toBe(`z${REDACTED}z`);
  });

  it('ignores empty values, and trims what it registers', () => {
    registerSecret('');
    registerSecret('   ');
    expect(redact('a b c')).toBe('a b c');
    registerSecret('  padded-secret-value \n');
    expect(redact('[padded-secret-value]')).toBe(`[${REDACTED}]`);
  });
});

describe('the one cap (shorten) and every cut of outside text: redacted before the cut', () => {
  it('shorten never cuts a secret in half: a token across the cut is ***, not its first characters', () => {
    const token = `cfut_${newToken()}`;
    registerSecret(token);
    // The token starts at character 481 of 500: a cut before the redaction would keep its first 19 characters.
    const text = `${'x'.repeat(480)} ${token}`;
    expect(shorten(text, 500)).toBe(`${'x'.repeat(480)} ${REDACTED}`);
    expect(logLine(shorten(text, 500))).not.toContain(token.slice(0, 8));
    // What is cut and counted is the redacted text.
    expect(shorten(`${text} and more`, 486)).toBe(`${'x'.repeat(480)} ${REDACTED} a… (7 more characters not shown)`);
  });

  it("an input's value quoted in a problem (printable) and a hostnames entry: no prefix of a credential pasted there", () => {
    const token = `cfut_${newToken()}`;
    registerSecret(token);
    expect(printable(`renew ${'q'.repeat(25)} ${token}`)).toBe(`renew ${'q'.repeat(25)} ${REDACTED}`);
    expect(printable(`renew ${'q'.repeat(30)} ${token} ${'z'.repeat(20)}`)).toBe(`renew ${'q'.repeat(30)} ${REDACTED}… (21 more characters not shown)`);
    expect(printable(`renew ${'q'.repeat(30)} ${token} ${'z'.repeat(20)}`)).not.toContain(token.slice(0, 4));
    const { problems } = parseHostnames(`${'a'.repeat(50)} ${token}`);
    expect(problems).toEqual([expect.stringContaining(`"${'a'.repeat(50)} ${REDACTED}"`)]);
    expect(problems.join()).not.toContain(token.slice(0, 4));
  });
});

describe('redact: every spelling of a registered value', () => {
  it('matches a credential in any letter case', () => {
    const token = `cfut_${newToken()}`;
    registerSecret(token);
    expect(redact(`echo ${token.toUpperCase()} and ${token.toLowerCase()}.`)).toBe(`echo ${REDACTED} and ${REDACTED}.`);
    expect(logLine(`upper: ${token.toUpperCase()}`)).toBe(`upper: ${REDACTED}`);
    expect(markdownText(`lower: ${token.toLowerCase()}`)).toBe('lower\\: \\*\\*\\*');
  });

  it('matches the value percent-encoded (any hex case), HTML-escaped or JSON-escaped, and in a mix of them', () => {
    const email = 'deploy+ci@example.com';
    const password = 'p&ss<w>rd"1';
    registerSecret(email);
    registerSecret(password);
    for (const spelling of [
      'deploy%2Bci%40example.com',
      'deploy%2bci%40example%2Ecom',
      'deploy+ci\\u0040example.com',
      'deploy\\u002Bci\\u0040example.com',
      'deploy+ci&#64;example.com',
      'deploy+ci&#x40;example.com',
      'DEPLOY%2BCI&#X40;EXAMPLE.COM',
      'p&amp;ss&lt;w&gt;rd&quot;1',
      'p&amp;ss&lt;w&gt;rd\\"1',
      'p%26ss%3Cw%3Erd%221',
      'p\\u0026ss\\u003cw\\u003erd\\u00221',
    ]) {
      expect(redact(`[${spelling}]`), spelling).toBe(`[${REDACTED}]`);
      expect(logLine(`said ${spelling} twice: ${spelling}`), spelling).toBe(`said ${REDACTED} twice: ${REDACTED}`);
    }
    expect(markdownText('{"email":"deploy+ci\\u0040example.com"}')).toBe('\\{\\"email\\"\\:\\"\\*\\*\\*\\"\\}');
  });

  it('replaces exactly the escaped characters, and leaves other escapes and near misses as they are', () => {
    const key = 'key/with+base64=';
    registerSecret(key);
    expect(redact('a%20b &amp; c\\n key\\/with%2Bbase64%3D d\\u0041 &#128512; %E2%82%AC')).toBe(`a%20b &amp; c\\n ${REDACTED} d\\u0041 &#128512; %E2%82%AC`);
    expect(redact('key%2Fwith+base64')).toBe('key%2Fwith+base64');
    expect(redact('%%\\&;&amp&#;\\u12 %4')).toBe('%%\\&;&amp&#;\\u12 %4');
  });

  it('finds 2,000 mixed spellings (each character in either case and any escape), beside text it leaves alone', () => {
    const secret = 'Fuzz3d+t0ken/with@sign&amp;';
    registerSecret(secret);
    // A seeded generator (mulberry32): the same spellings on every run.
    let seed = 0x5eed;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0');
    const spell = (character: string): string => {
      const code = character.charCodeAt(0);
      return pick([
        character,
        `%${random() < 0.5 ? hex(code, 2) : hex(code, 2).toUpperCase()}`,
        `&#${code};`,
        `&#x${hex(code, 1)};`,
        `\\u${hex(code, 4)}`,
        ...(character === '/' ? ['\\/'] : []),
        ...(character === '&' ? ['&amp;'] : []),
      ]);
    };
    // Around it: text and escapes that are complete on their own (a lone \, %X or &# right before it is the documented limit).
    const around = ['', ' ', 'token=', '%20', '&amp;', '\\n', '\\u0041', '"', '%', '&', 'x\\\\'];
    for (let n = 0; n < 2000; n++) {
      const spelled = [...secret].map(character => spell(random() < 0.5 ? character.toUpperCase() : character.toLowerCase())).join('');
      const [before, after] = [pick(around), pick(around)];
      expect(redact(`${before}${spelled}${after}`), spelled).toBe(`${before}${REDACTED}${after}`);
      const near = spelled.slice(0, -1);
      expect(redact(`${before}${near}${after}`), near).toBe(`${before}${near}${after}`);
    }
  });

  it('matches the value as a literal: its regular-expression characters mean nothing', () => {
    registerSecret('a.b*c+d(e)|f');
    expect(redact('a.b*c+d(e)|f aXbbbc+d(e)|f')).toBe(`${REDACTED} aXbbbc+d(e)|f`);
  });

  it(`keeps the ${MIN_REDACTED_LENGTH}-character minimum on the value, however long its escaped spelling`, () => {
    registerSecret('s@f&e<1');
    expect(redact('s%40f%26e%3C1 s&#64;f&amp;e&lt;1 S@F&E<1')).toBe('s%40f%26e%3C1 s&#64;f&amp;e&lt;1 S@F&E<1');
  });
});

describe('secretLines', () => {
  it('is the whole value, and each line when there are several (as the runner masks line by line)', () => {
    expect(secretLines(' one-line ')).toEqual(['one-line']);
    expect(secretLines('a\nb\r\nc')).toEqual(['a\nb\r\nc', 'a', 'b', 'c']);
    expect(secretLines('a\\nb')).toEqual(['a\\nb', 'a', 'b']);
    expect(secretLines('  ')).toEqual([]);
  });
});
