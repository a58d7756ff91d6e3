// npm run bench:count: the bench's paths counted instead of timed, for comparing two builds on a noisy
// machine. `npm run bench` times each path against its floor in interleaved rounds, and its ratios move by
// ±0.02–0.05 from one run to the next on a shared 2-core machine: a change worth 1% is invisible there.
// Here each path runs under valgrind's callgrind, which counts the instructions the main thread executes:
// the same binary with the same inputs gives the same count within about 0.1%, whatever else the machine
// is doing (docs/performance.md, "Counted, not timed").
//
// What is held still: V8's hash seed and random seed (`--hash-seed=1 --random-seed=1`: the seed's prime
// search differs from one start to the next), and the garbage collector on the main thread
// (`--single-threaded-gc`). What is taken out: V8's validation of undici's llhttp WebAssembly, which runs
// on the main thread or on a helper thread depending on timing (0 or about 2.5 M instructions on the main
// thread for the same run). Each path runs BENCH_COUNT_RUNS times (default 4) and the least count is
// reported: what varies adds work, never removes it (in some runs Node's own fetch takes a second path
// through reading the answer, about 3.4 M instructions more, in the bare floor as in the action).
//
// Paths and floors are the bench's (scripts/bench.ts): a refused input against bare `node -e 0`, `get` and
// `create` against one `fetch` of the request the action sent, each beside the floor of what it must do
// (bench/floors/). Instructions are not milliseconds (waiting for the API costs none, and a page fault
// costs many), so these ratios are not the bench's targets: they say whether a change made a path do less.
// Prints the table and writes bench/count.json. Needs valgrind (Debian: apt-get install valgrind).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CloudflareDouble } from '../test/double/server.ts';
import { generateCsr } from '../test/support/pki.ts';
import { inputVariable } from '../test/support/run-action.ts';
import { buildFloor, FETCH_FLOOR, floorRequestEnvironment, runCommand, runnerEnvironment, stepInputs } from './bench-floors.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_COUNT_RUNS ?? 4);
const entry = join(root, 'dist/index.js');

// callgrind_annotate says its version with a non-zero exit; what matters is that it starts.
for (const tool of ['valgrind', 'callgrind_annotate']) {
  if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).error !== undefined) {
    console.error(`npm run bench:count needs ${tool} (Debian: apt-get install valgrind); npm run bench needs neither.`);
    process.exit(1);
  }
}

const token = randomBytes(30).toString('base64url');
const zoneId = randomBytes(16).toString('hex');
const work = await mkdtemp(join(tmpdir(), 'cf-mtls-count-'));
const double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId], quota: 100_000 });
const runnerEnv = await runnerEnvironment(work);

const inputs = (values: Record<string, string>): Record<string, string> => stepInputs({ url: double.url, zoneId, token }, values);

interface Path {
  readonly name: string;
  readonly args: readonly string[];
  readonly env: Record<string, string>;
  readonly exit: number;
}

/** The node the action runs on, with the seeds and the collector held still. */
const nodeArgs = (args: readonly string[]): string[] => [process.execPath, '--hash-seed=1', '--random-seed=1', '--single-threaded-gc', ...args];

/**
 * One run of a path, counted: the main thread's instructions, less V8's WebAssembly validation (see the top).
 * The environment goes through `env -i`: valgrind's launcher drops variables whose names have a hyphen,
 * as the runner's INPUT_* names do.
 */
