/**
 * The base of every error the action expects and explains: a bad input (InputError), an API that refused
 * or did not answer (cloudflare/errors.ts, DeadlineError), a certificate that fails a check
 * (VerificationError), a file that could not be written after the API acted (FileWriteError). Its message
 * is whole sentences for the user; report() in main.ts prints its lines as ::error:: lines, with no stack.
 *
 * Anything thrown that is not one is a bug, reported as "Unexpected error: …" with the stack in the debug
 * log. Errors that only carry a reason to the code that catches them, which rewords it as a problem or a
 * failure (CsrFormatError, FileReadError, ResponseTooLargeError, UnsafePathError), are not ActionErrors,
 * so that one that escapes unreworded still shows as the bug it is.
 */
export class ActionError extends Error {
  override name = 'ActionError';

  /** The ::error:: lines this error is reported as: its message, unless it holds several (InputError). */
  get lines(): readonly string[] {
    return [this.message];
  }
}
