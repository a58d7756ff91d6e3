// The one error hierarchy: what report() (src/main.ts) prints as is, and what stays a bug.
import { describe, expect, it } from 'vitest';
import { CloudflareApiError, TransportError, UnexpectedResponseError, VerificationError } from '../../src/cloudflare/errors.ts';
import { FileReadError } from '../../src/config/files.ts';
import { InputError } from '../../src/config/parse.ts';
import { CsrFormatError, PrivateKeyGivenError } from '../../src/csr.ts';
import { DeadlineError } from '../../src/deadline.ts';
import { ActionError } from '../../src/errors.ts';
import { UnsafePathError } from '../../src/file-writer.ts';
import { FileWriteError } from '../../src/publish.ts';
import { ResponseTooLargeError } from '../../src/response-body.ts';

describe('ActionError', () => {
  it('is the base of every error the action explains', () => {
    const explained = [
      new InputError([{ input: 'zone-id', message: 'is required' }]),
      new CloudflareApiError([{ code: 10000, message: 'Authentication error' }], { status: 403 }),
      new UnexpectedResponseError('with an HTML page', { status: 502 }),
      new VerificationError('the fingerprint differs'),
      new TransportError('GET /zones failed: ECONNRESET', true),
      new DeadlineError('no answer within the deadline', false),
    ];
    for (const error of explained) expect(error, error.name).toBeInstanceOf(ActionError);
    expect(FileWriteError.prototype).toBeInstanceOf(ActionError);
  });

  it('is not the base of the errors a caller rewords, so that one that escapes shows as the bug it is', () => {
    const reworded = [
      new CsrFormatError('is not PEM'),
      new PrivateKeyGivenError('PRIVATE KEY'),
      new FileReadError('it is a folder'),
      new ResponseTooLargeError(4),
      new UnsafePathError('is a link'),
    ];
    for (const error of reworded) expect(error, error.name).not.toBeInstanceOf(ActionError);
  });

  it('is reported as its message, one line, unless it holds several problems: one line each', () => {
    expect(new VerificationError('certificate 1 was not issued for the CSR').lines).toEqual(['certificate 1 was not issued for the CSR']);
    const error = new InputError([
      { input: 'zone-id', message: 'is required: give the Zone ID' },
      { input: 'api-token', message: 'is required' },
    ]);
    expect(error.lines).toEqual(['Input zone-id is required: give the Zone ID', 'Input api-token is required']);
    expect(error.message).toBe(error.lines.join('\n'));
  });
});
