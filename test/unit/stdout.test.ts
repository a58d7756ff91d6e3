// The steps' standard output (src/stdout.ts): synchronous writes to fd 1, in order, and Node's own stream
// from the first byte a write could not take. A real pipe, through dist/, in test/e2e/start-up.test.ts
// (and every end-to-end test reads the steps' lines through it).
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exitWhenWritten, useSynchronousStdout } from '../../src/stdout.ts';

/** A stand-in for `process`: `stdout` a configurable getter that builds a recording stream on first use, as Node's does. */
function fakeProcess() {
  const streamed: Buffer[] = [];
  const stream = {
    isTTY: false,
    write: vi.fn((chunk: Uint8Array, callback?: () => void) => {
      streamed.push(Buffer.from(chunk));
      callback?.();
      return true;
    }),
    on(this: unknown, _event: string) {
      return this;
    },
  };
  const built = vi.fn(() => stream);
  const target = {} as { stdout: NodeJS.WriteStream };
  Object.defineProperty(target, 'stdout', { configurable: true, enumerable: true, get: built });
  return { target, stream, built, streamed };
}

/** A write(fd, buffer, offset, length) that records what it wrote, taking at most `limits[n]` bytes on its n-th call (an Error: thrown). */
function fakeWrite(limits: (number | Error)[] = []) {
  const written: Buffer[] = [];
  const fds: number[] = [];
  let calls = 0;
  const write = ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
    fds.push(fd);
    const limit = limits[calls++] ?? Number.POSITIVE_INFINITY;
    if (limit instanceof Error) throw limit;
    const count = Math.min(limit, length);
    written.push(Buffer.from(buffer.subarray(offset, offset + count)));
    return count;
  }) as unknown as typeof import('node:fs').writeSync;
  return { write, written, fds };
}

/** fd 1 as a pipe (the runner's case; the test worker's own fd 1 may be anything). */
const PIPE = (): boolean => true;

const eagain = Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });

