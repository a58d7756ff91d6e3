// npm run bench: what every job that uses the action pays, each path measured against its own floor.
//
// A millisecond figure holds on one machine and not on the next; a ratio to the floor measured in the
// same run means the same everywhere. So every path is timed beside the cheapest thing that could do its
// job, in one run of interleaved rounds:
//   start-up (a bad input, refused)      ÷ bare `node -e 0`
//   post step, nothing / a key to delete ÷ bare `node -e 0`
//   `get` end to end                     ÷ node + one fetch of the same request, JSON read (bench/fetch-floor.mjs)
//   `create` end to end                  ÷ node + one fetch POST of the same body, JSON read
// and the curl + jq step a user would write otherwise is timed beside, without a target. The floor's
// request is the one the action sent (method, URL, headers, body, taken from the API double), so the two
// differ only in what the action does around it.
//
// Beside each target, the floor of what that path must do whatever the code (bench/floors/: the runner's
// protocol through @actions/core, the request, the certificate parsed, the outputs and the summary, built
// with the same tooling as dist/), in the same rounds and against the same floor: the part of a ratio the
// action's own work adds is the difference between the two.
//
// BENCH_RUNS rounds (default 25) after 2 warm-up rounds; in each round every command runs once, in an
// order that rotates from round to round, so that a noisy machine slows them all alike. Each time is a
// child process's wall time with the environment a runner sets (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// RUNNER_TEMP, …), against the API double on 127.0.0.1. Ratios are of medians; the spread of the
// per-round ratios (p25–p75) says how far to trust them. Sizes: dist/index.js, and the repository
// download (git archive HEAD | gzip, which is how GitHub builds the archive a workflow downloads).
// Request counts come from a double of their own. Prints the tables, writes bench/latest.json, and
// replaces the tables in the README's Performance section (between the bench:start/end markers).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { KEY_FILE_STATE, newKeyFilePath } from '../src/key-file.ts';
import { CloudflareDouble } from '../test/double/server.ts';
import { generateCsr } from '../test/support/pki.ts';
import { inputVariable } from '../test/support/run-action.ts';
import { buildFloor, FETCH_FLOOR, floorRequestEnvironment, runnerEnvironment, stepInputs } from './bench-floors.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 25);
const token = randomBytes(30).toString('base64url');
const zoneId = randomBytes(16).toString('hex');
const work = await mkdtemp(join(tmpdir(), 'cf-mtls-bench-'));
const double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId], quota: 100_000 });
const entry = join(root, 'dist/index.js');
const postEntry = join(root, 'dist/post/index.js');
/** The variables a GitHub-hosted runner sets for a step, files included. */
const runnerEnv = await runnerEnvironment(work);

/** Runs a command to completion; resolves with its wall time in ms, rejects on a wrong exit code or output. */
function timed(command: string, args: string[], env: Record<string, string>, expectedExit = 0, expectedOutput?: RegExp): Promise<number> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env: { ...runnerEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'], cwd: work });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    child.on('close', code => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code === expectedExit && (expectedOutput === undefined || expectedOutput.test(output))) done(ms);
      else fail(new Error(`${command} ${args.join(' ')} exited ${code}: ${output.slice(0, 2000)}`));
    });
  });
}

const inputs = (values: Record<string, string>): Record<string, string> => stepInputs({ url: double.url, zoneId, token }, values);
const action =
  (values: Record<string, string>, exit = 0, output?: RegExp) =>
  () =>
    timed(process.execPath, [entry], inputs(values), exit, output);

/**
 * The floor of one action run: runs it once, takes the one request it sent from the double, and returns
 * a sampler that sends that request (method, URL, headers, body) from bench/fetch-floor.mjs (or from
 * another script given, with more variables).
 */
async function floorOf(run: () => Promise<number>): Promise<(script?: string, extra?: Record<string, string>) => Promise<number>> {
  const before = double.requests.length;
  await run();
  const env = floorRequestEnvironment(double.requests.slice(before), double.url);
  return (script = FETCH_FLOOR, extra: Record<string, string> = {}) => timed(process.execPath, [script], { ...env, ...extra });
}

/**
 * The post step after a main step that generated a key: a fresh key file in the folder the main step
 * makes, recorded as the runner passes saved state (made outside the timed region). The step must delete it.
 */
