// The steps' last build pass (scripts/build.ts, and the bench's floors in scripts/bench.ts, built the same
// way): each JavaScript file of dist/ the steps run, minified by esbuild after the start-up transform.
//
// Measured (docs/performance.md, "Minified, in ASCII, and an explicit exit"): a `get` and a `create` end
// to end 4–5 ms faster in paired rounds on the bench's machine, 3 % of their run. V8 scans every token of a
// file to compile its top level, and again the text of each function a run calls when it first calls it;
// webpack's module names (`_cloudflare_errors_js__WEBPACK_IMPORTED_MODULE_0__`, at every use of an
// import), the comments and the layout make that text three times as long as the code. ncc's own minify
// (terser) is not used: it runs before the start-up transform and changes the forms the transform looks
// for, and it was measured no faster when it was tried before.
//
// `charset: 'ascii'`: a file with one character beyond ASCII is read into a two-byte string, which costs
// its decoding on every start (about 1 ms for dist/index.js and its second stage together); escaped, the
// same text is ASCII.
import { transformSync } from 'esbuild';

/** One step's file, minified: same behaviour, shorter names, no comments or layout, ASCII only. */
export function minifyStep(code: string): string {
  // format 'cjs': the file is a CommonJS module, so its top-level names are its own and may be renamed;
  // `require`, `module`, `exports` and `__dirname` stay (free names are never renamed).
  return transformSync(code, { loader: 'js', format: 'cjs', minify: true, charset: 'ascii', legalComments: 'none', target: 'node24' }).code;
}