async function count(path: Path, run: number): Promise<number> {
  const prefix = join(work, `${path.name}-${run}`);
  const variables = Object.entries({ ...runnerEnv, ...path.env }).map(([name, value]) => `${name}=${value}`);
  const result = await runCommand(
    work,
    'valgrind',
    [
      '--tool=callgrind',
      '--trace-children=yes',
      '--separate-threads=yes',
      `--callgrind-out-file=${prefix}.%p`,
      'env',
      '-i',
      ...variables,
      ...nodeArgs(path.args),
    ],
    { PATH: runnerEnv.PATH ?? '' },
  );
  if (result.status !== path.exit) throw new Error(`${path.name} exited ${result.status}: ${result.output.slice(-2000)}`);
  const mainThread = (await readdir(work)).filter(file => file.startsWith(`${path.name}-${run}.`) && file.endsWith('-01'));
  if (mainThread.length !== 1) throw new Error(`${path.name}: expected one main-thread profile, found ${mainThread.length}`);
  const file = join(work, mainThread[0] as string);
  const total = Number(/^summary: (\d+)/m.exec(await readFile(file, 'utf8'))?.[1]);
  const annotated = execFileSync('callgrind_annotate', ['--threshold=100', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let wasm = 0;
  for (const line of annotated.split('\n')) {
    const cost = /^\s*([\d,]+)\s.*wasm/i.exec(line);
    if (cost?.[1]) wasm += Number(cost[1].replaceAll(',', ''));
  }
  if (!Number.isFinite(total) || total === 0) throw new Error(`${path.name}: no instruction count in ${file}`);
  return total - wasm;
}

try {
  const { csrPem } = await generateCsr();
  const existing = await double.seed(zoneId, csrPem, 365);
  const [refusalFloor, requestFloor] = [await buildFloor('refusal', work), await buildFloor('request', work)];
  /** The one request a plain run of the action sends, as the floors' variables. */
  const requestOf = async (values: Record<string, string>): Promise<Record<string, string>> => {
    const before = double.requests.length;
    const plain = await runCommand(work, process.execPath, [entry], { ...runnerEnv, ...inputs(values) });
    if (plain.status !== 0) throw new Error(`a plain run exited ${plain.status}: ${plain.output.slice(-2000)}`);
    return floorRequestEnvironment(double.requests.slice(before), double.url);
  };
  const getInputs = { command: 'get', 'certificate-id': existing.id };
  const createInputs = { csr: csrPem, 'validity-days': '365' };
  const [getRequest, createRequest] = [await requestOf(getInputs), await requestOf(createInputs)];
  const tokenInput = { [inputVariable('api-token')]: token };
  const refused = inputs({ 'zone-id': 'not-a-zone' });
  const paths: Path[] = [
    { name: 'bare', args: ['-e', '0'], env: {}, exit: 0 },
    { name: 'startup', args: [entry], env: refused, exit: 1 },
    { name: 'refusalMustDo', args: [refusalFloor], env: refused, exit: 1 },
    { name: 'getFloor', args: [FETCH_FLOOR], env: getRequest, exit: 0 },
    { name: 'get', args: [entry], env: inputs(getInputs), exit: 0 },
    { name: 'getMustDo', args: [requestFloor], env: { ...getRequest, ...tokenInput }, exit: 0 },
    { name: 'createFloor', args: [FETCH_FLOOR], env: createRequest, exit: 0 },
    { name: 'create', args: [entry], env: inputs(createInputs), exit: 0 },
    { name: 'createMustDo', args: [requestFloor], env: { ...createRequest, ...tokenInput }, exit: 0 },
  ];
  const counts: Record<string, number> = {};
  const most: Record<string, number> = {};
  for (const path of paths) {
    const each: number[] = [];
    for (let run = 0; run < runs; run++) each.push(await count(path, run));
    counts[path.name] = Math.min(...each);
    most[path.name] = Math.max(...each);
    process.stderr.write(`${path.name}: ${each.map(n => (n / 1e6).toFixed(1)).join(', ')} M\n`);
  }
  const rows = [
    ['start-up, bad-input path', 'startup', 'refusalMustDo', 'bare'],
    ['`get` end to end', 'get', 'getMustDo', 'getFloor'],
    ['`create` end to end', 'create', 'createMustDo', 'createFloor'],
  ] as const;
  const millions = (name: string): string => `${((counts[name] ?? Number.NaN) / 1e6).toFixed(1)} M (${((most[name] ?? Number.NaN) / 1e6).toFixed(1)})`;
  const ratio = (name: string, floor: string): number => (counts[name] ?? Number.NaN) / (counts[floor] ?? Number.NaN);
  const table = [
    '| Path | Instructions, least (most) | Floor | Ratio | What the path must do: ratio |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      ([label, path, mustDo, floor]) =>
        `| ${label} | ${millions(path)} | ${millions(floor)} | **${ratio(path, floor).toFixed(3)}×** | ${ratio(mustDo, floor).toFixed(3)}× |`,
    ),
  ].join('\n');
  const heading = `Main-thread instructions (callgrind), Node ${process.version}, the least of ${runs} runs each, ${new Date().toISOString().slice(0, 10)}:`;
  console.log(`${heading}\n\n${table}`);
  await writeFile(
    join(root, 'bench/count.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, counts, most, heading, table }, null, 2)}\n`,
  );
  console.log('\nWritten to bench/count.json');
} finally {
  await double.close();
  await rm(work, { recursive: true, force: true });
}