async function postWithKeyFile(script = postEntry): Promise<number> {
  const keyFile = await newKeyFilePath(work);
  await writeFile(keyFile, `${randomBytes(64).toString('base64')}\n`, { mode: 0o600 });
  const ms = await timed(process.execPath, [script], { [`STATE_${KEY_FILE_STATE}`]: keyFile }, 0, /Deleted the generated private key file/);
  if (await stat(dirname(keyFile)).catch(() => undefined)) throw new Error(`${script} left ${dirname(keyFile)} behind`);
  return ms;
}

// The step a user would write without this action: curl, and jq to build the body and read the answer.
const curlCreate = `set -euo pipefail
body=$(jq -n --arg csr "$CSR" '{csr: $csr, validity_days: 365}')
response=$(curl -sS --fail-with-body -X POST "$API/zones/$ZONE/client_certificates" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data "$body")
jq -r '.result.certificate' <<<"$response" > cert.pem
{ echo "id=$(jq -r '.result.id' <<<"$response")"; echo "fingerprint=$(jq -r '.result.fingerprint_sha256' <<<"$response")"; echo "expires-on=$(jq -r '.result.expires_on' <<<"$response")"; } >> "$GITHUB_OUTPUT"`;
const curlGet = `set -euo pipefail
response=$(curl -sS --fail-with-body "$API/zones/$ZONE/client_certificates/$ID" -H "Authorization: Bearer $TOKEN")
jq -r '.result.certificate' <<<"$response" > cert.pem
{ echo "fingerprint=$(jq -r '.result.fingerprint_sha256' <<<"$response")"; echo "expires-on=$(jq -r '.result.expires_on' <<<"$response")"; } >> "$GITHUB_OUTPUT"`;
const curl = (script: string, env: Record<string, string>) => () => timed('bash', ['-c', script], { API: double.url, ZONE: zoneId, TOKEN: token, ...env });

interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Every timed round's figure, in round order (the ratios pair them round by round). */
  readonly samples: readonly number[];
}

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/** Runs every sampler once a round, rotating the order; returns each one's times. */
async function interleaved(samplers: Record<Sampler, () => Promise<number>>): Promise<Record<Sampler, Stats>> {
  const names = Object.keys(samplers) as Sampler[];
  const times = new Map<Sampler, number[]>(names.map(name => [name, []]));
  for (let round = -2; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + Math.max(0, round)) % names.length] as Sampler;
      const ms = await samplers[name]();
      if (round >= 0) times.get(name)?.push(ms);
    }
  }
  const stats = (samples: number[]): Stats => ({ median: quantile(samples, 0.5), min: Math.min(...samples), max: Math.max(...samples), samples });
  return Object.fromEntries(names.map(name => [name, stats(times.get(name) ?? [])])) as Record<Sampler, Stats>;
}

/** A path measured against its floor, and the most it may cost: a ratio of medians. */
interface Target {
  readonly path: string;
  readonly sampler: Sampler;
  readonly floor: Sampler;
  readonly floorName: string;
  readonly max: number;
  /** What the path must do whatever the code (bench/floors/), against the same floor. */
  readonly mustDo: Sampler;
}

type Sampler =
  | 'bare'
  | 'startup'
  | 'refusalMustDo'
  | 'postNothing'
  | 'postNothingMustDo'
  | 'postKeyFile'
  | 'postKeyFileMustDo'
  | 'getFloor'
  | 'get'
  | 'getMustDo'
  | 'createFloor'
  | 'create'
  | 'createMustDo'
  | 'curlGet'
  | 'curlCreate';

const TARGETS: readonly Target[] = [
  { path: 'start-up, bad-input path', sampler: 'startup', floor: 'bare', floorName: 'bare `node -e 0`', max: 1.35, mustDo: 'refusalMustDo' },
  { path: 'post step, nothing to delete', sampler: 'postNothing', floor: 'bare', floorName: 'bare `node -e 0`', max: 1.15, mustDo: 'postNothingMustDo' },
  { path: 'post step, a key file to delete', sampler: 'postKeyFile', floor: 'bare', floorName: 'bare `node -e 0`', max: 1.15, mustDo: 'postKeyFileMustDo' },
  { path: '`get` end to end', sampler: 'get', floor: 'getFloor', floorName: 'node + one `fetch` of the same GET, JSON read', max: 1.1, mustDo: 'getMustDo' },
  {
    path: '`create` end to end',
    sampler: 'create',
    floor: 'createFloor',
    floorName: 'node + one `fetch` POST of the same body, JSON read',
    max: 1.1,
    mustDo: 'createMustDo',
  },
];

