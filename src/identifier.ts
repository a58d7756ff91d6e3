/**
 * The one check for every Cloudflare identifier the action uses, by kind. Every id that reaches a URL
 * path, an output or a log line passes through it first, whether it came from an input or from an API
 * answer, so no id can walk to another endpoint or carry a command.
 *
 * The shapes are the live API's, which the published schema does not give (it types every id as a
 * shared "Identifier, maxLength 32" placeholder): zone and account ids are 32 hexadecimal characters;
 * client certificate ids and certificate authority ids are UUIDs on the live API (Cloudflare's own
 * published create response: "id": "7bf7f70c-7600-42e1-81c4-e4c0da9aa515"), and 32 hexadecimal
 * characters in the schema's examples, so both are accepted; an mTLS certificate id
 * (mtls_certificate_id) is a UUID, as the schema itself says (36 characters). Ruleset and rule ids (a
 * zone's WAF custom rules) are 32 hexadecimal characters, as the rulesets schema's own pattern says.
 */
export type IdKind = 'zone' | 'account' | 'certificate' | 'authority' | 'mtls-certificate' | 'ruleset' | 'rule';

const HEX32 = /^[0-9a-f]{32}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const SHAPES: Readonly<Record<IdKind, readonly RegExp[]>> = {
  zone: [HEX32],
  account: [HEX32],
  certificate: [UUID, HEX32],
  authority: [UUID, HEX32],
  'mtls-certificate': [UUID],
  ruleset: [HEX32],
  rule: [HEX32],
};

/** How each kind looks, for a message that says what to give. */
export const ID_SHAPES: Readonly<Record<IdKind, string>> = {
  zone: '32 hexadecimal characters',
  account: '32 hexadecimal characters',
  certificate: 'a UUID like 7bf7f70c-7600-42e1-81c4-e4c0da9aa515 (or 32 hexadecimal characters)',
  authority: 'a UUID (or 32 hexadecimal characters)',
  'mtls-certificate': 'a UUID like b2134436-2555-4acf-be5b-26c48136575e',
  ruleset: '32 hexadecimal characters',
  rule: '32 hexadecimal characters',
};

/**
 * The id in canonical form (lowercase; Cloudflare's ids are lowercase, and it accepts them in any case),
 * or undefined when the value is not an id of this kind.
 */
export function canonicalId(kind: IdKind, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 36) return undefined;
  const lower = value.toLowerCase();
  return SHAPES[kind].some(shape => shape.test(lower)) ? lower : undefined;
}

/** Whether the value is an id of this kind, in any case. */
export function isId(kind: IdKind, value: unknown): value is string {
  return canonicalId(kind, value) !== undefined;
}
