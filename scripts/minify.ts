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
import { compileEagerly } from './eager.ts';
import { startUpTransform } from './start-up-transform.ts';

/** One step's file, minified: same behaviour, shorter names, no comments or layout, ASCII only. */
function minifyStep(code: string): string {
  // format 'cjs': the file is a CommonJS module, so its top-level names are its own and may be renamed;
  // `require`, `module`, `exports` and `__dirname` stay (free names are never renamed).
  return transformSync(code, { loader: 'js', format: 'cjs', minify: true, charset: 'ascii', legalComments: 'none', target: 'node24' }).code;
}

/**
 * The steps' files as they ship, for scripts/build.ts and the bench's floors alike: the start-up transform
 * (scripts/start-up-transform.ts, on ncc's own forms), then the listed functions compiled eagerly in the
 * files `eager` names (scripts/eager.ts: the names of scripts/eager-functions.ts), then each JavaScript
 * file minified.
 * A local build with source maps asks for neither of the last two (`minify: false`, no `eager`): its maps
 * map the bundle as ncc wrote it. `steps` are the entry bundles the transform must find its forms in.
 * Returns every file given, and what was not found: the transform's forms, and each listed name that no
 * file declares.
 */
export function finishSteps(
  files: Readonly<Record<string, string>>,
  steps: readonly string[],
  { minify = true, eager }: { minify?: boolean; eager?: { readonly names: ReadonlySet<string>; readonly files: (file: string) => boolean } } = {},
): { files: Record<string, string>; problems: string[] } {
  const finished = { ...files };
  const problems = startUpTransform(finished, [...steps], (file, code) => {
    finished[file] = code;
  });
  const javascript = Object.keys(finished).filter(file => file.endsWith('.js'));
  if (eager !== undefined) {
    const found = new Set<string>();
    for (const file of javascript.filter(eager.files)) {
      const rewritten = compileEagerly(finished[file] as string, eager.names);
      finished[file] = rewritten.code;
      for (const name of rewritten.found) found.add(name);
    }
    const missing = [...eager.names].filter(name => !found.has(name));
    if (missing.length > 0) {
      problems.push(`scripts/eager-functions.ts lists functions no file declares (${missing.join(', ')}): run npm run eager:update`);
    }
  }
  if (minify) for (const file of javascript) finished[file] = minifyStep(finished[file] as string);
  return { files: finished, problems };
}
