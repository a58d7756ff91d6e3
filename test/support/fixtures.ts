// Shared fixtures: credentials in the formats Cloudflare issues, and raw inputs as the runner gives them.
import { randomBytes } from 'node:crypto';
import { INPUT_NAMES, type RawInputs } from '../../src/config/types.ts';
import type { DoubleOptions } from '../double/server.ts';

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

/** One zone and the three ways into it: a write token, a read-only token, and a Global API Key pair. */
export interface TestAccount {
  readonly token: string;
  readonly readToken: string;
  readonly globalKey: { readonly email: string; readonly key: string };
  readonly zoneId: string;
  /** The API double's options that accept exactly these credentials for this zone. */
  readonly doubleOptions: DoubleOptions;
}

export function newAccount(): TestAccount {
  const token = newToken();
  const readToken = newToken();
  const globalKey = { email: 'ops@example.com', key: newGlobalKey() };
  const zoneId = newId();
  return {
    token,
    readToken,
    globalKey,
    zoneId,
    doubleOptions: {
      tokens: [
        { token, permission: 'write' },
        { token: readToken, permission: 'read' },
      ],
      globalKeys: [globalKey],
      zones: [zoneId],
    },
  };
}

/**
 * The API double's profiles (test/double/server.ts): `live`, as the live API answers (UUID ids, decimal
 * serials, reads that lag writes), and `schema`, as its published schema reads. Core end-to-end tests run
 * under both.
 */
export const PROFILES = ['live', 'schema'] as const;

/** A certificate id of either shape, as outputs and messages carry it. */
export const CERTIFICATE_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}/;