/** The machine, as the README states it: a ratio is comparable across machines, a millisecond is not. */
async function machine(): Promise<{ cpu: string; cores: number; node: string; os: string }> {
  // /proc/cpuinfo first (what os.cpus() reads on Linux, and it says so even in a container); else os.cpus().
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  return { cpu: cpu.trim(), cores: availableParallelism(), node: process.version, os: `${process.platform} ${release()}` };
}

/**
 * An account of 200 zones × 2 certificates (command: list with account-id), wall time and requests. One
 * long run, not a start-up, so it stays out of the interleaved rounds: a double of its own holds 200
 * zones of one account (and a zone of another, which must not be read), 2 certificates each; the action
 * runs BENCH_ACCOUNT_RUNS times (default 5: the time is network-bound), and the row gives the median wall
 * time and the requests of one run against the issue's minimum, ⌈200/50⌉ + 200 × ⌈2/50⌉ = 204, with a
 * target of exactly that. The double answers every request after 20 ms, as the network would, so that
 * the pool of 4 shows (on 127.0.0.1 with no latency, requests hardly overlap).
 */
async function accountInventoryRow(): Promise<string[]> {
  const zones = 200;
  const perZone = 2;
  const latencyMs = 20;
  const accountRuns = Number(process.env.BENCH_ACCOUNT_RUNS ?? 5);
  const accountId = randomBytes(16).toString('hex');
  const zoneIds = Array.from({ length: zones }, () => randomBytes(16).toString('hex'));
  const other = randomBytes(16).toString('hex');
  const account = await CloudflareDouble.start({
    tokens: [{ token, permission: 'read' }],
    accounts: [
      { id: accountId, zones: zoneIds },
      { id: randomBytes(16).toString('hex'), zones: [other] },
    ],
    zoneNames: Object.fromEntries(zoneIds.map((zone, index) => [zone, `zone-${index}.example`])),
  });
  try {
    const { csrPem } = await generateCsr();
    for (const zone of [...zoneIds, other]) for (let n = 0; n < perZone; n++) await account.seed(zone, csrPem, 365);
    const expected = Math.ceil(zones / 50) + zones * Math.max(1, Math.ceil(perZone / 50));
    const values = {
      [inputVariable('api-url')]: account.url,
      [inputVariable('api-token')]: token,
      [inputVariable('command')]: 'list',
      [inputVariable('account-id')]: accountId,
      [inputVariable('list-status')]: 'all',
      [inputVariable('request-budget')]: '600',
      [inputVariable('timeout-seconds')]: '120',
      [inputVariable('max-retries')]: '3',
    };
    const times: number[] = [];
    const requests: number[] = [];
    for (let run = 0; run < accountRuns; run++) {
      account.reset();
      account.latencyMs = latencyMs;
      times.push(
        await timed(process.execPath, [entry], values, 0, new RegExp(`${zones} zones, ${zones} checked, 0 skipped, 0 not checked; ${zones * perZone} client`)),
      );
      requests.push(account.requests.length);
      if (account.requests.some(r => r.path.includes(other))) throw new Error('the account inventory read a zone of another account');
      if (account.maxInFlight > 4) throw new Error(`the account inventory had ${account.maxInFlight} requests in flight at once, more than its pool of 4`);
    }
    const sent = requests[0] ?? 0;
    const same = requests.every(count => count === sent);
    const median = quantile(times, 0.5);
    return [
      `\`list\` with \`account-id\`: ${zones} zones × ${perZone} certificates, ${latencyMs} ms a request (wall time, median of ${accountRuns}; requests)`,
      `${median.toFixed(0)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}); ${same ? sent : requests.join(' / ')} requests`,
      `⌈${zones}/50⌉ + ${zones} × ⌈${perZone}/50⌉ = ${expected} requests`,
      same && sent === expected ? 'met' : '**missed**',
    ];
  } finally {
    await account.close();
  }
}

