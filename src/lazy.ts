/**
 * What main.ts loads only once the inputs are valid, behind one dynamic import (one chunk of dist/): the
 * commands with the API client, the proxy set-up (node:http through the bundler's require) and the
 * certificate checks, and the publishing of their result (files, outputs, the result's summary). A bad
 * input is refused without compiling any of it.
 */
export { executeCommand } from './commands/index.js';
export { publish } from './publish.js';
