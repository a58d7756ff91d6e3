// npm run bench: what every job that uses the action pays, measured side by side in one run.
//
// Sizes: dist/index.js, and the repository download (git archive HEAD | gzip, which is how GitHub builds
// the archive a workflow downloads). Times: BENCH_RUNS rounds (default 25, after 2 warm-up rounds); in
// each round every command below runs once, in an order that rotates from round to round, so that a
// noisy machine slows them all alike. Each time is a child process's wall time with the environment a
// runner sets (GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP, …),
// against the API double on 127.0.0.1. Reported: medians, with min–max. Request counts come from the
// double. Prints the table, writes bench/latest.json, and replaces the table in the README's Performance
// section.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CloudflareDouble } from '../test/double/server.ts';
import { generateCsr } from '../test/support/pki.ts';
import { inputVariable } from '../test/support/run-action.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 25);
const token = randomBytes(30).toString('base64url');
const zoneId = randomBytes(16).toString('hex');
const work = await mkdtemp(join(tmpdir(), 'cf-mtls-bench-'));
const double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId], quota: 100_000 });

/** The variables a GitHub-hosted runner sets for a step, files included. */
const runnerEnv: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  HOME: work,
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'octo-org/deploy-service',
  GITHUB_RUN_ID: '4242',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_WORKSPACE: work,
  RUNNER_TEMP: work,
  GITHUB_OUTPUT: join(work, 'output.txt'),
  GITHUB_STATE: join(work, 'state.txt'),
  GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
};
for (const file of ['output.txt', 'state.txt', 'summary.md']) await writeFile(join(work, file), '');

/** Runs a command to completion; resolves with its wall time in ms, rejects on a wrong exit code. */
function timed(command: string, args: string[], env: Record<string, string>, expectedExit = 0): Promise<number> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env: { ...runnerEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'], cwd: work });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    child.on('close', code => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code === expectedExit) done(ms);
      else fail(new Error(`${command} ${args.join(' ')} exited ${code}: ${output.slice(0, 2000)}`));
    });
  });
}

const inputs = (values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries({ 'api-url': double.url, 'zone-id': zoneId, 'api-token': token, 'timeout-seconds': '60', 'max-retries': '3', ...values }).map(
      ([name, value]) => [inputVariable(name), value],
    ),
  );
const action =
  (values: Record<string, string>, exit = 0) =>
  () =>
    timed(process.execPath, [join(root, 'dist/index.js')], inputs(values), exit);

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
}

/** Runs every sampler once a round, rotating the order; returns each one's median, min and max. */
async function interleaved(samplers: Record<string, () => Promise<number>>): Promise<Record<string, Stats>> {
  const names = Object.keys(samplers);
  const times: Record<string, number[]> = Object.fromEntries(names.map(name => [name, []]));
  for (let round = -2; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + Math.max(0, round)) % names.length] as string;
      const ms = await (samplers[name] as () => Promise<number>)();
      if (round >= 0) times[name]?.push(ms);
    }
  }
  return Object.fromEntries(
    names.map(name => {
      const sorted = [...(times[name] ?? [])].sort((a, b) => a - b);
      return [
        name,
        { median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, min: sorted[0] ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN },
      ];
    }),
  );
}

