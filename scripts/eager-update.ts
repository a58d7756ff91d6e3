// npm run eager:update: rewrites scripts/eager-functions.ts, the functions the build has V8 compile with
// their file (scripts/eager.ts says why). Builds the main step as dist/ is built but neither rewritten nor
// minified (so that its functions have their names), into a scratch folder; runs one `get` and one `create`
// of it against the API double, as the bench does, with V8's coverage on; and lists every function
// declared in a function body (a module's top level, as webpack wraps each module in a function) that
// either run called. Run it after a change to the code a `get` or a `create` runs; the build fails on a
// listed name that no longer exists, and a function missing from the list is only compiled later.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as acorn from 'acorn';
import { CloudflareDouble } from '../test/double/server.ts';
import { generateCsr } from '../test/support/pki.ts';
import { runCommand, runnerEnvironment, stepInputs } from './bench-floors.ts';
import { bodyDeclarations, children } from './eager.ts';
import { finishSteps } from './minify.ts';
import { nccBuild } from './ncc.ts';

const root = resolve(import.meta.dirname, '..');
const work = await mkdtemp(join(tmpdir(), 'cf-mtls-eager-'));
const token = randomBytes(30).toString('base64url');
const zoneId = randomBytes(16).toString('hex');
const double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });

/** Runs the scratch build's main step with coverage into `coverage`; resolves once it exited 0. */
async function runStep(entry: string, env: Record<string, string>, coverage: string): Promise<void> {
  const { status, output } = await runCommand(work, process.execPath, [entry], { ...env, NODE_V8_COVERAGE: coverage });
  if (status !== 0) throw new Error(`the scratch build exited ${status}: ${output.slice(-2000)}`);
}

/** The names of the declarations scripts/eager.ts rewrites (directly in a function body) that ran. */
function calledDeclarations(code: string, ran: ReadonlySet<number>): string[] {
  const names: string[] = [];
  const visit = (node: acorn.AnyNode): void => {
    for (const declaration of bodyDeclarations(node)) if (ran.has(declaration.start)) names.push(declaration.id.name);
    for (const child of children(node)) visit(child);
  };
  visit(acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' }));
  return names;
}

try {
  const { files } = await nccBuild(join(root, 'src/index.ts'), { esm: false });
  const built = Object.fromEntries(Object.entries(files).map(([file, source]) => [file, String(source)]));
  const { files: finished, problems } = finishSteps(built, ['index.js'], { minify: false });
  if (problems.length > 0) throw new Error(problems.join('; '));
  const dist = join(work, 'dist');
  for (const [file, source] of Object.entries(finished)) {
    await mkdir(dirname(join(dist, file)), { recursive: true });
    await writeFile(join(dist, file), source);
  }
  const env = await runnerEnvironment(work);
  const api = { url: double.url, zoneId, token };
  const { csrPem } = await generateCsr();
  const existing = await double.seed(zoneId, csrPem, 365);
  const coverage = join(work, 'coverage');
  const entry = join(dist, 'index.js');
  await runStep(entry, { ...env, ...stepInputs(api, { command: 'get', 'certificate-id': existing.id }) }, coverage);
  await runStep(entry, { ...env, ...stepInputs(api, { csr: csrPem, 'validity-days': '365' }) }, coverage);

  // Start offsets of the functions that ran, per file of the scratch build.
  const ran = new Map<string, Set<number>>();
  for (const report of await readdir(coverage)) {
    const { result } = JSON.parse(await readFile(join(coverage, report), 'utf8')) as {
      result: { url: string; functions: { ranges: { startOffset: number; count: number }[] }[] }[];
    };
    for (const script of result) {
      if (!script.url.startsWith(pathToFileURL(dist).href)) continue;
      const starts = ran.get(script.url) ?? new Set<number>();
      for (const fn of script.functions) if ((fn.ranges[0]?.count ?? 0) > 0) starts.add(fn.ranges[0]?.startOffset ?? -1);
      ran.set(script.url, starts);
    }
  }
  const names = new Set<string>();
  for (const [url, starts] of ran) for (const name of calledDeclarations(await readFile(new URL(url), 'utf8'), starts)) names.add(name);
  const sorted = [...names].sort();
  const list = `// Written by npm run eager:update (scripts/eager-update.ts); the build reads it (scripts/eager.ts).
// The functions a \`get\` and a \`create\` called, by their names in ncc's bundle: V8 compiles each with its
// file instead of on its first call.
export const EAGER_FUNCTIONS: readonly string[] = [
${sorted.map(name => `  '${name}',`).join('\n')}
];
`;
  await writeFile(join(root, 'scripts/eager-functions.ts'), list);
  console.log(`scripts/eager-functions.ts: ${sorted.length} functions`);
} finally {
  await double.close();
  await rm(work, { recursive: true, force: true });
}
