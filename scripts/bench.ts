// npm run bench: speed, size and request counts, against the API double on 127.0.0.1.
//
// Measures, as median wall time over BENCH_RUNS runs (default 15, after 2 warm-ups), what a workflow
// pays: the action's start-up (failing on a bad input) against bare `node -e 0`, and create and get end
// to end against the step a user would otherwise write (curl + jq, extracting the certificate, its
// fingerprint and expiry into GITHUB_OUTPUT). Counts the requests each operation sends. Prints a table
// and writes it to bench/latest.json.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CloudflareDouble } from '../test/double/server.ts';
import { generateCsr } from '../test/support/pki.ts';
import { inputVariable } from '../test/support/run-action.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const token = randomBytes(30).toString('base64url');
const zoneId = randomBytes(16).toString('hex');
const work = await mkdtemp(join(tmpdir(), 'cf-mtls-bench-'));
const double = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [zoneId] });

/** Runs a command to completion; resolves with its wall time in ms, and rejects on a wrong exit code. */
function timed(command: string, args: string[], env: Record<string, string>, expectedExit = 0): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env: { PATH: process.env.PATH ?? '', HOME: work, ...env }, stdio: ['ignore', 'pipe', 'pipe'], cwd: work });
    let stderr = '';
    child.stdout.on('data', chunk => (stderr += chunk));
    child.stderr.on('data', chunk => (stderr += chunk));
    child.on('close', code => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code === expectedExit) resolvePromise(ms);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

async function median(sample: () => Promise<number>): Promise<number> {
  for (let i = 0; i < 2; i++) await sample();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await sample());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const outputFile = join(work, 'output.txt');
await writeFile(outputFile, '');
const actionEnv = (inputs: Record<string, string>): Record<string, string> => {
  const env: Record<string, string> = { GITHUB_OUTPUT: outputFile, RUNNER_TEMP: work, GITHUB_WORKSPACE: work };
  for (const [name, value] of Object.entries({
    'api-url': double.url,
    'zone-id': zoneId,
    'api-token': token,
    'timeout-seconds': '60',
    'max-retries': '3',
    ...inputs,
  })) {
    env[inputVariable(name)] = value;
  }
  return env;
};
const action =
  (inputs: Record<string, string>, exit = 0) =>
  () =>
    timed(process.execPath, [join(root, 'dist/index.js')], actionEnv(inputs), exit);

// The step a user would write without this action: one curl, jq to build the body and read the answer.
const curlCreate = `set -euo pipefail
body=$(jq -n --arg csr "$CSR" '{csr: $csr, validity_days: 365}')
response=$(curl -sS --fail-with-body -X POST "$API/zones/$ZONE/client_certificates" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data "$body")
jq -r '.result.certificate' <<<"$response" > cert.pem
{ echo "id=$(jq -r '.result.id' <<<"$response")"; echo "fingerprint=$(jq -r '.result.fingerprint_sha256' <<<"$response")"; echo "expires-on=$(jq -r '.result.expires_on' <<<"$response")"; } >> "$GITHUB_OUTPUT"`;
const curlGet = `set -euo pipefail
response=$(curl -sS --fail-with-body "$API/zones/$ZONE/client_certificates/$ID" -H "Authorization: Bearer $TOKEN")
jq -r '.result.certificate' <<<"$response" > cert.pem
{ echo "fingerprint=$(jq -r '.result.fingerprint_sha256' <<<"$response")"; echo "expires-on=$(jq -r '.result.expires_on' <<<"$response")"; } >> "$GITHUB_OUTPUT"`;
const curl = (script: string, env: Record<string, string>) => () =>
  timed('bash', ['-c', script], { API: double.url, ZONE: zoneId, TOKEN: token, GITHUB_OUTPUT: outputFile, ...env });

