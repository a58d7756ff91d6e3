// The API double's zones: GET /zones with account.id, status, page and per_page, as the zones extract of
// Cloudflare's schema (test/openapi/cloudflare-zones-and-rulesets.json) gives them. The schema's own
// validator (openapi.ts) refuses what it forbids (per_page above 50, a status outside its enum) before
// this runs. Not modelled: the name, account.name, order, direction and match filters (ignored here).

export const ZONE_STATUSES = ['initializing', 'pending', 'active', 'moved'] as const;
export type ZoneStatus = (typeof ZONE_STATUSES)[number];

/** An account of the double and its zones (each zone's name comes from zoneNames, as before). */
export interface DoubleAccount {
  readonly id: string;
  readonly name?: string;
  readonly zones: readonly string[];
}

export interface DoubleZone {
  readonly id: string;
  readonly name: string;
  readonly status: ZoneStatus;
  readonly account: { readonly id: string; readonly name: string };
}

const CREATED_ON = '2024-01-02T03:04:05.123456Z';

/**
 * A zone as GET /zones lists it: every field the schema requires (id, name, development_mode, owner,
 * account, meta, name_servers, original_name_servers, original_registrar, original_dnshost, created_on,
 * modified_on, activated_on), plus status, paused and type, which the live API sends beside them.
 */
export function zoneView(zone: DoubleZone): Record<string, unknown> {
  return {
    id: zone.id,
    name: zone.name,
    status: zone.status,
    paused: false,
    type: 'full',
    development_mode: 0,
    name_servers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'],
    original_name_servers: null,
    original_registrar: null,
    original_dnshost: null,
    modified_on: CREATED_ON,
    created_on: CREATED_ON,
    activated_on: zone.status === 'active' ? CREATED_ON : null,
    meta: { step: 2, custom_certificate_quota: 0, page_rule_quota: 3, phishing_detected: false },
    owner: { id: zone.account.id, name: zone.account.name, type: 'organization' },
    account: { id: zone.account.id, name: zone.account.name },
  };
}

/** The zones a listing shows: those the caller may read, of the account and with the status asked for. */
export function selectZones(zones: readonly DoubleZone[], visible: (zoneId: string) => boolean, query: URLSearchParams): DoubleZone[] {
  const account = query.get('account.id');
  const status = query.get('status');
  return zones.filter(z => visible(z.id) && (account === null || z.account.id === account) && (status === null || z.status === status));
}
