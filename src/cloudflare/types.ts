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

export interface ResultInfo {
  readonly page: number;
  readonly per_page: number;
  readonly count: number;
  readonly total_count: number;
  readonly total_pages: number;
}

export interface ApiMessage {
  readonly code: number;
  readonly message: string;
  readonly error_chain?: readonly ApiMessage[];
}
