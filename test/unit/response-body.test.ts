import { describe, expect, it } from 'vitest';
import { ResponseTooLargeError, readCappedText } from '../../src/response-body.ts';

/** A body streamed in chunks, counting how many chunks the reader pulled. */
function streamed(chunks: number, chunkBytes: number): { response: Response; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  return { response: new Response(body), pulled: () => pulled };
}

describe('readCappedText', () => {
  it('reads a body up to the cap, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode('{"common_name":"Zürich ✓"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    expect(await readCappedText(new Response(body), bytes.length)).toBe('{"common_name":"Zürich ✓"}');
  });

  it('stops reading as soon as the body passes the cap, without reading the rest', async () => {
    const { response, pulled } = streamed(1000, 1024);
    await expect(readCappedText(response, 10 * 1024)).rejects.toThrow(ResponseTooLargeError);
    expect(pulled()).toBeLessThanOrEqual(12);
  });

  it('fails before reading when content-length declares more than the cap, and names the cap', async () => {
    const { response, pulled } = streamed(10, 1024);
    const declared = new Response(response.body, { headers: { 'content-length': String(5 * 1024 * 1024) } });
    await expect(readCappedText(declared, 4 * 1024 * 1024)).rejects.toThrow('larger than 4 MiB');
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('reads an empty body as an empty string', async () => {
    expect(await readCappedText(new Response(null))).toBe('');
  });
});
