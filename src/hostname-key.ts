import { domainToASCII } from 'node:url';

// Apart from src/hostnames.ts (the input's check): the job summary compares hostnames too, and a get
// without hostnames must not compile the input's check to print its summary (src/lazy.ts).

/**
 * How hostnames compare: as DNS does. Case and a final dot do not matter, and a name the API lists in
 * Unicode form is the same as ours in punycode (ours always are): both compare in punycode.
 */
export function hostnameKey(name: string): string {
  const plain = name.toLowerCase().replace(/\.$/, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the range tested for.
  if (/^[\x00-\x7f]*$/.test(plain)) return plain;
  const ascii = domainToASCII(plain);
  return ascii === '' ? plain : ascii.toLowerCase();
}
