// The build's one start-up transform: scripts/build.ts runs it on dist/ after ncc, and fails when it does
// not find what it expects; test/unit/bundle.test.ts holds it, and the end-to-end tests check what a
// refused input and the post step load. It keeps off the start-up path what the steps' modules load when
// they are evaluated but use only on some paths:
//
// - Node builtins required on first use instead of at load (LAZY_BUILTINS):
//   - node:crypto (5–8 ms to load, with the streams it pulls in): @actions/core's file-command.js imports
//     it at load for the randomUUID of an output's delimiter; the action's CSR and certificate checks
//     import it too. A refused input, and the post step, never use it.
//   - node:fs/promises (2–4 ms, with readline and the REPL history it loads): the action's file code
//     imports it (key-file.ts, file-writer.ts, config/files.ts), and the post step bundles key-file.ts
//     for its names. A refused input and the post step never use it.
// - @actions/core's summary.js takes `fs.promises` at load (`const { access, appendFile, writeFile } =
//   fs.promises`), which loads fs/promises in every bundle that has @actions/core, the post step
//   included, which never writes a summary; and writing the summary then starts libuv's thread pool for
//   one access check and one append. The three names become the synchronous calls, in functions that
//   return promises as before (the same checks, flags, encoding and errors, as rejections): a summary is
//   a few KiB appended to a local file, as @actions/core's own setOutput and saveState append theirs with
//   appendFileSync.
//
// None of it can be done in src/: `tsconfig.json`'s "paths" (the stand-ins in src/stubs/) never apply to
// Node builtins, whose names ncc's resolver skips, and @actions/core refuses deep imports. So the
// bundles' text is rewritten, at the exact forms ncc emits, and every step's bundle must hold them:
// when ncc changes its output, or @actions/core its code, the build says so instead of leaving them eager.
//
// A lazily required builtin is a Proxy that requires the module on the first property read (or `in`, or
// a listing of its keys). webpack's interop reads `__esModule` from it when a module imports it
// (`__nccwpck_require__.n`); that read is answered without loading (no builtin has `__esModule`).

/** The builtins required on first use, by every name the bundles may use for them. */
export const LAZY_BUILTINS: readonly string[] = ['crypto', 'node:crypto', 'fs/promises', 'node:fs/promises'];

/** The function each rewritten file starts with (after its "use strict" directive, if any). */
export const LAZY_HELPER =
  '/* scripts/start-up-transform.ts: a builtin required on first use */ function __lazyBuiltin(id) { let loaded; const load = () => (loaded ??= require(id)); ' +
  'return new Proxy({}, { get: (_, key) => (key === "__esModule" ? undefined : load()[key]), has: (_, key) => key in load(), ' +
  'ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, key) => { const found = Reflect.getOwnPropertyDescriptor(load(), key); ' +
  'return found && { ...found, configurable: true }; } }); }\n';

/** The names as alternatives of a regular expression. */
const alternatives = (names: readonly string[]): string => names.map(name => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** How ncc's CommonJS output requires a builtin: `require("crypto")`. */
const EAGER_REQUIRE = new RegExp(`(?<![\\w$.])require\\("(${alternatives(LAZY_BUILTINS)})"\\)`, 'g');

/** Any way a bundle could load one at once: require("…") or require('…'), createRequire(…)("…"), import … from "…", import("…"). */
export const ANY_EAGER_FORM = new RegExp(`(?:require\\(|\\)\\(|from |import\\()\\s*["'](${alternatives(LAZY_BUILTINS)})["']`);

/** @actions/core's summary.js, as ncc emits it: `const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;`. */
const SUMMARY_FS_PROMISES = /const \{ access, appendFile, writeFile \} = ([\w$]+)\.promises;/g;

/** What the summary's three names become (`fs` is the bundle's name for node:fs). */
export const summaryFileCalls = (fs: string): string =>
  `const access = async (...args) => ${fs}.accessSync(...args), appendFile = async (...args) => ${fs}.appendFileSync(...args), ` +
  `writeFile = async (...args) => ${fs}.writeFileSync(...args);`;

/**
 * Rewrites the bundles' files, given as name → text; each changed file is passed to `write`. `steps` are
 * the entry bundles (dist/index.js, dist/post/index.js), each of which bundles @actions/core and must
 * therefore hold its eager forms: the summary's read of fs.promises once, and at least one eager require
 * of a listed builtin (file-command.js's crypto). Returns what it did not find, or found still eager
 * afterwards, one sentence each; empty when all is as expected.
 */
export function startUpTransform(files: Readonly<Record<string, string>>, steps: readonly string[], write: (file: string, code: string) => void): string[] {
  const problems: string[] = [];
  for (const step of steps) if (!(step in files)) problems.push(`${step}: not built`);
  for (const [file, code] of Object.entries(files)) {
    const requires = code.match(EAGER_REQUIRE)?.length ?? 0;
    const summaries = code.match(SUMMARY_FS_PROMISES)?.length ?? 0;
    if (steps.includes(file)) {
      if (requires === 0)
        problems.push(`${file}: no require("crypto") to defer (@actions/core's file-command.js has one): has ncc changed how it requires builtins?`);
      if (summaries !== 1) problems.push(`${file}: @actions/core's summary.js reads fs.promises ${summaries} times here, where it is expected once`);
    }
    let rewritten = code
      .replace(EAGER_REQUIRE, (_, id: string) => `__lazyBuiltin("${id}")`)
      .replace(SUMMARY_FS_PROMISES, (_, fs: string) => summaryFileCalls(fs));
    if (requires > 0) {
      const directive = /^"use strict";\n/.exec(rewritten)?.[0] ?? '';
      rewritten = `${directive}${LAZY_HELPER}${rewritten.slice(directive.length)}`;
    }
    const left = ANY_EAGER_FORM.exec(rewritten);
    if (left) problems.push(`${file}: still loads ${left[1]} at once (${left[0]}), in a form the transform does not rewrite`);
    if (rewritten !== code) write(file, rewritten);
  }
  return problems;
}
