import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { logLine, markdownText } from '../../src/escape.ts';
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

describe('secretLines', () => {
  it('is the whole value, and each line when there are several (as the runner masks line by line)', () => {
    expect(secretLines(' one-line ')).toEqual(['one-line']);
    expect(secretLines('a\nb\r\nc')).toEqual(['a\nb\r\nc', 'a', 'b', 'c']);
    expect(secretLines('a\\nb')).toEqual(['a\\nb', 'a', 'b']);
    expect(secretLines('  ')).toEqual([]);
  });
});
