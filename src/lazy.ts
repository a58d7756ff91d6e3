/**
 * The second stage: what main.ts loads only once the inputs are valid, behind one dynamic import: the
 * commands with the API client, the proxy set-up (node:http through the bundler's require) and the
 * certificate checks, and the publishing of their result (files, outputs, the result's summary). A bad
 * input is refused without compiling any of it. The hints after an API error come from here too: an API
 * error comes only after this is loaded, and the commands' own hints are in it already.
 *
 * Every dynamic import of the second stage names the chunk "second-stage", the heavier input checks
 * config/ loads only when their input is given (csr.ts, hostnames.ts, file-writer.ts) included: webpack
 * makes them one chunk of dist/, so that a run loads one file after its inputs are read, and no module
 * is copied into two chunks (dist/ would grow by about 10 KiB gzipped). An input refused with a CSR, a
 * hostname list or a path given compiles the chunk to check them.
 */
export { executeCommand } from './commands/index.js';
export { hintFor } from './hints.js';
export { publish } from './publish.js';
