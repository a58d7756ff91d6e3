/**
 * The one place that keeps the step's secrets out of what it prints and sends. Outside text may carry a
 * secret back (an API error, a proxy's page or a GitHub answer that echoes the token): the runner masks
 * its log, but not the job summary, the tracking issue or the outputs, and it no longer recognises a
 * secret once the markdown escaper has changed it (`cfut_…` becomes `cfut\_…`).
 *
 * src/main.ts registers each secret here once, where it masks it for the runner: the credentials, the
 * PKCS#12 password, every line of a private key (generated, or pasted as the CSR by mistake), and the
 * account email (personal data, not a credential: a public tracking issue must not publish it). The one
 * cap for outside text (shorten, src/escape.ts) redacts before it cuts, and both escapers (logLine and
 * markdownText) go through it before they escape anything, so every log line, the job summary and the
 * tracking issue pass through here, and no text is cut before it is redacted (a cut-off prefix of a
 * secret would no longer be recognised); the outputs are redacted where they are set (src/main.ts), the
 * one place that sets them.
 */

/** What a secret becomes, as the runner shows a masked value. */
export const REDACTED = '***';

/**
 * Values shorter than this are not redacted: replacing every "7" or "ab" would garble the text and, worse,
 * show the value by where the *** appear (a fingerprint with *** in it). No credential is that short
 * (config/credentials.ts refuses such an api-token, api-key or github-token, so none is ever sent, and so none can
 * come back); the PKCS#12 password and the private key never leave the runner, so outside text can hold a
 * short one only by chance. Such values are still masked by the runner in the log.
 */
export const MIN_REDACTED_LENGTH = 8;

const values = new Set<string>();
let pattern: RegExp | undefined;

/**
 * Each form of a secret the runner is told to mask: the whole (trimmed), and each line alone when it has
 * several (split at line breaks and at literal \n escapes, as a key pasted into an input may have them).
 */
export function secretLines(secret: string): string[] {
  const whole = secret.trim();
  if (whole === '') return [];
  const lines = whole
    .split(/\r?\n|\\n/)
    .map(line => line.trim())
    .filter(line => line !== '');
  return lines.length > 1 ? [whole, ...lines] : [whole];
}

/**
 * Registers a value to be replaced by *** wherever outside text carries it: its whole and each line (a
 * PEM's BEGIN and END lines are public and stay). Only the value as written is registered: its escaped
 * spellings are found by redact(), which reads the text's escapes, so every spelling of every value is
 * matched by the one pattern and none has to be listed here.
 */
export function registerSecret(secret: string): void {
  for (const form of secretLines(secret)) {
    if (/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(form)) continue;
    if (form.length >= MIN_REDACTED_LENGTH) values.add(form);
  }
  pattern = undefined;
}

/**
 * The text with every registered secret replaced by ***, longest first (a whole key before its lines),
 * wherever it appears:
 * - as written, in any letter case (credentials are ASCII, and an API or a proxy may upper- or lower-case
 *   what it echoes; a password or a key line is redacted case-insensitively too, which only redacts more);
 * - written with one layer of the escapes outside text puts on it, in any mix: percent-encoding
 *   (`deploy%2Bci%40example.com`, ASCII bytes), HTML character references (`p&amp;ss&lt;w&gt;rd`,
 *   `&#64;`, `&#x40;`) and JSON string escapes (`\u0040`, `\"`, `\\`, `\/`).
 *
 * The pattern is the registered values, each escaped as a literal, in one alternation: no quantifier,
 * so no backtracking beyond one value's length at each position. The escapes are read in one pass over
 * the text, which keeps where each read character started, so a match in the read text replaces exactly
 * the escaped characters it came from. Both passes are linear in the text.
 *
 * Not recognised (out of scope): a secret split by a line break or by other text (a wrapped line, a
 * token cut into two fields), escaped twice (`%2540`, `&amp;amp;`), or percent-encoded beyond ASCII; and
 * a secret in escaped form whose first character, right after a lone `\`, `%X` or `&#`, reads as part of
 * that escape instead (`C:\tok%33n…` reads as a tab and `ok3n…`): as written, unescaped, it is still found.
 * A fuzz of 20,000 mixed spellings (each character in any case and any of the escapes) found only those.
 */
export function redact(text: string): string {
  if (values.size === 0) return text;
  pattern ??= new RegExp(
    [...values]
      .sort((a, b) => b.length - a.length)
      .map(value => value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
      .join('|'),
    'gi',
  );
  const plain = text.replace(pattern, REDACTED);
  return ESCAPE_START.test(plain) ? redactEscaped(plain, pattern) : plain;
}

/** Where an escape may start: a percent sign, an ampersand, a backslash. */
const ESCAPE_START = /[%&\\]/;
const NEXT_ESCAPE_START = /[%&\\]/g;
/** One escape at a position: %XX (ASCII), an HTML character reference, a JSON \uXXXX or short escape. */
const ESCAPE = /%([0-7][0-9a-fA-F])|&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));|\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/y;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const SHORT: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The text with the registered values redacted where they appear escaped (see redact). */
function redactEscaped(text: string, secrets: RegExp): string {
  // read: the text with its escapes read; starts[i]: where read character i starts in the text.
  const starts = new Uint32Array(text.length + 1);
  const pieces: string[] = [];
  let length = 0;
  let at = 0;
  const keep = (end: number): void => {
    pieces.push(text.slice(at, end));
    for (; at < end; at++) starts[length++] = at;
  };
  NEXT_ESCAPE_START.lastIndex = 0;
  for (let next = NEXT_ESCAPE_START.exec(text); next !== null; next = NEXT_ESCAPE_START.exec(text)) {
    if (next.index < at) continue;
    keep(next.index);
    ESCAPE.lastIndex = at;
    const found = ESCAPE.exec(text);
    const character = found === null ? undefined : readEscape(found);
    if (found === null || character === undefined) continue;
    pieces.push(character);
    starts[length++] = at;
    at += found[0].length;
  }
  keep(text.length);
  starts[length] = text.length;
  let redacted = '';
  let kept = 0;
  for (const match of pieces.join('').matchAll(secrets)) {
    redacted += `${text.slice(kept, starts[match.index])}${REDACTED}`;
    kept = starts[match.index + match[0].length] as number;
  }
  return redacted === '' ? text : redacted + text.slice(kept);
}

/** The one UTF-16 unit an escape stands for; undefined for a character reference beyond it (read as written). */
function readEscape([, percent, decimal, hex, named, unicode, short]: RegExpExecArray): string | undefined {
  if (named !== undefined) return NAMED[named];
  if (short !== undefined) return SHORT[short];
  const code = Number.parseInt((percent ?? unicode ?? hex ?? decimal) as string, decimal === undefined ? 16 : 10);
  return code <= 0xffff ? String.fromCharCode(code) : undefined;
}
