/** Status values of a client certificate, as the API reports them. */
export const CERTIFICATE_STATUSES = ['active', 'pending_reactivation', 'pending_revocation', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** A client certificate as the API returns it. The schema marks every field optional. */
export interface ClientCertificate {
  readonly id?: string;
  readonly certificate?: string;
  readonly certificate_authority?: { readonly id?: string; readonly name?: string };
  readonly csr?: string;
  readonly common_name?: string;
  readonly country?: string;
  readonly state?: string;
  readonly location?: string;
  readonly organization?: string;
  readonly organizational_unit?: string;
  readonly issued_on?: string;
  readonly expires_on?: string;
  readonly fingerprint_sha256?: string;
  readonly serial_number?: string;
  readonly signature?: string;
  readonly ski?: string;
  readonly status?: string;
  readonly validity_days?: number;
}

/**
 * Paging as Cloudflare's schema gives it: {page, per_page, count, total_count}. `total_pages` is not in
 * the schema; some answers have carried it, so it is read when present but never relied on. Every field
 * is unknown until checked: an answer may send anything.
 */
export interface ResultInfo {
  readonly page?: unknown;
  readonly per_page?: unknown;
  readonly count?: unknown;
  readonly total_count?: unknown;
  readonly total_pages?: unknown;
}

export interface ApiMessage {
  readonly code: number;
  readonly message: string;
  readonly error_chain?: readonly ApiMessage[];
}
