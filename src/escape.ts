import { redact } from './redact.js';

/**
 * The one place where text that may carry outside data (API answers, CSR subjects, error messages) is
 * made inert before it is printed: one formatter for log lines, one escaper for markdown. Nothing that
 * passes through them can become a workflow command, a markdown structure, a link, an image, HTML or a
 * mention, and both first replace the step's secrets by *** (src/redact.ts, through the one cap, shorten),
 * before cutting or escaping changes them.
 */

/** Longest log line or markdown field the action prints from outside data; the rest is counted, not shown. */
const MAX_LOG_CHARACTERS = 4000;
const MAX_MARKDOWN_CHARACTERS = 300;

/**
 * A regular expression with Unicode property escapes (`\\p{…}` in its source string), built on its first
 * use: the one way the action writes one. V8 checks the syntax of a regular expression literal when it
 * compiles the code around it, and a property escape makes it build the property's character set from
 * ICU's tables there and then: 0.4 ms for the escapers' four, on every run that loads them, whether or not
 * its text ever needs them (docs/performance.md). Built from a string, the pattern costs nothing until used.
 */
export function unicodePattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}

/** Line terminators of every kind (the runner splits on \n, editors and terminals on more) and other controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this expression's purpose.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * Invisible format characters (Unicode category Cf): bidi controls (U+202A–U+202E, U+2066–U+2069) that
 * reorder what is shown, zero-width characters (U+200B–U+200F, U+2060–U+2064, U+FEFF), the soft hyphen,
 * tag characters. Text from outside shows each as its escape, so what is read is what is there.
 */
const INVISIBLE = unicodePattern('\\p{Cf}', 'gu');
/**
 * Text that may hold a Cf character: a UTF-16 unit at or above U+00AD (the soft hyphen, the first of
 * them; a character beyond the BMP has a surrogate there too). The Unicode expressions are run only on
 * text they can match: compiling their tables takes about a millisecond, on the path of every refused
 * input, for text that is mostly plain ASCII.
 */
const BEYOND_LATIN1_CONTROLS = /[\u00ad-\uffff]/;
const LINE_BREAK = /\r\n|\r|\n/g;
/** A line the runner would read as a command: `::name…::` after blanks (and `##[name]`, which it finds anywhere). */
const COMMAND_START = /^(\s*)(::|##\[)/;

/**
 * A log line that cannot act: line breaks and control characters are shown as escapes (\n, \u001b, …),
 * so the line stays one line, and a line that would start like a workflow command gets a visible mark
 * before it. Very long text is shortened, saying by how much.
 */
export function logLine(text: string): string {
  const shown = shorten(text, MAX_LOG_CHARACTERS);
  const oneLine = shown.replace(LINE_BREAK, match => (match === '\n' ? '\\n' : match === '\r' ? '\\r' : '\\r\\n')).replace(CONTROL, escapeControl);
  const visible = BEYOND_LATIN1_CONTROLS.test(oneLine) ? oneLine.replace(INVISIBLE(), escapeControl) : oneLine;
  // The runner finds its legacy `##[command]` form anywhere in a line, not only at the start.
  return visible.replace(COMMAND_START, '$1[data] $2').replace(/##\[/g, '#\\u0023[');
}

/** What GitHub would render as a mention (`@name`) or an issue reference (`#1`). */
const MENTION = unicodePattern('@(?=[\\p{L}\\p{N}_-])', 'gu');
const ISSUE_REFERENCE = unicodePattern('#(?=\\p{N})', 'gu');

/**
 * ASCII punctuation CommonMark renders literally after a backslash, but for `,` `-` `.` `/`: those make
 * structure only at the start of a line (a list, a rule, a setext underline), where they are escaped too,
 * and leaving them alone mid-line keeps names like deploy.example.com readable in the raw markdown.
 */
const PUNCTUATION = /[!-+:-@[-`{-~]/g;
const LEADING_STRUCTURE = /^[,\-./]|^(\d+)\./;

/**
 * Outside data as markdown text, for a table cell or a sentence: one line; invisible format characters
 * from the text shown as escapes (\u202e), as in the log; a zero-width space after what GitHub turns
 * into a mention (`@name`), an autolink (`://`, `www.`) or an issue reference (`#1`) in the rendered text,
 * where a backslash would not stop it (inserted after the escaping, so only the text's own are shown);
 * then ASCII punctuation backslash-escaped (so no emphasis, heading, list, link, image, HTML, entity, code
 * or table break can form). Long text is shortened.
 */
export function markdownText(text: string, maxCharacters = MAX_MARKDOWN_CHARACTERS): string {
  const oneLine = shorten(text, maxCharacters).replace(LINE_BREAK, ' ').replace(CONTROL, ' ');
  let inert = (BEYOND_LATIN1_CONTROLS.test(oneLine) ? oneLine.replace(INVISIBLE(), escapeControl) : oneLine).trim();
  // Each Unicode expression only where it can match (see BEYOND_LATIN1_CONTROLS).
  if (inert.includes('@')) inert = inert.replace(MENTION(), '@\u200b');
  inert = inert.replace(/:\/\//g, ':\u200b//');
  if (/ww\./i.test(inert)) inert = inert.replace(/\b(w)(ww\.)/giu, '$1\u200b$2');
  if (inert.includes('#')) inert = inert.replace(ISSUE_REFERENCE(), '#\u200b');
  return inert.replace(PUNCTUATION, '\\$&').replace(LEADING_STRUCTURE, (start, digits?: string) => (digits === undefined ? `\\${start}` : `${digits}\\.`));
}

/** \u001b, \u202e; a character beyond the BMP (a tag character) as \u{e0041}. */
function escapeControl(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The text with the step's secrets redacted (src/redact.ts), then cut at max characters with a note of how
 * many more there were: the one cap for outside text. Redacting comes first, here, so that no caller can
 * cut a secret in half: a cut prefix of a token is no longer the token, and would pass the redactor.
 */
export function shorten(text: string, max: number): string {
  const redacted = redact(text);
  return redacted.length <= max ? redacted : `${redacted.slice(0, max)}… (${redacted.length - max} more characters not shown)`;
}

/**
 * An input's value (or an entry of one) as a problem's message quotes it: one line, through the one cap
 * (which redacts before it cuts: a credential pasted into the wrong input is not cut into an unrecognised
 * prefix). The message then goes through logLine or markdownText like any other.
 */
export function quotedInput(text: string, max: number): string {
  return shorten(text, max).replace(/[\r\n]+/g, ' ');
}
