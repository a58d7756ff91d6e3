// Values no run may ever show: credentials and each line of a private key. Every runAction checks its
// stdout and stderr (outside ::add-mask:: lines), the job summary and the outputs against them, and the API
// double checks every tracking issue, title, body and comment it is sent: every end-to-end test is a leak test.

const secrets = new Set<string>();
/** Leaks the API double saw in what the action sent to GitHub, reported by the next runAction. */
const sentLeaks: string[] = [];

/** Registers values no run may ever print outside an ::add-mask:: line: the whole, and each line of a PEM. */
export function registerSecrets(...values: string[]): void {
  for (const value of values) {
    secrets.add(value.trim());
    for (const line of value.split(/\r?\n/)) if (line.trim() !== '' && !line.startsWith('-----')) secrets.add(line.trim());
  }
}

/**
 * The first registered secret in the text, also when markdown escaping changed it (`cfut\_…`, a zero-width
 * space after `@`): markdown backslash escapes and zero-width spaces are undone before searching.
 */
export function findSecret(text: string): string | undefined {
  const plain = unescapeMarkdown(text);
  for (const secret of secrets) if (text.includes(secret) || plain.includes(secret)) return secret;
  return undefined;
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u200b/g, '');
}

/** Describes a leak without showing the secret. */
function describeLeak(secret: string, where: string, text: string): string {
  const line = [...text.split('\n'), ...unescapeMarkdown(text).split('\n')].find(l => l.includes(secret)) ?? '';
  return `a registered secret (${secret.length} characters) was found in ${where}: ${line.replace(secret, '[SECRET]').slice(0, 200)}`;
}

/** Throws when a registered secret appears in stdout (other than in a mask registration) or stderr. */
export function assertNoSecretPrinted(stdout: string, stderr: string): void {
  const lines = [...stdout.split('\n').filter(line => !line.startsWith('::add-mask::')), ...stderr.split('\n')];
  for (const secret of secrets) {
    const leak = lines.find(line => line.includes(secret));
    if (leak !== undefined) {
      throw new Error(`a registered secret (${secret.length} characters) was printed: ${leak.replace(secret, '[SECRET]').slice(0, 200)}`);
    }
  }
}

/** Throws when a registered secret is in the text, escaped for markdown or not. */
export function assertNoSecretIn(text: string, where: string): void {
  const secret = findSecret(text);
  if (secret !== undefined) throw new Error(describeLeak(secret, where, text));
}

/** Called by the API double for each text the action sends to GitHub. */
export function checkSent(text: string, where: string): void {
  const secret = findSecret(text);
  if (secret !== undefined) sentLeaks.push(describeLeak(secret, where, text));
}

/** Throws (once) for the leaks the double saw since the last call. */
export function assertNothingLeakedToGitHub(): void {
  const leaks = sentLeaks.splice(0);
  if (leaks.length > 0) throw new Error(leaks.join('\n'));
}
