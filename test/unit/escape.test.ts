import { resolve } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { logLine, markdownText, unicodePattern } from '../../src/escape.ts';
import { readSources } from '../support/import-graph.ts';

const render = (markdown: string): string => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe('logLine', () => {
  it.each([
    ['a\n::error::x', 'a\\n::error::x'],
    ['a\r\n::add-mask::x', 'a\\r\\n::add-mask::x'],
    ['a\r::stop-commands::x', 'a\\r::stop-commands::x'],
    ['a\u2028b\u2029c\u0085d', 'a\\u2028b\\u2029c\\u0085d'],
    ['red \u001b[31m', 'red \\u001b[31m'],
    ['tab\tstays', 'tab\tstays'],
  ])('keeps %j on one line: %j', (input, expected) => {
    expect(logLine(input)).toBe(expected);
  });

  it.each([
    ...['202a', '202b', '202c', '202d', '202e', '2066', '2067', '2068', '2069'],
    ...['200b', '200c', '200d', '200e', '200f', '2060', '2061', '2062', '2063', '2064', 'feff', '00ad', '061c'],
  ])('shows the invisible format character U+%s as its escape', code => {
    const character = String.fromCharCode(Number.parseInt(code, 16));
    expect(logLine(`invoice${character}fdp.exe`)).toBe(`invoice\\u${code}fdp.exe`);
  });

  it('shows a tag character (beyond the BMP) as one escape', () => {
    expect(logLine('a\u{e0041}b')).toBe('a\\u{e0041}b');
  });

  it('shows a command hidden behind a byte order mark or a zero-width space as data', () => {
    expect(logLine('\ufeff::error::x')).toBe('\\ufeff::error::x');
    expect(logLine('\u200b::error::x')).toBe('\\u200b::error::x');
  });

  it.each(['::error::x', '  ::warning::x'])('marks a line that would start like a command: %j', input => {
    expect(logLine(input)).toMatch(/^\s*\[data\] ::/);
  });

  it.each(['##[error]x', 'name ##[set-output name=id;]x'])('breaks the legacy ##[command] form anywhere in the line: %j', input => {
    expect(logLine(input)).not.toContain('##[');
  });

  it('shortens very long text, saying by how much', () => {
    expect(logLine('x'.repeat(5000))).toMatch(/^x{4000}… \(1000 more characters not shown\)$/);
  });
});

describe('markdownText', () => {
  it.each([
    ['## heading', /<h2/],
    ['[link](https://evil.example)', /<a /],
    ['![image](https://evil.example/i.png)', /<img/],
    ['<img src=x onerror=alert(1)>', /<img/],
    ['https://evil.example/auto', /<a /],
    ['www.evil.example', /<a /],
    ['user@evil.example', /<a /],
    ['*em* __strong__ ~~del~~', /<(em|strong|del)>/],
    ['`code`', /<code>/],
    ['1. item', /<ol/],
    ['- item', /<ul/],
    ['> quote', /<blockquote/],
    ['&lt;b&gt; entities', /<b>/],
  ])('renders %j as plain text', (input, structure) => {
    const html = render(markdownText(input));
    expect(html).not.toMatch(structure);
    // The text itself survives (without the zero-width space GitHub would need to see a mention).
    expect(html.replace(/\u200b/g, '')).toContain(input.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').slice(0, 5));
  });

  it('breaks what GitHub links from the rendered text (cmark-gfm autolinks after escapes): URLs, www., issue references', () => {
    expect(markdownText('see https://evil.example and www.evil.example, or #12')).toBe(
      'see https\\:\u200b//evil.example and w\u200bww.evil.example, or \\#\u200b12',
    );
  });

  it('keeps names readable: , - . / stay as they are mid-line, and are escaped where a line starts', () => {
    expect(markdownText('deploy.example.com, api-client/2')).toBe('deploy.example.com, api-client/2');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('12. item')).toBe('12\\. item');
  });

  it('keeps a table cell one cell, and a mention no mention', () => {
    const html = render(`| a | b |\n| --- | --- |\n| ${markdownText('x | y\nz')} | ${markdownText('@octo-org/admins')} |`);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).toContain('@\u200bocto-org/admins');
  });

  it('shows invisible format characters from the text as escapes, and keeps the zero-width spaces it inserts itself', () => {
    expect(markdownText('invoice\u202efdp.exe')).toBe('invoice\\\\u202efdp.exe');
    expect(render(markdownText('invoice\u202efdp.exe'))).toBe('<p>invoice\\u202efdp.exe</p>');
    // The text's own zero-width space is shown; the one after @ that stops a mention is the escaper's.
    expect(markdownText('a\u200bb @octo-org \u2066x\u2069')).toBe('a\\\\u200bb \\@\u200bocto-org \\\\u2066x\\\\u2069');
    expect(markdownText('#\u200b1')).toBe('\\#\\\\u200b1');
    expect(markdownText('tag\u{e0041}')).toBe('tag\\\\u\\{e0041\\}');
  });

  it('shortens a long value, saying by how much', () => {
    expect(markdownText('a'.repeat(400))).toMatch(/^a{300}… \\\(100 more characters not shown\\\)$/);
  });
});

