// Shared fixtures: credentials in the formats Cloudflare issues, and raw inputs as the runner gives them.
import { randomBytes } from 'node:crypto';
import { INPUT_NAMES, type RawInputs } from '../../src/inputs.ts';

/** A 40-character API token, like Cloudflare's. */
export function newToken(): string {
  return randomBytes(30).toString('base64url');
}

/** A 37-character Global API Key, like Cloudflare's. */
export function newGlobalKey(): string {
  return randomBytes(19).toString('hex').slice(0, 37);
}

export function newId(): string {
  return randomBytes(16).toString('hex');
}

/** Every input empty, as the runner reports unset inputs, then the given ones. */
export function rawInputs(values: Partial<Record<(typeof INPUT_NAMES)[number], string>>): RawInputs {
  const raw = Object.fromEntries(INPUT_NAMES.map(name => [name, ''])) as Record<(typeof INPUT_NAMES)[number], string>;
  return Object.assign(raw, values);
}