try {
  const { csrPem } = await generateCsr();
  const existing = await double.seed(zoneId, csrPem, 365);
  const haveCurl = await timed('bash', ['-c', 'command -v curl && command -v jq'], {}).then(
    () => true,
    () => false,
  );

  const startup = await median(action({ 'zone-id': 'not-a-zone' }, 1));
  const bare = await median(() => timed(process.execPath, ['-e', '0'], {}));
  const create = await median(action({ csr: csrPem, 'validity-days': '365' }));
  const get = await median(action({ command: 'get', 'certificate-id': existing.id }));
  const curlCreateMs = haveCurl ? await median(curl(curlCreate, { CSR: csrPem })) : Number.NaN;
  const curlGetMs = haveCurl ? await median(curl(curlGet, { ID: existing.id })) : Number.NaN;

  // Requests per operation, in a zone of their own so that earlier runs do not count.
  const countZone = randomBytes(16).toString('hex');
  const countDouble = await CloudflareDouble.start({ tokens: [{ token, permission: 'write' }], zones: [countZone] });
  const inZone =
    (inputs: Record<string, string>, exit = 0) =>
    () =>
      timed(
        process.execPath,
        [join(root, 'dist/index.js')],
        { ...actionEnv(inputs), [inputVariable('api-url')]: countDouble.url, [inputVariable('zone-id')]: countZone },
        exit,
      );
  const countFor = async (operation: () => Promise<number>): Promise<number> => {
    const before = countDouble.requests.length;
    await operation();
    return countDouble.requests.length - before;
  };
  const reuseCsr = (await generateCsr()).csrPem;
  const createRequests = await countFor(inZone({ csr: reuseCsr }));
  const firstId = countDouble.certificates(countZone)[0]?.id ?? '';
  const getRequests = await countFor(inZone({ command: 'get', 'certificate-id': firstId }));
  const others = await Promise.all(Array.from({ length: 4 }, () => generateCsr()));
  for (let i = 0; countDouble.certificates(countZone).length < 50; i++) await countDouble.seed(countZone, others[i % 4]?.csrPem ?? '', 365);
  const reuseRequests = await countFor(inZone({ csr: reuseCsr, 'reuse-existing': 'true' }));
  const listRequests: Record<number, number> = {};
  for (const total of [50, 51, 120, 250]) {
    while (countDouble.certificates(countZone).length < total) await countDouble.seed(countZone, others[0]?.csrPem ?? '', 365);
    listRequests[total] = await countFor(inZone({ command: 'list' }));
  }
  await countDouble.close();

  const distFiles = (await readdir(join(root, 'dist'))).filter(name => name.endsWith('.js'));
  const entryBytes = (await stat(join(root, 'dist/index.js'))).size;
  let allBytes = 0;
  for (const name of distFiles) allBytes += (await stat(join(root, 'dist', name))).size;

  const round = (ms: number): number => Math.round(ms * 10) / 10;
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    runs,
    startup: { actionMs: round(startup), bareNodeMs: round(bare), overheadMs: round(startup - bare), targetMs: 50 },
    create: { actionMs: round(create), curlJqMs: round(curlCreateMs), ratio: Math.round((create / curlCreateMs) * 100) / 100, target: 1.5 },
    get: { actionMs: round(get), curlJqMs: round(curlGetMs), ratio: Math.round((get / curlGetMs) * 100) / 100 },
    size: { entryBytes, allChunksBytes: allBytes, targetBytes: 1024 * 1024 },
    requests: { create: createRequests, get: getRequests, reuseWith50Certificates: reuseRequests, list: listRequests },
  };

  const check = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const rows: [string, string, string, string][] = [
    [
      'start-up (bad input) vs `node -e 0`',
      `${results.startup.actionMs} ms vs ${results.startup.bareNodeMs} ms`,
      `+${results.startup.overheadMs} ms`,
      `≤ +50 ms: ${check(results.startup.overheadMs <= 50)}`,
    ],
    [
      'create end to end vs curl + jq',
      `${results.create.actionMs} ms vs ${results.create.curlJqMs} ms`,
      `${results.create.ratio}×`,
      `≤ 1.5×: ${check(results.create.ratio <= 1.5)}`,
    ],
    ['get end to end vs curl + jq', `${results.get.actionMs} ms vs ${results.get.curlJqMs} ms`, `${results.get.ratio}×`, '—'],
    [
      'dist/index.js size',
      `${(entryBytes / 1024).toFixed(0)} KiB (all chunks ${(allBytes / 1024).toFixed(0)} KiB)`,
      '',
      `≤ 1024 KiB: ${check(entryBytes <= 1024 * 1024)}`,
    ],
    ['requests: create / get', `${createRequests} / ${getRequests}`, '', `1 / 1: ${check(createRequests === 1 && getRequests === 1)}`],
    ['requests: reuse with 50 certificates', `${reuseRequests}`, '', `1: ${check(reuseRequests === 1)}`],
    ...Object.entries(listRequests).map(([total, count]): [string, string, string, string] => [
      `requests: list of ${total}`,
      `${count}`,
      '',
      `⌈${total}/50⌉ = ${Math.ceil(Number(total) / 50)}: ${check(count === Math.ceil(Number(total) / 50))}`,
    ]),
  ];
  const table = ['| Measure | Result | | Target |', '| --- | --- | --- | --- |', ...rows.map(row => `| ${row.join(' | ')} |`)].join('\n');
  console.log(`Node ${process.version}, median of ${runs} runs each, API double on 127.0.0.1\n`);
  console.log(table);
  await mkdir(join(root, 'bench'), { recursive: true });
  await writeFile(join(root, 'bench/latest.json'), `${JSON.stringify({ ...results, table }, null, 2)}\n`);
  console.log('\nWritten to bench/latest.json');
} finally {
  await double.close();
}
