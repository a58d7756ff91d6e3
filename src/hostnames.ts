import { domainToASCII } from 'node:url';
import { quotedInput, unicodePattern } from './escape.js';

/**
 * The one check of a hostname given in the hostnames input: a DNS name the way Cloudflare lists mTLS
 * hostnames (lowercase, internationalized names as punycode), never a URL. The action only ever sends
 * names that passed it; names the API lists are data and are passed back untouched.
 */

/** Hostnames one step may name: far more than a zone protects with mTLS, few enough to list in an error. */
export const MAX_INPUT_HOSTNAMES = 100;
/** RFC 1035: 253 characters in all (without the final dot), 63 per label. */
const MAX_HOSTNAME_LENGTH = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/**
 * What domainToASCII would decode (%41) or silently drop (invisible characters), sending a name the user
 * never wrote; the zero-width joiners that some scripts need in names (U+200C, U+200D) are kept.
 */
const INVISIBLE_OR_ENCODED = unicodePattern('[%\\p{Cc}]|(?![\\u200c\\u200d])\\p{Default_Ignorable_Code_Point}', 'u');

export interface ParsedHostnames {
  /** Lowercase ASCII names, each once, in the order given. */
  readonly hostnames: readonly string[];
  /** Internationalized names converted to punycode: [as given, as sent]. */
  readonly converted: readonly (readonly [string, string])[];
  /** One sentence per bad entry, naming it. */
  readonly problems: readonly string[];
}

/**
 * How the input is written when it is written as a list in another language: a JSON (or YAML flow) array,
 * YAML block list lines, or names in quotes. Its names are not guessed out of it: the input is refused,
 * saying how to write it.
 */
const LIST_SYNTAX: readonly (readonly [RegExp, string])[] = [
  [/^\s*\[|\]\s*$/, 'is written as a JSON array ([…])'],
  [/^[ \t]*-[ \t]/m, 'is written as a YAML list ("- " before a name)'],
  [/["'`]/, 'has quotes'],
];

/** Reads the hostnames input: one per line, or separated by commas; blank entries are ignored. */
export function parseHostnames(text: string): ParsedHostnames {
  const syntax = LIST_SYNTAX.find(([pattern]) => pattern.test(text))?.[1];
  if (syntax !== undefined) {
    const problem = `the input ${syntax}; write the names alone, without brackets, quotes or dashes`;
    return { hostnames: [], converted: [], problems: [problem] };
  }
  const entries = text
    .split(/[\r\n,]+/)
    .map(entry => entry.trim())
    .filter(entry => entry !== '');
  const hostnames: string[] = [];
  const converted: [string, string][] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const result = checkHostname(entry);
    if (typeof result !== 'string') {
      problems.push(`"${quotedInput(entry, 60)}" ${result.problem}`);
      continue;
    }
    if (result !== entry.toLowerCase().replace(/\.$/, '')) converted.push([entry, result]);
    if (!hostnames.includes(result)) hostnames.push(result);
  }
  if (hostnames.length > MAX_INPUT_HOSTNAMES) problems.push(`names ${hostnames.length} hostnames; one step takes at most ${MAX_INPUT_HOSTNAMES}`);
  return { hostnames, converted, problems };
}

/** The hostname in the form Cloudflare lists it, or why it is not one. */
function checkHostname(entry: string): string | { problem: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) return { problem: `is a URL: give the hostname alone, like ${hostPart(entry) || 'api.example.com'}` };
  if (/\s/.test(entry)) return { problem: 'contains a space: give one hostname per line, or separate them with commas' };
  if (entry.includes('/')) return { problem: `has a path: give the hostname alone, like ${entry.split('/')[0] || 'api.example.com'}` };
  if (entry.includes('@')) return { problem: 'contains "@": give the hostname alone' };
  if (/:\d*$/.test(entry) || entry.includes(':'))
    return { problem: 'has a port or a colon: give the hostname alone (mTLS is enabled for the name, on every port)' };
  if (entry.startsWith('*')) return { problem: 'is a wildcard: give each hostname to protect by name' };
  // domainToASCII would decode %41 and drop invisible characters, sending a name the user never wrote.
  if (INVISIBLE_OR_ENCODED().test(entry)) return { problem: 'contains "%" or an invisible character: give the hostname as plain text' };
  if (/\.\d+\.?$|^\d+$|\.0x[0-9a-f]+\.?$/i.test(entry))
    return { problem: 'ends in a number, like an IP address: mTLS is enabled for hostnames, whose last label is a name' };
  const ascii = domainToASCII(entry.replace(/\.$/, ''));
  if (ascii === '') return { problem: 'is not a valid hostname (an internationalized name that cannot be converted to punycode?)' };
  const name = ascii.toLowerCase();
  if (name.length > MAX_HOSTNAME_LENGTH) return { problem: `is longer than ${MAX_HOSTNAME_LENGTH} characters` };
  // Again after conversion: 0x7f000001 and full-width digits only become an address there.
  // Every IPv4 address domainToASCII yields ends in a decimal label; IPv6 never gets here (a colon is refused first).
  if (/\.\d+$|^\d+$|\.0x[0-9a-f]+$/.test(name)) return { problem: `is an IP address (${name}): mTLS is enabled for hostnames` };
  const labels = name.split('.');
  if (labels.length < 2) return { problem: 'is not a fully qualified hostname: give the whole name, like api.example.com' };
  const bad = labels.find(label => !LABEL.test(label));
  if (bad !== undefined) {
    return {
      problem:
        bad === ''
          ? 'has an empty label (two dots in a row, or a leading dot)'
          : `has a label ("${quotedInput(bad, 60)}") that is not letters, digits and inner hyphens of at most 63 characters`,
    };
  }
  return name;
}

function hostPart(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
