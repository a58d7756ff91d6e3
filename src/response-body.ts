import { MAX_RESPONSE_BYTES } from './limits.js';

/** An answer larger than the action accepts; nothing of it was parsed. */
export class ResponseTooLargeError extends Error {
  override name = 'ResponseTooLargeError';
  readonly limitBytes: number;

  constructor(limitBytes: number) {
    super(`the answer is larger than ${formatBytes(limitBytes)}, the most this action reads from an API (a real answer is far smaller)`);
    this.limitBytes = limitBytes;
  }
}

/**
 * The one way the action reads a response body, from Cloudflare's API and GitHub's alike: counted while
 * it streams and abandoned as soon as it passes the cap, so a huge or endless answer costs at most the
 * cap in memory. A declared content-length over the cap fails before anything is read.
 */
export async function readCappedText(response: Response, limitBytes = MAX_RESPONSE_BYTES): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(limitBytes);
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(limitBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
