// Builds dist/ from src/ with ncc: the main step, the post step, and dist/licenses.txt. The build fails
// if a package bundled into dist/ is missing from licenses.txt, or if the start-up transform does not find
// what it expects. `BUILD_SOURCE_MAPS=1 npm run build` adds source maps for local debugging; the
// committed dist/ has none (the runner never reads them).
//
// The two steps are built as CommonJS (dist/package.json and dist/post/package.json say so): Node's ESM
// loader costs a step about 1.5 ms more to start than its CommonJS loader, for nothing the action uses
// (docs/performance.md). Only the build's output changes: src/ stays ES modules, webpack resolves each
// import as an import (so packages that export only ESM, like @actions/core, resolve as before), and
// each dynamic import() becomes a chunk that the bundle requires when it gets there.
//
// Then scripts/start-up-transform.ts rewrites what the bundles load at start-up but need only on some
// paths (node:crypto, node:fs/promises, @actions/core's summary file calls), and fails the build when a
// step's bundle does not hold the forms it rewrites; scripts/eager.ts has V8 compile the functions every
// `get` and `create` calls with their file (scripts/eager-functions.ts lists them); last, scripts/minify.ts
// minifies each of the steps' files (esbuild, ASCII only), which V8 then compiles faster on every run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EAGER_FUNCTIONS } from './eager-functions.ts';
import { finishSteps } from './minify.ts';
import { nccBuild } from './ncc.ts';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
const run = (command: string, args: string[]): void => void execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const sourceMap = process.env.BUILD_SOURCE_MAPS === '1';

rmSync(join(root, 'dist'), { recursive: true, force: true });
// The proxy fallback is minified by ncc: it runs only on a Node 24 without http.setGlobalProxyFromEnv(),
// so its size is paid on every download but its parse time almost never. It stays an ES module, loaded
// with import() by its path. The steps' bundles are minified after the start-up transform (below).
const bundles = [
  { entry: 'src/index.ts', out: 'dist', esm: false, minify: false },
  { entry: 'src/post.ts', out: 'dist/post', esm: false, minify: false },
  { entry: 'src/proxy-fallback.ts', out: 'dist/proxy-fallback', esm: true, minify: true },
];
const bundled = new Set<string>();
for (const { entry, out, esm, minify } of bundles) {
  const { files, packages } = await nccBuild(join(root, entry), { esm, minify, sourceMap });
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, out, name)), { recursive: true });
    writeFileSync(join(root, out, name), source);
  }
  for (const name of packages) bundled.add(name);
}

// The steps' JavaScript (the proxy fallback, an ES module loaded only on its own path, is left as built).
const javascript = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' })
  .filter(name => name.endsWith('.js') && !name.startsWith('proxy-fallback'))
  .map(name => join('dist', name));
// The start-up transform, the functions every get and create calls compiled eagerly (scripts/eager.ts),
// then minified (scripts/minify.ts says why); with source maps asked for, neither of the last two: the
// maps then match the bundle, a local debugging aid, never committed.
const { files: finished, problems } = finishSteps(
  Object.fromEntries(javascript.map(file => [file, readFileSync(join(root, file), 'utf8')])),
  ['dist/index.js', 'dist/post/index.js'],
  // The list is the main step's (a get's and a create's): the post step's files are left lazy.
  sourceMap ? { minify: false } : { minify: true, eager: { names: new Set(EAGER_FUNCTIONS), files: file => !file.startsWith('dist/post/') } },
);
if (problems.length > 0) {
  console.error(`The build's last pass (scripts/minify.ts) did not find what it expects:\n${problems.join('\n')}`);
  process.exit(1);
}
for (const [file, code] of Object.entries(finished)) writeFileSync(join(root, file), code);

run(bin('generate-license-file'), ['--input', 'package.json', '--output', 'dist/licenses.txt', '--overwrite', '--ci', '--eol', 'lf']);

// Every package webpack put into dist/ must be in licenses.txt (ncc's own --license misses ESM packages).
const licenses = readFileSync(join(root, 'dist/licenses.txt'), 'utf8');
const missing = [...bundled].filter(name => !licenses.includes(name));
if (missing.length > 0) {
  console.error(`dist/licenses.txt does not list these bundled packages: ${missing.join(', ')}`);
  process.exit(1);
}
