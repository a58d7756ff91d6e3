import { run } from './main.js';
import { exitWhenWritten, useSynchronousStdout } from './stdout.js';

// Before anything is said: @actions/core's lines go to fd 1 without building a net.Socket (src/stdout.ts).
const sink = useSynchronousStdout();
// No top-level await: the bundle is CommonJS (scripts/build.ts), where it would take webpack's async
// module runtime. A rejection still ends the step with its stack, as an unhandled one does.
void run().then(() => {
  // Everything the step does is done: exit once its output is out (src/stdout.ts says why). A socket that
  // an aborted request left open (a proxy that accepted a CONNECT and never answered, say) never keeps the
  // job waiting either; should the output not drain, the unref'd timer ends the step after a second.
  exitWhenWritten(sink);
  setTimeout(() => process.exit(), 1000).unref();
});