describe('useSynchronousStdout', () => {
  it('writes each chunk to fd 1 at once, in order, strings as UTF-8, without building the stream', () => {
    const { target, built } = fakeProcess();
    const { write, written, fds } = fakeWrite();
    useSynchronousStdout(target, write, PIPE);
    expect(target.stdout.write('::error::Input zone-id …\n')).toBe(true);
    target.stdout.write(Buffer.from('ünïcode ✓\n'));
    target.stdout.write('68690a', 'hex');
    expect(Buffer.concat(written).toString()).toBe('::error::Input zone-id …\nünïcode ✓\nhi\n');
    expect(fds.every(fd => fd === 1)).toBe(true);
    expect(built).not.toHaveBeenCalled();
  });

  it('finishes a short write with further writes, and calls a callback after it', async () => {
    const { target } = fakeProcess();
    const { write, written } = fakeWrite([3, 2]);
    useSynchronousStdout(target, write, PIPE);
    const callback = vi.fn();
    target.stdout.write('abcdefgh\n', callback);
    expect(Buffer.concat(written).toString()).toBe('abcdefgh\n');
    expect(written).toHaveLength(3);
    await new Promise(resolve => process.nextTick(resolve));
    expect(callback).toHaveBeenCalledWith(null);
  });

  it('hands the rest to Node stream on EAGAIN (a full non-blocking pipe), and every later write too', () => {
    const { target, stream, built, streamed } = fakeProcess();
    const { write, written } = fakeWrite([4, eagain]);
    useSynchronousStdout(target, write, PIPE);
    target.stdout.write('line one\n');
    target.stdout.write('line two\n');
    expect(Buffer.concat(written).toString()).toBe('line');
    expect(Buffer.concat(streamed).toString()).toBe(' one\nline two\n');
    expect(built).toHaveBeenCalledTimes(1);
    expect(target.stdout).toBe(stream);
  });

  it('hands over on a write that takes nothing, rather than loop', () => {
    const { target, streamed } = fakeProcess();
    const { write } = fakeWrite([0]);
    useSynchronousStdout(target, write, PIPE);
    target.stdout.write('all of it\n');
    expect(Buffer.concat(streamed).toString()).toBe('all of it\n');
  });

  it('gives anything but write from Node stream, its methods bound to it', () => {
    const { target, stream, built } = fakeProcess();
    useSynchronousStdout(target, fakeWrite().write, PIPE);
    expect(target.stdout.isTTY).toBe(false);
    expect(built).toHaveBeenCalledTimes(1);
    expect(target.stdout.on('drain', () => {})).toBe(stream);
  });

  it('leaves a terminal (a character device) to Node stream', () => {
    const { target, stream } = fakeProcess();
    const { write, written } = fakeWrite();
    useSynchronousStdout(target, write, () => false);
    target.stdout.write('to the console\n');
    expect(target.stdout).toBe(stream);
    expect(written).toEqual([]);
  });

  it('leaves a stdout that is not a configurable getter alone', () => {
    const target = { stdout: { write: () => true } } as unknown as { stdout: NodeJS.WriteStream };
    const before = target.stdout;
    useSynchronousStdout(target, fakeWrite().write, PIPE);
    expect(target.stdout).toBe(before);
  });

  it('in a real process on a pipe: every line, in order, and node:net not loaded until something reads more than write', () => {
    const script = `
      const { useSynchronousStdout } = await import(${JSON.stringify(new URL('../../src/stdout.ts', import.meta.url).href)});
      useSynchronousStdout();
      for (let i = 0; i < 2000; i++) process.stdout.write('line ' + i + ' ' + 'x'.repeat(100) + '\\n');
      console.log('via console.log');
      const loaded = JSON.stringify(process.moduleLoadList.filter(name => name === 'NativeModule net'));
      process.stderr.write(loaded);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(child.status).toBe(0);
    const lines = child.stdout.split('\n');
    expect(lines).toHaveLength(2002);
    expect(lines[1999]).toBe(`line 1999 ${'x'.repeat(100)}`);
    expect(lines[2000]).toBe('via console.log');
    // console.log reads more of process.stdout than write, so it is Node's stream that says it; before it, nothing loaded net.
    expect(child.stderr).toBe('["NativeModule net"]');
  });

  it('in a real process writing to a file: every line, and node:net never loaded', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cf-mtls-stdout-'));
    const file = join(folder, 'out.txt');
    const script = `
      const { useSynchronousStdout } = await import(${JSON.stringify(new URL('../../src/stdout.ts', import.meta.url).href)});
      useSynchronousStdout();
      for (let i = 0; i < 3; i++) process.stdout.write('line ' + i + '\\n');
      const loaded = JSON.stringify(process.moduleLoadList.filter(name => name === 'NativeModule net'));
      process.stderr.write(loaded);`;
    const out = openSync(file, 'w');
    try {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', out, 'pipe'] });
      expect(child.status).toBe(0);
      expect(child.stderr).toBe('[]');
    } finally {
      closeSync(out);
    }
    expect(await readFile(file, 'utf8')).toBe('line 0\nline 1\nline 2\n');
  });
});

describe('exitWhenWritten', () => {
  it('exits at once when every line went to fd 1 through the sink', () => {
    const { target } = fakeProcess();
    const { write } = fakeWrite();
    const sink = useSynchronousStdout(target, write, PIPE);
    target.stdout.write('::debug::done\n');
    const exit = vi.fn();
    const stdout = { write: vi.fn() };
    exitWhenWritten(sink, stdout as unknown as NodeJS.WriteStream, exit);
    expect(sink?.allWritten()).toBe(true);
    expect(exit).toHaveBeenCalledTimes(1);
    expect(stdout.write).not.toHaveBeenCalled();
  });

  it("waits for Node's stream once it has taken over (it may hold what it was given), and without the sink", () => {
    const { target, stream } = fakeProcess();
    const { write } = fakeWrite([4, eagain]);
    const sink = useSynchronousStdout(target, write, PIPE);
    target.stdout.write('::error::x\n');
    expect(sink?.allWritten()).toBe(false);
    for (const given of [sink, undefined]) {
      const exit = vi.fn();
      let flushed: (() => void) | undefined;
      const held = {
        write: vi.fn((_chunk: string, callback: () => void) => {
          flushed = callback;
        }),
      };
      exitWhenWritten(given, held as unknown as NodeJS.WriteStream, exit);
      expect(held.write).toHaveBeenCalledWith('', expect.any(Function));
      expect(exit).not.toHaveBeenCalled();
      flushed?.();
      expect(exit).toHaveBeenCalledTimes(1);
    }
    expect(stream.write).toHaveBeenCalled();
  });

  it('is not installed on a terminal', () => {
    const { target } = fakeProcess();
    expect(useSynchronousStdout(target, fakeWrite().write, () => false)).toBeUndefined();
  });
});
