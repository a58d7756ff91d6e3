// The API double's failure: an HTTP status and Cloudflare's error items, answered in the failure envelope.

export interface ApiError {
  readonly code: number;
  readonly message: string;
  /** Error items may carry a link, as the schema's failure envelope allows. */
  readonly documentation_url?: string;
  readonly error_chain?: readonly ApiError[];
}

export class HttpError extends Error {
  readonly status: number;
  readonly errors: readonly ApiError[];
  constructor(status: number, errors: readonly ApiError[]) {
    super(errors.map(e => e.message).join('; '));
    this.status = status;
    this.errors = errors;
  }
}
