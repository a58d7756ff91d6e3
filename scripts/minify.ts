// The steps' last build pass (scripts/build.ts, and the bench's floors in scripts/bench.ts, built the same
// way, through finishSteps): each JavaScript file of dist/ the steps run, minified by esbuild after the
// start-up transform.
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
import { startUpTransform } from './start-up-transform.ts';

/** One step's file, minified: same behaviour, shorter names, no comments or layout, ASCII only. */
function minifyStep(code: string): string {
  // format 'cjs': the file is a CommonJS module, so its top-level names are its own and may be renamed;
  // `require`, `module`, `exports` and `__dirname` stay (free names are never renamed).
  return transformSync(code, { loader: 'js', format: 'cjs', minify: true, charset: 'ascii', legalComments: 'none', target: 'node24' }).code;
}

/**
 * The steps' files as they ship, for scripts/build.ts and the bench's floors alike: the start-up transform
 * (scripts/start-up-transform.ts, on ncc's own forms), then each JavaScript file minified, unless `minify`
 * is false (a local build with source maps, which map the unminified bundle). `steps` are the entry bundles
 * the transform must find its forms in. Returns every file given, and what the transform did not find.
 */
export function finishSteps(
  files: Readonly<Record<string, string>>,
  steps: readonly string[],
  minify = true,
): { files: Record<string, string>; problems: string[] } {
  const finished = { ...files };
  const problems = startUpTransform(finished, [...steps], (file, code) => {
    finished[file] = code;
  });
  if (minify) for (const [file, code] of Object.entries(finished)) if (file.endsWith('.js')) finished[file] = minifyStep(code);
  return { files: finished, problems };
}
