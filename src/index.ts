import { run } from './main.js';

await run();
// Everything the step does is done. A socket that an aborted request left open (a proxy that accepted a
// CONNECT and never answered, say) must not keep the job waiting: once the output has had a moment to
// drain, exit. The timer is unref'd, so a step with nothing left open exits at once, as before.
setTimeout(() => process.exit(), 1000).unref();