try {
  for (const tool of ['curl', 'jq']) execFileSync('bash', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  const { csrPem } = await generateCsr();
  const existing = await double.seed(zoneId, csrPem, 365);
  const t = await interleaved({
    bare: () => timed(process.execPath, ['-e', '0'], {}),
    badInput: action({ 'zone-id': 'not-a-zone' }, 1),
    post: () => timed(process.execPath, [join(root, 'dist/post/index.js')], {}),
    create: action({ csr: csrPem, 'validity-days': '365' }),
    curlCreate: curl(curlCreate, { CSR: csrPem }),
    get: action({ command: 'get', 'certificate-id': existing.id }),
    curlGet: curl(curlGet, { ID: existing.id }),
  });

  // Requests per operation, in a double of their own so that the timing runs do not count.
  const countZone = randomBytes(16).toString('hex');
  const counting = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [countZone], quota: 1000 });
  const inZone = (values: Record<string, string>) => () =>
    timed(process.execPath, [join(root, 'dist/index.js')], {
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
  const getRequests = await countFor(inZone({ command: 'get', 'certificate-id': counting.certificates(countZone)[0]?.id ?? '' }));
  const filler = (await generateCsr()).csrPem;
  while (counting.certificates(countZone).length < 50) await counting.seed(countZone, filler, 365);
  const reuseRequests = await countFor(inZone({ csr: reuseCsr, 'reuse-existing': 'true' }));
  const listRequests: Record<number, number> = {};
  for (const total of [50, 51, 120, 250]) {
    while (counting.certificates(countZone).length < total) await counting.seed(countZone, filler, 365);
    listRequests[total] = await countFor(inZone({ command: 'list' }));
  }
  await counting.close();

  const entryBytes = (await stat(join(root, 'dist/index.js'))).size;
  const downloadBytes = Number(execFileSync('bash', ['-c', 'git archive HEAD | gzip | wc -c'], { cwd: root, encoding: 'utf8' }).trim());
  const ms = (s: Stats | undefined): string => (s ? `${s.median.toFixed(1)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : '');
  const over = (a: Stats | undefined, b: Stats | undefined): number => (a?.median ?? Number.NaN) - (b?.median ?? Number.NaN);
  const ratio = (a: Stats | undefined, b: Stats | undefined): number => (a?.median ?? Number.NaN) / (b?.median ?? Number.NaN);
  const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');
  const startupOver = over(t.badInput, t.bare);
  const postOver = over(t.post, t.bare);
  const createRatio = ratio(t.create, t.curlCreate);
  const getRatio = ratio(t.get, t.curlGet);
  const rows: string[][] = [
    ['`dist/index.js`', `${(entryBytes / 1024).toFixed(0)} KiB`, '', '≤ 200 KiB', verdict(entryBytes <= 200 * 1024)],
    ['repository download (`git archive HEAD \\| gzip`)', `${(downloadBytes / 1024).toFixed(0)} KiB`, '', '≤ 600 KiB', verdict(downloadBytes <= 600 * 1024)],
    [
      'start-up, bad-input path, over bare `node -e 0`',
      `${ms(t.badInput)} vs ${ms(t.bare)}`,
      `+${startupOver.toFixed(1)} ms`,
      '≤ +25 ms',
      verdict(startupOver <= 25),
    ],
    ['post step over bare node', `${ms(t.post)} vs ${ms(t.bare)}`, `+${postOver.toFixed(1)} ms`, '≤ +15 ms', verdict(postOver <= 15)],
    ['create end to end ÷ a curl + jq step', `${ms(t.create)} vs ${ms(t.curlCreate)}`, `${createRatio.toFixed(2)}×`, '≤ 1.0×', verdict(createRatio <= 1.0)],
    ['get end to end ÷ a curl + jq step', `${ms(t.get)} vs ${ms(t.curlGet)}`, `${getRatio.toFixed(2)}×`, '—', ''],
    [
      'requests: create / get / reuse among 50',
      `${createRequests} / ${getRequests} / ${reuseRequests}`,
      '',
      '1 / 1 / 1',
      verdict(createRequests + getRequests + reuseRequests === 3),
    ],
    ...Object.entries(listRequests).map(([total, count]) => [
      `requests: list of ${total}`,
      String(count),
      '',
      `⌈${total}/50⌉ = ${Math.ceil(Number(total) / 50)}`,
      verdict(count === Math.ceil(Number(total) / 50)),
    ]),
  ];
  const table = ['| Measure | Result (median, min–max) | | Target | |', '| --- | --- | --- | --- | --- |', ...rows.map(row => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
  const heading = `Node ${process.version}, ${runs} interleaved rounds after 2 warm-ups, ${new Date().toISOString().slice(0, 10)}:`;
  console.log(`${heading}\n\n${table}`);
  await mkdir(join(root, 'bench'), { recursive: true });
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    runs,
    times: t,
    entryBytes,
    downloadBytes,
    requests: { createRequests, getRequests, reuseRequests, listRequests },
  };
  await writeFile(join(root, 'bench/latest.json'), `${JSON.stringify({ ...results, table }, null, 2)}\n`);
  const readmePath = join(root, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    await writeFile(readmePath, `${readme.slice(0, readme.indexOf(start) + start.length)}\n${heading}\n\n${table}\n${readme.slice(readme.indexOf(end))}`);
    console.log('\nWritten to bench/latest.json and the README');
  }
} finally {
  await double.close();
}