describe('the Unicode expressions run only where they can match', () => {
  // The escapers as they were before each Unicode expression got a cheap test in front of it (which keeps
  // their compilation off a refused input's path): the output must be the same for any text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this expression's purpose.
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
  const escapeControl = (character: string): string => {
    const code = character.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  };
  const logLineBefore = (text: string): string =>
    text
      .replace(/\r\n|\r|\n/g, match => (match === '\n' ? '\\n' : match === '\r' ? '\\r' : '\\r\\n'))
      .replace(CONTROL, escapeControl)
      .replace(/\p{Cf}/gu, escapeControl)
      .replace(/^(\s*)(::|##\[)/, '$1[data] $2')
      .replace(/##\[/g, '#\\u0023[');
  const markdownTextBefore = (text: string): string =>
    text
      .replace(/\r\n|\r|\n/g, ' ')
      .replace(CONTROL, ' ')
      .replace(/\p{Cf}/gu, escapeControl)
      .trim()
      .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b')
      .replace(/:\/\//g, ':\u200b//')
      .replace(/\b(w)(ww\.)/giu, '$1\u200b$2')
      .replace(/#(?=\p{N})/gu, '#\u200b')
      .replace(/[!-+:-@[-`{-~]/g, '\\$&')
      .replace(/^[,\-./]|^(\d+)\./, (start, digits?: string) => (digits === undefined ? `\\${start}` : `${digits}\\.`));

  // Pieces that exercise every expression and its guard: mentions, issue numbers, www. in any case, soft
  // hyphens (the first Cf), bidi and tag characters, Latin-1 letters just below U+00AD, word characters
  // that only Unicode case folding knows (ſ, K), digits of other scripts, line breaks and controls.
  const PIECES = [
    '@',
    '#',
    'www.',
    'WwW.',
    'ww',
    '.',
    'w',
    'ſ',
    'K',
    '١',
    '٣',
    '7',
    'a',
    'é',
    '\u00ac',
    '\u00ad',
    '\u202e',
    '\u200b',
    '\u{e0041}',
    ' ',
    '\n',
    '\r',
    '\u0007',
    '://',
    '-',
    '_',
    '|',
    '*',
    '::',
    '##[',
  ];

  it('gives what the unguarded expressions gave, for 20,000 texts made of the pieces they are about', () => {
    let seed = 22;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + random(8) }, () => PIECES[random(PIECES.length)]).join('');
      expect(markdownText(text, 10_000)).toBe(markdownTextBefore(text));
      expect(logLine(text)).toBe(logLineBefore(text));
    }
  });
});

describe('Unicode property patterns (unicodePattern)', () => {
  // A regular expression literal with \p{…} costs its ICU set each time V8 compiles the code around it,
  // used or not (src/escape.ts): src/ builds every one from a string, on first use.
  const sources = readSources(resolve(import.meta.dirname, '../../src'));

  it('no file of src/ writes a property escape in a literal', () => {
    expect(sources.size).toBeGreaterThan(30);
    const literal = /(?<!\\)\\[pP]\{/;
    expect([...sources].filter(([, source]) => literal.test(source)).map(([file]) => file)).toEqual([]);
    // The check sees one when there is one.
    expect(literal.test(String.raw`const x = /\p{Cf}/u;`)).toBe(true);
    expect(literal.test(String.raw`unicodePattern('\\p{Cf}', 'u')`)).toBe(false);
  });

  it('builds the pattern once, when it is first used', () => {
    const pattern = unicodePattern('\\p{N}', 'u');
    expect(pattern()).toBe(pattern());
    expect(pattern().test('٣')).toBe(true);
    expect(pattern().flags).toBe('u');
  });
});
