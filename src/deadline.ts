import { TransportError } from './cloudflare/errors.js';

/** The step ran out of time, or was cancelled: never retried. */
export class DeadlineError extends TransportError {
  override name = 'DeadlineError';
}

/**
 * One deadline for all API work in the step, retries and waits included (input timeout-seconds),
 * which a cancelled workflow (SIGINT/SIGTERM) also ends early.
 */
export class Deadline {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  readonly #expiresAt: number;
  readonly #cancel: AbortSignal | undefined;

  constructor(timeoutMs: number, cancel?: AbortSignal) {
    this.timeoutMs = timeoutMs;
    this.#expiresAt = Date.now() + timeoutMs;
    this.#cancel = cancel;
    const timeout = AbortSignal.timeout(timeoutMs);
    this.signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout;
  }

  remainingMs(): number {
    return this.signal.aborted ? 0 : Math.max(0, this.#expiresAt - Date.now());
  }

  /**
   * The error for work cut short; maybeDelivered says whether a request in flight may have reached the
   * API, and api names the API that did not answer.
   */
  error(maybeDelivered = false, api = 'the Cloudflare API'): DeadlineError {
    const message = this.#cancel?.aborted
      ? `the step was cancelled before ${api} answered`
      : `no answer from ${api} within the step's deadline of ${formatSeconds(this.timeoutMs)} (timeout-seconds)`;
    return new DeadlineError(message, maybeDelivered);
  }
}

function formatSeconds(ms: number): string {
  return ms < 10_000 && ms % 1000 !== 0 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
