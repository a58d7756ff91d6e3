/**
 * The one check for a Cloudflare identifier (zone, client certificate): 32 hexadecimal characters.
 * Every id that reaches a URL path, an output or a log line passes through it first, whether it came
 * from an input or from an API answer, so no id can walk to another endpoint or carry a command.
 */
const IDENTIFIER = /^[0-9a-fA-F]{32}$/;

export function isIdentifier(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIER.test(value);
}

/** The identifier in Cloudflare's canonical form (lowercase), or undefined when it is not one. */
export function canonicalIdentifier(value: unknown): string | undefined {
  return isIdentifier(value) ? value.toLowerCase() : undefined;
}
