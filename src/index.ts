import { run } from './main.js';
import { useSynchronousStdout } from './stdout.js';

// Before anything is said: @actions/core's lines go to fd 1 without building a net.Socket (src/stdout.ts).
useSynchronousStdout();
// No top-level await: the bundle is CommonJS (scripts/build.ts), where it would take webpack's async
// module runtime. A rejection still ends the step with its stack, as an unhandled one does.
void run().then(() => {
  // Everything the step does is done. A socket that an aborted request left open (a proxy that accepted a
  // CONNECT and never answered, say) must not keep the job waiting: once the output has had a moment to
  // drain, exit. The timer is unref'd, so a step with nothing left open exits at once, as before.
  setTimeout(() => process.exit(), 1000).unref();
});
