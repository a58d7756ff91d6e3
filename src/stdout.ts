import { fstatSync, writeSync } from 'node:fs';

/**
 * The steps' standard output, written with synchronous writes to file descriptor 1.
 *
 * Everything the action says to the runner (log lines and workflow commands) goes through
 * `@actions/core`, which writes each line with `process.stdout.write`. On a runner, standard output is a
 * pipe, and Node builds `process.stdout` for a pipe on its first use as a `net.Socket`: `node:net`, the
 * stream machinery and a pipe handle, 4–5 ms measured (docs/performance.md), which is a sixth of a refused
 * input's whole run and of the post step's. The runner reads bytes, not sockets, so `process.stdout` is
 * given to `@actions/core` as this sink: the same bytes, in the same order, each written before `write`
 * returns. Node documents its own writes to a pipe on POSIX as asynchronous, but libuv tries each write at
 * once, so a line lands at once there too while the runner reads the pipe; the differences are that
 * nothing can be left unwritten when the process exits, and that a pipe nobody reads any more would hold
 * the step at its next line (as it holds any program writing to it) instead of filling Node's buffer.
 *
 * Only a pipe (a FIFO, or the socket pair Node's own child processes get) or a file gets this sink: a
 * character device (a contributor's terminal; and /dev/null, which Node writes synchronously anyway) keeps
 * Node's stream, as does a closed descriptor. So does Windows, whose pipes and console Node drives through
 * libuv's own handles: no Windows machine measured or tested the sink there (the CI workflow's Windows job
 * runs Node's own stream).
 * Node's stream takes over (from the first byte not written) on anything else than a complete write: a
 * pipe left non-blocking and full (EAGAIN), a closed one (EPIPE), any other error, or a caller that needs
 * more than `write` (events, `isTTY`, `end`...). Whatever it does with those is then what Node always does.
 */
export function useSynchronousStdout(
  target: { stdout: NodeJS.WriteStream } = process,
  write: typeof writeSync = writeSync,
  isPlainOutput: () => boolean = plainOutput,
): StdoutSink | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(target, 'stdout');
  const nodeStdout = descriptor?.get;
  if (nodeStdout === undefined || descriptor?.configurable !== true || !isPlainOutput()) return undefined;
  let stream: NodeJS.WriteStream | undefined;
  const takeOver = (): NodeJS.WriteStream => {
    if (stream === undefined) {
      stream = nodeStdout.call(target) as NodeJS.WriteStream;
      Object.defineProperty(target, 'stdout', { ...descriptor, get: () => stream });
    }
    return stream;
  };
  const sink = {
    fd: 1,
    write(chunk: string | Uint8Array, ...rest: unknown[]): boolean {
      const callback = rest.find(argument => typeof argument === 'function') as ((error?: Error | null) => void) | undefined;
      const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8';
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      let written = 0;
      try {
        while (written < bytes.length) {
          const count = write(1, bytes, written, bytes.length - written);
          if (count <= 0) throw new Error('nothing written');
          written += count;
        }
      } catch {
        return takeOver().write(bytes.subarray(written), callback);
      }
      if (callback !== undefined) process.nextTick(callback, null);
      return true;
    },
  };
  // Anything but write goes to Node's stream, built then (and used from then on), its methods bound to it.
  const stdout = new Proxy(sink, {
    get: (target, key) => {
      if (stream === undefined && (key === 'write' || key === 'fd')) return target[key];
      const node = takeOver();
      const value: unknown = Reflect.get(node, key);
      return typeof value === 'function' ? value.bind(node) : value;
    },
  });
  Object.defineProperty(target, 'stdout', { ...descriptor, get: () => stream ?? stdout });
  return { allWritten: () => stream === undefined };
}

/** The synchronous sink, as useSynchronousStdout installed it. */
export interface StdoutSink {
  /** Whether every byte written so far is on fd 1: true until Node's stream takes over, which may buffer. */
  readonly allWritten: () => boolean;
}

/**
 * Ends the step once everything it printed is out, instead of letting Node tear the process down: Node's
 * own end of a process (its environment freed, its heap disposed, and first whatever the event loop still
 * holds, such as undici's housekeeping of the kept-alive connection and a garbage collection it set off)
 * took 6–9 ms of a `get` or a `create` on the bench's machine (docs/performance.md); `process.exit()`
 * skips it. Only for a step that is done: the outputs, the state, the summary and the files are written
 * with synchronous calls or awaited before this. With the sink and nothing handed to Node's stream, every
 * line is already on fd 1 and the step exits at once; otherwise (a terminal, Windows, a full pipe) it
 * exits when Node's stream says it has written what it holds. Whatever a run starts and does not await
 * is cut off here, so the main step awaits everything it starts.
 */
export function exitWhenWritten(
  sink: StdoutSink | undefined,
  stdout: Pick<NodeJS.WriteStream, 'write'> = process.stdout,
  exit: () => void = () => process.exit(),
): void {
  if (sink?.allWritten()) exit();
  else stdout.write('', () => exit());
}

/** Whether file descriptor 1 is open and not a character device (a terminal): a pipe, a socket or a file; never on Windows. */
function plainOutput(): boolean {
  if (process.platform === 'win32') return false;
  try {
    return !fstatSync(1).isCharacterDevice();
  } catch {
    return false;
  }
}
