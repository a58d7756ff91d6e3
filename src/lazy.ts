/**
 * The second stage: what main.ts loads only once the inputs are valid, behind one dynamic import: the
 * dispatcher of the commands with the API client, the proxy set-up (node:http through the bundler's
 * require), the get command and the certificate checks, and the publishing of a result (outputs, the
 * result's summary). A bad input is refused without compiling any of it.
 *
 * Every other part is a chunk of its own, loaded only by the run that needs it, so that a get, the
 * commonest scheduled step, compiles nothing it does not run (docs/performance.md):
 * - "create", "change-status", "list" (a zone's and an account's), "hostnames" (the mTLS hostnames and
 *   the WAF rule): imported by commands/index.ts for their command or input;
 * - "csr", "hostnames-input", "file-writer": the heavier input checks, imported by config/ only when
 *   their input is given, and by any other module that loads them dynamically under the same chunk name
 *   (keygen.ts the CSR check, publish.ts the file writer), so that they are one file of dist/;
 * - "hints": what to check after Cloudflare refused a call, imported by main.ts only then.
 * keygen, pkcs12 and the tracking issue (with Octokit) are chunks of their own too, named by webpack.
 * The "hostnames" chunk imports the hints and the hostnames reader statically, so it carries a copy of
 * each, and poll.ts is in each chunk that polls (create, change-status, hostnames): webpack installs a
 * module once, whichever chunk brings it, so the copies cost 16 KiB of download, not run time.
 */
export { executeCommand } from './commands/index.js';
export { publish } from './publish.js';