try {
  for (const tool of ['curl', 'jq']) execFileSync('bash', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  const { csrPem } = await generateCsr();
  const existing = await double.seed(zoneId, csrPem, 365);
  const get = action({ command: 'get', 'certificate-id': existing.id });
  const create = action({ csr: csrPem, 'validity-days': '365' });
  const [refusalFloor, postFloor, requestFloor] = [await buildFloor('refusal', work), await buildFloor('post', work), await buildFloor('request', work)];
  const getFloor = await floorOf(get);
  const createFloor = await floorOf(create);
  const tokenInput = { [inputVariable('api-token')]: token };
  const loadBefore = loadavg()[0] ?? 0;
  const t = await interleaved({
    bare: () => timed(process.execPath, ['-e', '0'], {}),
    startup: action({ 'zone-id': 'not-a-zone' }, 1, /::error::.*zone-id/),
    refusalMustDo: () => timed(process.execPath, [refusalFloor], inputs({ 'zone-id': 'not-a-zone' }), 1, /::error::.*zone-id/),
    postNothing: () => timed(process.execPath, [postEntry], {}),
    postNothingMustDo: () => timed(process.execPath, [postFloor], {}),
    postKeyFile: () => postWithKeyFile(),
    postKeyFileMustDo: () => postWithKeyFile(postFloor),
    getFloor: () => getFloor(),
    get,
    getMustDo: () => getFloor(requestFloor, tokenInput),
    createFloor: () => createFloor(),
    create,
    createMustDo: () => createFloor(requestFloor, tokenInput),
    curlGet: curl(curlGet, { ID: existing.id }),
    curlCreate: curl(curlCreate, { CSR: csrPem }),
  });
  const loadAfter = loadavg()[0] ?? 0;

  // Requests per operation, in a double of their own so that the timing runs do not count. Every id
  // comes from the double, whatever its shape.
  const countZone = randomBytes(16).toString('hex');
  const counting = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [countZone], quota: 1000 });
  const inZone = (values: Record<string, string>) => () =>
    timed(process.execPath, [entry], {
      ...inputs(values),
      [inputVariable('api-url')]: counting.url,
      [inputVariable('zone-id')]: countZone,
    });
  const countFor = async (operation: () => Promise<number>): Promise<number> => {
    const before = counting.requests.length;
    await operation();
    return counting.requests.length - before;
  };
  const reuseCsr = (await generateCsr()).csrPem;
  const createRequests = await countFor(inZone({ csr: reuseCsr }));
  const created = counting.certificates(countZone)[0];
  if (created === undefined) throw new Error('the create run left no certificate in the counting double');
  const getRequests = await countFor(inZone({ command: 'get', 'certificate-id': created.id }));
  const filler = (await generateCsr()).csrPem;
  while (counting.certificates(countZone).length < 50) await counting.seed(countZone, filler, 365);
  // The live API's listings show a new certificate late (the double hides it from the first listing): a
  // deploy that reuses it runs later than that, so one listing goes by first, uncounted.
  await inZone({ command: 'list' })();
  const reuseRequests = await countFor(inZone({ csr: reuseCsr, 'reuse-existing': 'true' }));
  const listRequests: Record<number, number> = {};
  for (const total of [50, 51, 120, 250]) {
    while (counting.certificates(countZone).length < total) await counting.seed(countZone, filler, 365);
    listRequests[total] = await countFor(inZone({ command: 'list' }));
  }
  await counting.close();
  const accountRow = await accountInventoryRow();

  const entryBytes = (await stat(entry)).size;
  const downloadBytes = Number(execFileSync('bash', ['-c', 'git archive HEAD | gzip | wc -c'], { cwd: root, encoding: 'utf8' }).trim());
  const ms = (s: Stats): string => `${s.median.toFixed(1)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');
  const ratios = TARGETS.map(target => {
    const path = t[target.sampler];
    const floor = t[target.floor];
    const perRound = path.samples.map((value, round) => value / (floor.samples[round] ?? Number.NaN));
    const ratio = path.median / floor.median;
    const mustDo = t[target.mustDo].median / floor.median;
    return { ...target, ratio, p25: quantile(perRound, 0.25), p75: quantile(perRound, 0.75), met: ratio <= target.max, mustDoRatio: mustDo };
  });
  const timeRows: string[][] = [
    ...ratios.map(r => [
      r.path,
      ms(t[r.sampler]),
      r.floorName,
      ms(t[r.floor]),
      `**${r.ratio.toFixed(2)}×** (${r.p25.toFixed(2)}–${r.p75.toFixed(2)})`,
      `≤ ${r.max.toFixed(2)}×`,
      verdict(r.met),
      `${ms(t[r.mustDo])}: ${r.mustDoRatio.toFixed(2)}×`,
    ]),
    ...(
      [
        ['get', 'curlGet'],
        ['create', 'curlCreate'],
      ] as const
    ).map(([path, step]) => [
      `a curl + jq step doing the same \`${path}\`, for comparison`,
      ms(t[step]),
      '',
      '',
      `the action: ${(t[path].median / t[step].median).toFixed(2)}×`,
      '—',
      '',
      '',
    ]),
  ];
  const otherRows: string[][] = [
    ['`dist/index.js`', `${(entryBytes / 1024).toFixed(0)} KiB`, '≤ 200 KiB', verdict(entryBytes <= 200 * 1024)],
    ['repository download (`git archive HEAD \\| gzip`)', `${(downloadBytes / 1024).toFixed(0)} KiB`, '≤ 600 KiB', verdict(downloadBytes <= 600 * 1024)],
    [
      'requests: create / get / reuse among 50',
      `${createRequests} / ${getRequests} / ${reuseRequests}`,
      '1 / 1 / 1',
      verdict(createRequests + getRequests + reuseRequests === 3),
    ],
    ...Object.entries(listRequests).map(([total, count]) => [
      `requests: list of ${total}`,
      String(count),
      `⌈${total}/50⌉ = ${Math.ceil(Number(total) / 50)}`,
      verdict(count === Math.ceil(Number(total) / 50)),
    ]),
    accountRow,
  ];
  const markdown = (header: string[], rows: string[][]): string =>
    [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(row => `| ${row.join(' | ')} |`)].join('\n');
  const table = [
    markdown(
      [
        'Path',
        'Time, median (min–max)',
        'Floor',
        'Floor time',
        'Ratio (rounds p25–p75)',
        'Target',
        '',
        'What the path must do ([bench/floors/](bench/floors/)): time, ratio to the floor',
      ],
      timeRows,
    ),
    markdown(['Measure', 'Result', 'Target', ''], otherRows),
  ].join('\n\n');
  const host = await machine();
  const heading =
    `${host.cpu}, ${host.cores} cores, ${host.os}, Node ${host.node}; ${runs} interleaved rounds after 2 warm-ups, ` +
    `${new Date().toISOString().slice(0, 10)} (load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after):`;
  console.log(`${heading}\n\n${table}`);
  await mkdir(join(root, 'bench'), { recursive: true });
  const results = {
    date: new Date().toISOString(),
    machine: { ...host, loadAverage: { before: loadBefore, after: loadAfter } },
    runs,
    ratios: Object.fromEntries(
      ratios.map(r => [
        r.sampler,
        {
          path: r.path,
          floor: r.floor,
          ratio: r.ratio,
          roundsP25: r.p25,
          roundsP75: r.p75,
          target: r.max,
          met: r.met,
          mustDo: r.mustDo,
          mustDoRatio: r.mustDoRatio,
        },
      ]),
    ),
    times: Object.fromEntries(Object.entries<Stats>(t).map(([name, s]) => [name, { median: s.median, min: s.min, max: s.max }])),
    entryBytes,
    downloadBytes,
    requests: { createRequests, getRequests, reuseRequests, listRequests },
  };
  await writeFile(join(root, 'bench/latest.json'), `${JSON.stringify({ ...results, heading, table }, null, 2)}\n`);
  const readmePath = join(root, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    await writeFile(readmePath, `${readme.slice(0, readme.indexOf(start) + start.length)}\n${heading}\n\n${table}\n${readme.slice(readme.indexOf(end))}`);
    console.log('\nWritten to bench/latest.json and the README');
  }
  const missed = ratios.filter(r => !r.met);
  console.log(
    missed.length === 0 ? 'Every time target met.' : `Missed: ${missed.map(r => `${r.path} (${r.ratio.toFixed(2)}× > ${r.max.toFixed(2)}×)`).join('; ')}`,
  );
} finally {
  await double.close();
  await rm(join(work, 'floors'), { recursive: true, force: true });
}
