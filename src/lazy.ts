/**
 * What main.ts loads only once the inputs are valid, behind one dynamic import (one chunk of dist/): the
 * commands with the API client, the proxy set-up (node:http through the bundler's require) and the
 * certificate checks, and the publishing of their result (files, outputs, the result's summary). A bad
 * input is refused without compiling any of it. The hints after an API error come from here too: an API
 * error comes only after this chunk is loaded, and the commands' own hints are in it already.
 */
export { executeCommand } from './commands/index.js';
export { hintFor } from './hints.js';
export { publish } from './publish.js';
