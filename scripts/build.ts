// Builds dist/ from src/ with ncc: the main step, the post step, and dist/licenses.txt. The build fails
// if a package bundled into dist/ is missing from licenses.txt. `BUILD_SOURCE_MAPS=1 npm run build` adds
// source maps for local debugging; the committed dist/ has none (the runner never reads them).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
const run = (command: string, args: string[]): void => void execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const maps = process.env.BUILD_SOURCE_MAPS === '1' ? ['--source-map'] : [];
const stats = mkdtempSync(join(tmpdir(), 'cf-mtls-build-'));

rmSync(join(root, 'dist'), { recursive: true, force: true });
// The proxy fallback is minified: it runs only on a Node 24 without http.setGlobalProxyFromEnv(), so its
// size is paid on every download but its parse time almost never (start-up is measured unminified).
const bundles: [entry: string, out: string, extra: string[]][] = [
  ['src/index.ts', 'dist', []],
  ['src/post.ts', 'dist/post', []],
  ['src/proxy-fallback.ts', 'dist/proxy-fallback', ['--minify']],
];
for (const [entry, out, extra] of bundles) {
  const statsFile = join(stats, `${out.replaceAll('/', '-')}.json`);
  run(bin('ncc'), ['build', entry, '-o', out, '--transpile-only', '--no-source-map-register', '--quiet', '--stats-out', statsFile, ...extra, ...maps]);
}
run(bin('generate-license-file'), ['--input', 'package.json', '--output', 'dist/licenses.txt', '--overwrite', '--ci', '--eol', 'lf']);

// Every package webpack put into dist/ must be in licenses.txt (ncc's own --license misses ESM packages).
const licenses = readFileSync(join(root, 'dist/licenses.txt'), 'utf8');
const bundled = new Set<string>();
for (const file of ['dist.json', 'dist-post.json', 'dist-proxy-fallback.json']) {
  const { modules = [] } = JSON.parse(readFileSync(join(stats, file), 'utf8')) as { modules?: { name?: string }[] };
  for (const { name = '' } of modules) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name.split('node_modules/').length > 1 ? `node_modules/${name.split('node_modules/').pop()}` : '');
    if (match?.[1]) bundled.add(match[1]);
  }
}
rmSync(stats, { recursive: true, force: true });
const missing = [...bundled].filter(name => !licenses.includes(name));
if (missing.length > 0) {
  console.error(`dist/licenses.txt does not list these bundled packages: ${missing.join(', ')}`);
  process.exit(1);
}
