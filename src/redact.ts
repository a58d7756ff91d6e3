/**
 * The one place that keeps the step's secrets out of what it prints and sends. Outside text may carry a
 * secret back (an API error, a proxy's page or a GitHub answer that echoes the token): the runner masks
 * its log, but not the job summary, the tracking issue or the outputs, and it no longer recognises a
 * secret once the markdown escaper has changed it (`cfut_…` becomes `cfut\_…`).
 *
 * src/main.ts registers each secret here once, where it masks it for the runner: the credentials, the
 * PKCS#12 password, every line of a private key (generated, or pasted as the CSR by mistake), and the
 * account email (personal data, not a credential: a public tracking issue must not publish it). Both
 * escapers (logLine and markdownText, src/escape.ts) redact first, before they shorten or escape
 * anything, so every log line, the job summary and the tracking issue pass through here; the outputs are
 * redacted where they are set (src/main.ts), the one place that sets them.
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
 * PEM's BEGIN and END lines are public and stay), also as they appear inside a JSON string.
 */
export function registerSecret(secret: string): void {
  for (const form of secretLines(secret)) {
    if (/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(form)) continue;
    for (const variant of [form, JSON.stringify(form).slice(1, -1)]) if (variant.length >= MIN_REDACTED_LENGTH) values.add(variant);
  }
  pattern = undefined;
}

/** The text with every registered secret replaced by ***, longest first (a whole key before its lines). */
export function redact(text: string): string {
  if (values.size === 0) return text;
  pattern ??= new RegExp(
    [...values]
      .sort((a, b) => b.length - a.length)
      .map(value => value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
      .join('|'),
    'g',
  );
  return text.replace(pattern, REDACTED);
}
